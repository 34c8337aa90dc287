import APIMachinery
import Foundation

/// The pod network the agent gives its runtime: one Linux bridge with host-local IPAM over the
/// node's pod CIDR, masquerading to the outside, and portmap for `hostPort`.
///
/// The loopback interface of every pod is brought up by the runtime itself (containerd's CRI
/// plugin adds the `loopback` plugin from the same bin dir to every sandbox), so only the bridge
/// network is written here.
public struct CNINetworkConfig: Sendable, Equatable {
    /// Network name (also the config file's name).
    public var name: String
    /// The Linux bridge, at most 15 characters.
    public var bridge: String
    /// The node's pod CIDR, e.g. `10.42.0.0/24`.
    public var podCIDR: String
    /// Where host-local keeps its allocations.
    public var ipamDataDir: String
    /// MTU of the bridge and the pods' interfaces (0 = the plugin's default).
    public var mtu: Int

    public init(name: String = "apus", bridge: String = "apus0", podCIDR: String, ipamDataDir: String, mtu: Int = 0) {
        self.name = name
        self.bridge = bridge
        self.podCIDR = podCIDR
        self.ipamDataDir = ipamDataDir
        self.mtu = mtu
    }

    /// The file name in the CNI conf dir (the runtime reads the lexically first one).
    public var fileName: String { "10-\(name).conflist" }

    /// The `.conflist` JSON (written by our own serializer: Foundation's sorts keys with a
    /// locale, which loads ICU and its data into the agent).
    public func render() throws -> String {
        var bridgePlugin: [String: JSON] = [
            "type": "bridge",
            "bridge": .string(bridge),
            "isGateway": true,
            "ipMasq": true,
            "hairpinMode": true,
            "ipam": [
                "type": "host-local",
                "dataDir": .string(ipamDataDir),
                "ranges": [[["subnet": .string(podCIDR)]]],
                "routes": [["dst": "0.0.0.0/0"]],
            ],
        ]
        if mtu > 0 { bridgePlugin["mtu"] = .int(Int64(mtu)) }
        let list: JSON = [
            "cniVersion": "0.4.0",
            "name": .string(name),
            "plugins": [
                .object(bridgePlugin),
                ["type": "portmap", "capabilities": ["portMappings": true]],
            ],
        ]
        return list.prettySerialized() + "\n"
    }
}
