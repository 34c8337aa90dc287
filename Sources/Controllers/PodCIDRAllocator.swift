/// Splits a cluster CIDR (IPv4) into per-node pod CIDRs and tracks which are taken (pure).
public struct PodCIDRAllocator: Sendable, Equatable {
    public let clusterBase: UInt32
    public let clusterPrefix: Int
    public let nodePrefix: Int
    private var used: Set<Int> = []
    private var next = 0

    /// Nil when `cidr` is not an IPv4 CIDR or `nodeMaskSize` is not longer than its prefix (max /30).
    public init?(clusterCIDR cidr: String, nodeMaskSize: Int) {
        guard let (base, prefix) = Self.parse(cidr), nodeMaskSize > prefix, nodeMaskSize <= 30, nodeMaskSize - prefix <= 24 else { return nil }
        clusterBase = base
        clusterPrefix = prefix
        nodePrefix = nodeMaskSize
    }

    public var capacity: Int { 1 << (nodePrefix - clusterPrefix) }
    public var usedCount: Int { used.count }

    /// `a.b.c.d/n` → (address with host bits cleared, n).
    static func parse(_ cidr: String) -> (UInt32, Int)? {
        let parts = cidr.split(separator: "/")
        guard parts.count == 2, let prefix = Int(parts[1]), (0...32).contains(prefix) else { return nil }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
        guard octets.count == 4 else { return nil }
        let address = octets.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << (32 - prefix)
        return (address & mask, prefix)
    }

    static func format(_ address: UInt32, _ prefix: Int) -> String {
        "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF)/\(prefix)"
    }

    /// The index of a node CIDR inside the cluster CIDR, nil when it is not one of its subnets.
    func index(of cidr: String) -> Int? {
        guard let (base, prefix) = Self.parse(cidr), prefix == nodePrefix else { return nil }
        let clusterMask: UInt32 = clusterPrefix == 0 ? 0 : ~UInt32(0) << (32 - clusterPrefix)
        guard base & clusterMask == clusterBase else { return nil }
        return Int((base - clusterBase) >> (32 - nodePrefix))
    }

    public func cidr(at index: Int) -> String {
        Self.format(clusterBase + UInt32(index) << (32 - nodePrefix), nodePrefix)
    }

    /// Marks a node's existing CIDR as taken; false when it is not one of ours (left alone).
    @discardableResult
    public mutating func occupy(_ cidr: String) -> Bool {
        guard let i = index(of: cidr) else { return false }
        used.insert(i)
        return true
    }

    public mutating func release(_ cidr: String) {
        if let i = index(of: cidr) { used.remove(i) }
    }

    /// The next free CIDR (searching on from the last one handed out), nil when all are taken.
    public mutating func allocate() -> String? {
        let n = capacity
        for step in 0..<n {
            let i = (next + step) % n
            if !used.contains(i) {
                used.insert(i)
                next = (i + 1) % n
                return cidr(at: i)
            }
        }
        return nil
    }
}
