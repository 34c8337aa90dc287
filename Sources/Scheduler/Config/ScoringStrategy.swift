/// How NodeResourcesFit scores nodes (`NodeResourcesFitArgs.scoringStrategy`).
public struct ScoringStrategy: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case leastAllocated = "LeastAllocated"
        case mostAllocated = "MostAllocated"
        case requestedToCapacityRatio = "RequestedToCapacityRatio"
    }

    /// A resource taken into account, with its weight.
    public struct Resource: Sendable, Hashable {
        public var name: String
        public var weight: Int64
        public init(name: String, weight: Int64 = 1) {
            self.name = name
            self.weight = weight
        }
    }

    /// A point of the RequestedToCapacityRatio function: utilization 0...100 → score 0...10.
    public struct ShapePoint: Sendable, Hashable {
        public var utilization: Int64
        public var score: Int64
        public init(utilization: Int64, score: Int64) {
            self.utilization = utilization
            self.score = score
        }
    }

    public var type: Kind
    public var resources: [Resource]
    /// Only for RequestedToCapacityRatio; sorted by utilization.
    public var shape: [ShapePoint]

    public static let defaultResources = [Resource(name: "cpu"), Resource(name: "memory")]

    public init(type: Kind = .leastAllocated, resources: [Resource] = ScoringStrategy.defaultResources, shape: [ShapePoint] = []) {
        self.type = type
        self.resources = resources.isEmpty ? Self.defaultResources : resources
        self.shape = shape.isEmpty && type == .requestedToCapacityRatio
            ? [ShapePoint(utilization: 0, score: 10), ShapePoint(utilization: 100, score: 0)] : shape
    }

    public static let leastAllocated = ScoringStrategy()
}
