/// Prefers nodes that already have the pod's images, weighted by image size and by how many
/// nodes share the image (so an image everywhere does not dominate).
public final class ImageLocalityPlugin: ScorePlugin {
    static let mb: Int64 = 1024 * 1024
    static let minThreshold: Int64 = 23 * mb
    static let maxContainerThreshold: Int64 = 1000 * mb

    public var name: String { PluginName.imageLocality }
    public init() {}

    public func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let images = node.node?.images, !images.isEmpty, !pod.images.isEmpty, let snapshot = state.snapshot
        else { return 0 }
        let total = snapshot.count
        var sum: Int64 = 0
        for image in pod.images {
            guard let size = images[image] else { continue }
            let spread = Double(snapshot.imageNodeCounts[image] ?? 1) / Double(max(total, 1))
            sum += Int64(Double(size) * spread)
        }
        return Self.calculatePriority(sum, containers: pod.containerCount)
    }

    static func calculatePriority(_ sumScores: Int64, containers: Int) -> Int64 {
        let maxThreshold = maxContainerThreshold * Int64(max(containers, 1))
        var s = sumScores
        if s < minThreshold { s = minThreshold } else if s > maxThreshold { s = maxThreshold }
        return maxNodeScore * (s - minThreshold) / (maxThreshold - minThreshold)
    }
}
