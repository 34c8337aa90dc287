@testable import Controllers
import Testing

@Suite struct PodCIDRAllocatorTests {
    @Test func splitsTheClusterRangeInOrderAndWrapsToFreedOnes() throws {
        var a = try #require(PodCIDRAllocator(clusterCIDR: "10.42.0.0/22", nodeMaskSize: 24))
        #expect(a.capacity == 4)
        let first = a.allocate()
        let taken = a.occupy("10.42.1.0/24")
        let second = a.allocate()
        let third = a.allocate()
        let none = a.allocate()
        #expect(first == "10.42.0.0/24" && taken && second == "10.42.2.0/24" && third == "10.42.3.0/24")
        #expect(none == nil, "the range is full")
        a.release("10.42.0.0/24")
        let again = a.allocate()
        #expect(again == "10.42.0.0/24")
    }

    @Test func foreignCIDRsAreLeftAlone() throws {
        var a = try #require(PodCIDRAllocator(clusterCIDR: "10.42.0.0/16", nodeMaskSize: 24))
        let simulated = a.occupy("10.244.0.0/24")
        let otherMask = a.occupy("10.42.0.0/25")
        let ours = a.occupy("10.42.7.0/24")
        #expect(!simulated, "a simulated node's CIDR outside the range")
        #expect(!otherMask, "another mask size")
        #expect(ours && a.usedCount == 1)
    }

    @Test func unusableRangesAreRefused() {
        #expect(PodCIDRAllocator(clusterCIDR: "10.42.0.0/24", nodeMaskSize: 24) == nil)
        #expect(PodCIDRAllocator(clusterCIDR: "fd00::/48", nodeMaskSize: 64) == nil)
        #expect(PodCIDRAllocator(clusterCIDR: "10.42.0.0", nodeMaskSize: 24) == nil)
        #expect(PodCIDRAllocator(clusterCIDR: "10.42.5.9/16", nodeMaskSize: 24)?.cidr(at: 1) == "10.42.1.0/24")
    }
}
