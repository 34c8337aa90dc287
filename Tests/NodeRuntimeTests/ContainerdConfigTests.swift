import Foundation
import NodeRuntime
import Testing

@Suite struct ContainerdConfigTests {
    let layout = NodeRuntimeLayout(dataDir: "/var/lib/apus/")

    @Test func layoutKeepsEverythingUnderTheDataDir() {
        #expect(layout.dataDir == "/var/lib/apus")
        #expect(layout.containerdSocket == "/var/lib/apus/containerd/containerd.sock")
        #expect(layout.containerdRoot == "/var/lib/apus/containerd/root")
        #expect(layout.containerdState == "/var/lib/apus/containerd/state")
        #expect(layout.cniConfDir == "/var/lib/apus/cni/net.d")
    }

    @Test func configUsesRuncWithCgroupfsAndTheApusPauseImage() {
        let text = ContainerdConfig(layout: layout).render()
        #expect(text.contains("version = 2\n"))
        #expect(text.contains(#"root = "/var/lib/apus/containerd/root""#))
        #expect(text.contains(#"state = "/var/lib/apus/containerd/state""#))
        #expect(text.contains(#"address = "/var/lib/apus/containerd/containerd.sock""#))
        #expect(text.contains(#"sandbox_image = "\#(ApusImages.pauseReference)""#))
        #expect(text.contains("restrict_oom_score_adj = true"))
        #expect(text.contains("SystemdCgroup = false"))
        #expect(text.contains(#"runtime_type = "io.containerd.runc.v2""#))
        #expect(text.contains(#"BinaryName = "/usr/sbin/runc""#))
        #expect(!text.contains("crun"))
        #expect(text.contains(#"bin_dir = "/usr/lib/cni""#))
        #expect(text.contains(#"conf_dir = "/var/lib/apus/cni/net.d""#))
        #expect(text.contains(#"stream_server_address = "127.0.0.1""#))
    }

    @Test func tomlStringsAreEscaped() {
        var config = ContainerdConfig(layout: NodeRuntimeLayout(dataDir: #"/tmp/a "b"\c"#))
        config.sandboxImage = "x\ny"
        let text = config.render()
        #expect(text.contains(#"root = "/tmp/a \"b\"\\c/containerd/root""#))
        #expect(text.contains(#"sandbox_image = "x\ny""#))
    }

    @Test func cniNetworkIsABridgeWithHostLocalIPAMOverThePodCIDR() throws {
        let network = CNINetworkConfig(bridge: "apus0", podCIDR: "10.42.3.0/24", ipamDataDir: "/var/lib/apus/cni/networks")
        #expect(network.fileName == "10-apus.conflist")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(network.render().utf8)) as? [String: Any])
        #expect(json["name"] as? String == "apus")
        let plugins = try #require(json["plugins"] as? [[String: Any]])
        #expect(plugins.map { $0["type"] as? String } == ["bridge", "portmap"])
        #expect(plugins[0]["bridge"] as? String == "apus0")
        #expect(plugins[0]["isGateway"] as? Bool == true)
        let ipam = try #require(plugins[0]["ipam"] as? [String: Any])
        #expect(ipam["type"] as? String == "host-local")
        #expect(ipam["dataDir"] as? String == "/var/lib/apus/cni/networks")
        let ranges = try #require(ipam["ranges"] as? [[[String: String]]])
        #expect(ranges == [[["subnet": "10.42.3.0/24"]]])
    }
}
