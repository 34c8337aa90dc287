import APIMachinery
@testable import Kubelet
import Testing

@Suite struct StatsReportTests {
    @Test func procFiguresParse() throws {
        let stat = "cpu  100 5 50 1000 20 3 2 1 0 0\ncpu0 50 2 25 500 10 1 1 0 0 0\nbtime 1700000000\n"
        // user+nice+system+irq+softirq+steal = 161 ticks (idle and iowait excluded) at 100 Hz.
        #expect(NodeUsage.cpuNanoseconds(procStat: stat) == 1_610_000_000)
        #expect(NodeUsage.bootTime(procStat: stat) == 1_700_000_000_000_000_000)
        let memory = try #require(NodeUsage.memory(meminfo: "MemTotal:       1000 kB\nMemFree:         100 kB\nMemAvailable:    400 kB\n"))
        #expect(memory.total == 1_024_000 && memory.available == 409_600)
        let a = NodeUsage(timestamp: 1_000_000_000, usageCoreNanoSeconds: 0, memoryTotalBytes: 10, memoryAvailableBytes: 4)
        let b = NodeUsage(timestamp: 3_000_000_000, usageCoreNanoSeconds: 1_000_000_000, memoryTotalBytes: 10, memoryAvailableBytes: 4)
        #expect(NodeUsage.nanoCores(from: a, to: b) == 500_000_000)
        #expect(b.memoryWorkingSetBytes == 6)
    }

    static let node = NodeUsage(timestamp: 2_000_000_000, usageCoreNanoSeconds: 5_000_000_000, memoryTotalBytes: 1000, memoryAvailableBytes: 400)
    static let containers = [
        ContainerUsage(name: "b", podName: "p", podNamespace: "ns", podUID: "u1", timestamp: 2_000_000_000, startedAt: 1_000_000_000,
                       usageCoreNanoSeconds: 300, usageNanoCores: 10, workingSetBytes: 40, usageBytes: 50, rssBytes: 5, rootfsUsedBytes: 8),
        ContainerUsage(name: "a", podName: "p", podNamespace: "ns", podUID: "u1", timestamp: 2_000_000_000, startedAt: 1_500_000_000,
                       usageCoreNanoSeconds: 200, usageNanoCores: nil, workingSetBytes: 60, usageBytes: nil, rssBytes: nil, rootfsUsedBytes: nil),
    ]

    @Test func summaryAddsContainersUpPerPod() throws {
        let summary = StatsReport.summary(nodeName: "n1", nodeStart: 0, node: Self.node, nodeNanoCores: 7, containers: Self.containers)
        #expect(summary["node"]["nodeName"] == "n1")
        #expect(summary["node"]["cpu"]["usageNanoCores"] == 7)
        #expect(summary["node"]["memory"]["workingSetBytes"] == 600)
        let pod = try #require(summary["pods"].arrayValue?.first)
        #expect(pod["podRef"] == ["name": "p", "namespace": "ns", "uid": "u1"])
        #expect(pod["containers"].arrayValue?.compactMap { $0["name"].stringValue } == ["a", "b"])
        #expect(pod["cpu"]["usageCoreNanoSeconds"] == 500)
        #expect(pod["memory"]["workingSetBytes"] == 100)
        #expect(pod["startTime"] == "1970-01-01T00:00:01Z")
    }

    @Test func resourceMetricsInPrometheusText() {
        let text = StatsReport.resourceMetrics(node: Self.node, containers: Self.containers)
        #expect(text.contains("# TYPE container_cpu_usage_seconds_total counter\n"))
        #expect(text.contains("container_cpu_usage_seconds_total{container=\"a\",namespace=\"ns\",pod=\"p\"} 2e-07 2000\n"))
        #expect(text.contains("container_memory_working_set_bytes{container=\"b\",namespace=\"ns\",pod=\"p\"} 40 2000\n"))
        #expect(text.contains("node_memory_working_set_bytes 600 2000\n"))
        #expect(text.contains("pod_memory_working_set_bytes{namespace=\"ns\",pod=\"p\"} 100 2000\n"))
        #expect(text.hasSuffix("resource_scrape_error 0\n"))
    }
}
