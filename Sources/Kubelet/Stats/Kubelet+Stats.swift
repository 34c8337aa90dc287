import APIMachinery
import CRI
import Foundation
import HTTPKit
import NIOHTTP1

/// `/stats/summary` and `/metrics/resource`: CRI container stats and the node's /proc figures.
extension Kubelet {
    /// Usage of every running container of the pods on this node.
    func containerUsage() async throws -> [ContainerUsage] {
        var filter = Runtime_V1_ContainerStatsFilter()
        filter.labelSelector = [PodLabels.managedBy: PodLabels.managedByValue]
        var running: [String: Int64] = [:]
        var listFilter = Runtime_V1_ContainerFilter()
        listFilter.labelSelector = [PodLabels.managedBy: PodLabels.managedByValue]
        var state = Runtime_V1_ContainerStateValue()
        state.state = .containerRunning
        listFilter.state = state
        for container in try await cri.listContainers(filter: listFilter) {
            running[container.id] = (try? await cri.containerStatus(id: container.id).status.startedAt) ?? 0
        }
        return try await cri.listContainerStats(filter: filter).compactMap { stats in
            let attributes = stats.attributes
            guard let startedAt = running[attributes.id], let uid = attributes.labels[PodLabels.podUID] else { return nil }
            return ContainerUsage(
                name: attributes.metadata.name, podName: attributes.labels[PodLabels.podName] ?? "",
                podNamespace: attributes.labels[PodLabels.podNamespace] ?? "", podUID: uid,
                timestamp: max(stats.cpu.timestamp, stats.memory.timestamp), startedAt: startedAt,
                usageCoreNanoSeconds: stats.cpu.hasUsageCoreNanoSeconds ? stats.cpu.usageCoreNanoSeconds.value : nil,
                usageNanoCores: stats.cpu.hasUsageNanoCores ? stats.cpu.usageNanoCores.value : nil,
                workingSetBytes: stats.memory.hasWorkingSetBytes ? stats.memory.workingSetBytes.value : nil,
                usageBytes: stats.memory.hasUsageBytes ? stats.memory.usageBytes.value : nil,
                rssBytes: stats.memory.hasRssBytes ? stats.memory.rssBytes.value : nil,
                rootfsUsedBytes: stats.writableLayer.hasUsedBytes ? stats.writableLayer.usedBytes.value : nil)
        }
    }

    /// A fresh node sample, and the CPU rate since the previous one.
    func sampleNode() throws -> (NodeUsage, UInt64?) {
        guard let now = NodeUsage.read() else { throw KubeletHTTPError.internalError("cannot read /proc/stat or /proc/meminfo") }
        let previous = nodeSample.withLock { sample -> NodeUsage? in
            defer { sample = now }
            return sample
        }
        return (now, previous.flatMap { NodeUsage.nanoCores(from: $0, to: now) })
    }

    func statsSummary() async throws -> HTTPResponse {
        let containers = try await containerUsage()
        let (node, nanoCores) = try sampleNode()
        let summary = StatsReport.summary(nodeName: options.nodeName, nodeStart: NodeUsage.bootTime(), node: node, nodeNanoCores: nanoCores, containers: containers)
        return HTTPResponse(status: .ok, headers: ["content-type": "application/json"], body: .bytes(summary.serialized()))
    }

    func resourceMetrics() async throws -> HTTPResponse {
        let containers = try await containerUsage()
        let (node, _) = try sampleNode()
        return HTTPResponse(
            status: .ok, headers: ["content-type": "text/plain; version=0.0.4; charset=utf-8"],
            body: .bytes(Array(StatsReport.resourceMetrics(node: node, containers: containers).utf8)))
    }
}
