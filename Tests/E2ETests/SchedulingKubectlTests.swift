import Foundation
import Testing

/// Nodes and scheduling on `apus server --simulated-nodes 5`, driven with kubectl: cordon, drain with a
/// PodDisruptionBudget, uncordon, taints, pod anti-affinity, a second scheduler, preemption, node failure and a
/// CronJob on its schedule.
@Suite("kubectl scheduling and nodes on simulated nodes", .serialized)
struct SchedulingKubectlTests {
    static func settled(_ k: Kubectl, _ app: String, count: Int) async throws -> [PodSummary] {
        try await WorkloadKubectlTests.settled(k, app, count: count, image: "busybox:1.36")
    }

    static func pdbAllows(_ k: Kubectl, _ name: String, _ allowed: Int) async throws {
        _ = try await eventually("PodDisruptionBudget \(name) to allow \(allowed)") { () -> Bool? in
            let s = try await k.jsonpath(["pdb", name], "{.metadata.generation} {.status.observedGeneration} {.status.disruptionsAllowed}")
            let f = s.split(separator: " ")
            return f.count == 3 && f[0] == f[1] && f[2] == "\(allowed)" ? true : nil
        }
    }

    @Test("cordon, drain respecting a PodDisruptionBudget, uncordon, NoSchedule taint", arguments: Kubectl.all)
    func nodeMaintenance(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.startCluster()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("web", replicas: 4))
        try await WorkloadKubectlTests.rolledOut(k, "deploy/web")
        let pods = try await Self.settled(k, "web", count: 4)
        let target = try #require(pods.first).node
        let onTarget = Set(pods.filter { $0.node == target }.map(\.name))

        // A budget that allows no disruption at all.
        try await k.ok(["create", "pdb", "web-pdb", "--selector=app=web", "--min-available=4"])
        try await Self.pdbAllows(k, "web-pdb", 0)
        #expect(try await k.ok(["cordon", target]).contains("node/\(target) cordoned"))
        #expect(try await k.jsonpath(["node", target], "{.spec.unschedulable}") == "true")
        #expect(try await k.ok(["get", "node", target]).contains("SchedulingDisabled"))

        // drain keeps retrying the eviction while the budget forbids it, then gives up at its timeout.
        let started = Date()
        let blocked = try await k.run(["drain", target, "--ignore-daemonsets", "--timeout=8s"], timeout: 60)
        #expect(blocked.status != 0, "\(blocked)")
        #expect(blocked.stderr.contains("Cannot evict pod as it would violate the pod's disruption budget."), "\(blocked)")
        #expect(blocked.stderr.contains("will retry after 5s"), "\(blocked)")
        #expect(blocked.stderr.contains("global timeout reached: 8s"), "\(blocked)")
        #expect(Date().timeIntervalSince(started) < 30, "drain should stop at its own 8 s timeout")
        #expect(try await Set(k.pods("app=web").filter { $0.node == target && $0.isServing }.map(\.name)) == onTarget)

        // Once the budget allows one disruption at a time, drain evicts everything from the node.
        try await k.ok(["patch", "pdb", "web-pdb", "--type=merge", "-p", #"{"spec":{"minAvailable":3}}"#])
        try await Self.pdbAllows(k, "web-pdb", 1)
        let drained = try await k.run(["drain", target, "--ignore-daemonsets", "--timeout=90s"], timeout: 120)
        #expect(drained.status == 0, "\(drained)")
        #expect(drained.stdout.contains("node/\(target) drained"), "\(drained)")
        for name in onTarget { #expect(drained.stdout.contains("pod/\(name) evicted"), "\(drained)") }
        let moved = try await Self.settled(k, "web", count: 4)
        #expect(!moved.contains { $0.node == target })
        #expect(try await k.ok(["uncordon", target]).contains("node/\(target) uncordoned"))
        #expect(try await k.jsonpath(["node", target], "{.spec.unschedulable}").isEmpty)

        // NoSchedule taint: the now empty node would be the scheduler's favourite, but new pods avoid it.
        #expect(try await k.ok(["taint", "node", target, "dedicated=infra:NoSchedule"]).contains("node/\(target) tainted"))
        #expect(try await k.nodes().first { $0.name == target }?.taints == ["dedicated=infra:NoSchedule"])
        try await k.ok(["scale", "deploy/web", "--replicas=10"])
        try await WorkloadKubectlTests.rolledOut(k, "deploy/web")
        let scaled = try await Self.settled(k, "web", count: 10)
        #expect(!scaled.contains { $0.node == target }, "\(scaled)")
        #expect(try await k.ok(["taint", "node", target, "dedicated=infra:NoSchedule-"]).contains("node/\(target) untainted"))
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.pod("after-untaint", cpu: "100m"))
        _ = try await eventually("a pod scheduled after the taint is removed") { () -> Bool? in
            try await k.pods().contains { $0.name == "after-untaint" && $0.isServing } ? true : nil
        }
    }

    @Test("pod anti-affinity, a second scheduler, preemption by priority", arguments: Kubectl.all)
    func schedulingPolicies(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.startCluster()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)

        // Required anti-affinity on the hostname: one replica a node, the sixth has nowhere to go.
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("spread", replicas: 5, podSpec: ClusterManifests.antiAffinity("spread")))
        try await WorkloadKubectlTests.rolledOut(k, "deploy/spread")
        let spread = try await Self.settled(k, "spread", count: 5)
        #expect(Set(spread.map(\.node)).count == 5, "\(spread)")
        try await k.ok(["scale", "deploy/spread", "--replicas=6"])
        let pending = try await eventually("the sixth replica unschedulable") { () -> String? in
            try await k.pods("app=spread").first { $0.node.isEmpty && !$0.terminating }?.name
        }
        let why = try await eventually("FailedScheduling of \(pending)") { () -> String? in
            let d = try await k.ok(["describe", "pod", pending])
            return d.contains("FailedScheduling") ? d : nil
        }
        #expect(why.contains("0/5 nodes are available: 5 node(s) didn't match pod anti-affinity rules."), "\(why)")
        try await k.ok(["delete", "deploy", "spread"])

        // A pod for another scheduler waits until that scheduler runs; the default scheduler leaves it alone.
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.pod("mine", cpu: "100m", extraSpec: "  schedulerName: my-scheduler"))
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.pod("nobodys", cpu: "100m", extraSpec: "  schedulerName: no-such-scheduler"))
        try await Task.sleep(for: .seconds(2))
        #expect(try await k.jsonpath(["pod", "mine"], "{.spec.nodeName}").isEmpty)
        #expect(try await k.ok(["get", "events", "--field-selector", "involvedObject.name=mine", "-o", "name"]).isEmpty)
        let second = try ChildProcess(
            ApusServerProcess.binary, ["scheduler", "--scheduler-name=my-scheduler", "--kubeconfig", server.kubeconfig])
        defer { second.stop() }
        _ = try await eventually("my-scheduler to bind its pod") { () -> Bool? in
            try await k.pods().contains { $0.name == "mine" && $0.isServing } ? true : nil
        }
        let mine = try await k.ok(["describe", "pod", "mine"])
        #expect(mine.contains("my-scheduler") && mine.contains("Successfully assigned default/mine to sim-node-"), "\(mine)")
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.pod("theirs", cpu: "100m"))
        _ = try await eventually("the default scheduler to bind its pod") { () -> Bool? in
            try await k.pods().contains { $0.name == "theirs" && $0.isServing } ? true : nil
        }
        let theirs = try await k.jsonpath(["events"], #"{range .items[?(@.involvedObject.name=="theirs")]}{.reason}/{.source.component}{end}"#)
        #expect(theirs.contains("Scheduled/default-scheduler"), "\(theirs)")
        #expect(try await k.jsonpath(["pod", "nobodys"], "{.spec.nodeName}").isEmpty)
        second.stop()
        try await k.ok(["delete", "pod", "mine", "theirs", "nobodys"])

        // Preemption: every node is filled by a low-priority pod (6 of 8 cpu); a high-priority pod that needs
        // 4 cpu evicts one of them and takes its node; the replacement of the victim stays Pending.
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.priorityClasses)
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("filler", replicas: 5, cpu: "6", podSpec: "      priorityClassName: low"))
        try await WorkloadKubectlTests.rolledOut(k, "deploy/filler")
        let fillers = try await Self.settled(k, "filler", count: 5)
        #expect(Set(fillers.map(\.node)).count == 5, "\(fillers)")
        #expect(fillers.allSatisfy { $0.priority == 100 }, "priority resolved from the PriorityClass: \(fillers)")
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.pod("vip", cpu: "4", extraSpec: "  priorityClassName: high"))
        let vip = try await eventually("the high-priority pod to run", timeout: 60) { () -> PodSummary? in
            try await k.pods().first { $0.name == "vip" && $0.isServing }
        }
        #expect(vip.priority == 1_000_000)
        let preempted = try await k.jsonpath(["events"], #"{range .items[?(@.reason=="Preempted")]}{.involvedObject.name}: {.message}{"\n"}{end}"#)
        let victims = fillers.filter { $0.node == vip.node }.map(\.name)
        #expect(victims.count == 1 && preempted.contains("\(victims[0]): Preempted by pod"), "\(preempted)")
        #expect(preempted.contains("on node \(vip.node)"), "\(preempted)")
        let afterwards = try await eventually("4 fillers running and one pending") { () -> [PodSummary]? in
            let live = try await k.pods("app=filler").filter { !$0.terminating }
            return live.filter(\.isServing).count == 4 && live.filter({ $0.node.isEmpty }).count == 1 ? live : nil
        }
        #expect(!afterwards.contains { $0.node == vip.node })
    }

    // Slow (heartbeat grace period, one minute of cron schedule): run once, with kubectl 1.37 only.
    @Test("node failure: NotReady, taint eviction, pods recreated elsewhere; a CronJob on its schedule (kubectl 1.37)")
    func nodeFailureAndCronSchedule() async throws {
        let server = try await ApusServerProcess.startCluster(extraArgs: [
            "--node-monitor-grace-period", "4s", "--node-monitor-period", "1s", "--simulated-lease-seconds", "1",
            "--simulated-job-seconds", "1",
        ])
        defer { server.stop() }
        let k = Kubectl(path: Kubectl.v137, kubeconfig: server.kubeconfig)
        let started = Date()
        // Every minute; checked at the end, while the node failure runs in the meantime.
        try await k.ok(["create", "cronjob", "tick", "--image=busybox:1.36", "--schedule=*/1 * * * *", "--", "echo", "tick"])

        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("ft", replicas: 5, podSpec: ClusterManifests.shortTolerations(2)))
        try await WorkloadKubectlTests.rolledOut(k, "deploy/ft")
        let pods = try await Self.settled(k, "ft", count: 5)
        let failed = try #require(pods.first).node
        let lost = Set(pods.filter { $0.node == failed }.map(\.name))
        try await k.ok(["annotate", "node", failed, "apus.io/simulated-heartbeat=stop"])

        let node = try await eventually("\(failed) to turn Unknown and be tainted", timeout: 40) { () -> NodeSummary? in
            let n = try await k.nodes().first { $0.name == failed }
            return n?.ready == "Unknown" && n?.taints.contains("node.kubernetes.io/unreachable:NoExecute") == true ? n : nil
        }
        #expect(node.unschedulable == false)
        #expect(try await k.ok(["get", "node", failed]).contains("NotReady"))
        let replaced = try await eventually("pods recreated on healthy nodes", timeout: 40) { () -> [PodSummary]? in
            let all = try await k.pods("app=ft")
            let serving = all.filter(\.isServing)
            let gone = all.filter { lost.contains($0.name) }.allSatisfy(\.terminating)
            return gone && serving.count == 5 && !serving.contains { $0.node == failed } ? serving : nil
        }
        #expect(replaced.filter { !pods.map(\.name).contains($0.name) }.count == lost.count)
        let evictions = try await k.jsonpath(["events"], #"{range .items[?(@.reason=="TaintManagerEviction")]}{.involvedObject.name} {end}"#)
        for name in lost { #expect(evictions.contains(name), "\(evictions)") }
        // The short grace period must not make the healthy nodes flap.
        let others = try await k.nodes().filter { $0.name != failed }
        #expect(others.count == 4 && others.allSatisfy { $0.ready == "True" && $0.taints.isEmpty }, "\(others)")

        // Heartbeats back: the node turns Ready again and loses the unreachable taint.
        try await k.ok(["annotate", "node", failed, "apus.io/simulated-heartbeat-"])
        _ = try await eventually("\(failed) Ready again", timeout: 30) { () -> Bool? in
            let n = try await k.nodes().first { $0.name == failed }
            return n?.ready == "True" && n?.taints.isEmpty == true ? true : nil
        }

        // The CronJob has started a job on its schedule within a minute, and the job completes.
        let scheduled = try await eventually("a scheduled job of the CronJob completed", timeout: max(10, 80 - Date().timeIntervalSince(started))) { () -> String? in
            let jobs = try await k.getJSON(["jobs"])["items"] as? [[String: Any]] ?? []
            for job in jobs {
                let meta = job["metadata"] as? [String: Any] ?? [:]
                let owners = meta["ownerReferences"] as? [[String: Any]] ?? []
                let conditions = (job["status"] as? [String: Any])?["conditions"] as? [[String: Any]] ?? []
                if owners.contains(where: { $0["kind"] as? String == "CronJob" && $0["name"] as? String == "tick" }),
                    conditions.contains(where: { $0["type"] as? String == "Complete" && $0["status"] as? String == "True" })
                {
                    return meta["name"] as? String
                }
            }
            return nil
        }
        #expect(scheduled.hasPrefix("tick-"))
        #expect(!(try await k.jsonpath(["cronjob", "tick"], "{.status.lastScheduleTime}")).isEmpty)
        #expect(!(try await k.jsonpath(["cronjob", "tick"], "{.status.lastSuccessfulTime}")).isEmpty)
    }
}
