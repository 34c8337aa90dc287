/// The random numbers that break ties between equally scored nodes: SplitMix64, seeded once from the system
/// generator. The system generator asks the kernel for every number, and a cycle over 5,000 nodes of equal score
/// draws hundreds of them; these only need to be unpredictable enough to spread pods.
public struct TieBreakGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public init() {
        var system = SystemRandomNumberGenerator()
        state = system.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
