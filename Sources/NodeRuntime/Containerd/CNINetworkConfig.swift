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

    /// The `.conflist` JSON.
    public func render() throws -> String {
        var bridgePlugin: [String: Any] = [
            "type": "bridge",
            "bridge": bridge,
            "isGateway": true,
            "ipMasq": true,
            "hairpinMode": true,
            "ipam": [
                "type": "host-local",
                "dataDir": ipamDataDir,
                "ranges": [[["subnet": podCIDR]]],
                "routes": [["dst": "0.0.0.0/0"]],
            ] as [String: Any],
        ]
        if mtu > 0 { bridgePlugin["mtu"] = mtu }
        let list: [String: Any] = [
            "cniVersion": "0.4.0",
            "name": name,
            "plugins": [
                bridgePlugin,
                ["type": "portmap", "capabilities": ["portMappings": true]] as [String: Any],
            ],
        ]
        let data = try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
