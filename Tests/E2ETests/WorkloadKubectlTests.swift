import Foundation
import Testing

/// Workloads on `apus server --simulated-nodes 5` (scheduler and controller manager in-process), driven with
/// kubectl 1.27, 1.33 and 1.37 as a user would: Deployment rollouts and rollbacks, pod replacement, Jobs and
/// CronJobs, namespace deletion and cascading deletion. One server per test function and kubectl version.
@Suite("kubectl workloads on simulated nodes", .serialized)
struct WorkloadKubectlTests {
    /// Waits until the app has exactly `count` pods that are not being deleted, all Running, Ready and on
    /// `image`, and returns them.
    static func settled(_ k: Kubectl, _ app: String, count: Int, image: String, namespace: String? = nil) async throws -> [PodSummary] {
        try await eventually("\(count) serving pods of \(app) on \(image)", timeout: 60) { () -> [PodSummary]? in
            let live = try await k.pods("app=\(app)", namespace: namespace).filter { !$0.terminating }
            guard live.count == count, live.allSatisfy({ $0.isServing && $0.images == [image] }) else { return nil }
            return live
        }
    }

    /// `kubectl rollout history` as revision → change cause.
    static func history(_ k: Kubectl, _ target: String) async throws -> [Int: String] {
        var rows: [Int: String] = [:]
        for line in try await k.ok(["rollout", "history", target]).split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            if let rev = fields.first.flatMap({ Int($0) }) {
                rows[rev] = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
            }
        }
        return rows
    }

    static func rolledOut(_ k: Kubectl, _ target: String, namespace: String = "default") async throws {
        let out = try await k.ok(["rollout", "status", target, "-n", namespace, "--timeout=60s"])
        #expect(out.contains("successfully rolled out"), "\(out)")
    }

    static func revision(_ k: Kubectl, _ deployment: String) async throws -> String {
        try await k.jsonpath(["deploy", deployment], #"{.metadata.annotations.deployment\.kubernetes\.io/revision}"#)
    }

    @Test("rollout status, scale, set image, history, undo (also --to-revision), pause/resume/restart, pod replaced", arguments: Kubectl.all)
    func deploymentRollouts(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.startCluster()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)

        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("web", replicas: 3))
        try await Self.rolledOut(k, "deploy/web")
        var pods = try await Self.settled(k, "web", count: 3, image: "busybox:1.36")
        #expect(pods.allSatisfy { $0.node.hasPrefix("sim-node-") && $0.ownerKinds == ["ReplicaSet"] })
        #expect(try await Self.revision(k, "web") == "1")

        #expect(try await k.ok(["scale", "deploy/web", "--replicas=5"]).contains("deployment.apps/web scaled"))
        try await Self.rolledOut(k, "deploy/web")
        pods = try await Self.settled(k, "web", count: 5, image: "busybox:1.36")
        #expect(try await k.jsonpath(["deploy", "web"], "{.status.readyReplicas} {.status.availableReplicas}") == "5 5")

        // A new image rolls out through a second ReplicaSet; the old one is scaled to zero and kept.
        #expect(try await k.ok(["set", "image", "deploy/web", "main=busybox:1.37"]).contains("image updated"))
        try await Self.rolledOut(k, "deploy/web")
        pods = try await Self.settled(k, "web", count: 5, image: "busybox:1.37")
        #expect(try await Self.revision(k, "web") == "2")
        let replicaSets = try await k.jsonpath(["rs", "-l", "app=web"], #"{range .items[*]}{.spec.template.spec.containers[0].image}={.spec.replicas} {end}"#)
        #expect(Set(replicaSets.split(separator: " ")) == ["busybox:1.36=0", "busybox:1.37=5"])
        // The change cause is copied from the Deployment to its current ReplicaSet.
        try await k.ok(["annotate", "deploy/web", "kubernetes.io/change-cause=move to 1.37"])
        _ = try await eventually("change cause of revision 2") { try await Self.history(k, "deploy/web")[2] == "move to 1.37" ? true : nil }

        try await k.ok(["set", "image", "deploy/web", "main=busybox:1.38"])
        try await k.ok(["annotate", "--overwrite", "deploy/web", "kubernetes.io/change-cause=move to 1.38"])
        try await Self.rolledOut(k, "deploy/web")
        _ = try await Self.settled(k, "web", count: 5, image: "busybox:1.38")
        let history = try await eventually("three revisions") { () -> [Int: String]? in
            let h = try await Self.history(k, "deploy/web")
            return h[3] == "move to 1.38" ? h : nil
        }
        #expect(history == [1: "<none>", 2: "move to 1.37", 3: "move to 1.38"])
        #expect(try await k.ok(["rollout", "history", "deploy/web", "--revision=1"]).contains("busybox:1.36"))
        #expect(try await k.ok(["rollout", "history", "deploy/web", "--revision=3"]).contains("busybox:1.38"))

        // Undo goes back to the previous template, which becomes revision 4.
        #expect(try await k.ok(["rollout", "undo", "deploy/web"]).contains("rolled back"))
        try await Self.rolledOut(k, "deploy/web")
        _ = try await Self.settled(k, "web", count: 5, image: "busybox:1.37")
        #expect(try await Self.revision(k, "web") == "4")
        #expect(try await Set(Self.history(k, "deploy/web").keys) == [1, 3, 4])

        // Undo to an older revision.
        #expect(try await k.ok(["rollout", "undo", "deploy/web", "--to-revision=1"]).contains("rolled back"))
        try await Self.rolledOut(k, "deploy/web")
        _ = try await Self.settled(k, "web", count: 5, image: "busybox:1.36")
        #expect(try await Self.revision(k, "web") == "5")
        #expect(try await Set(Self.history(k, "deploy/web").keys) == [3, 4, 5])
        let missing = try await k.run(["rollout", "undo", "deploy/web", "--to-revision=2"])
        #expect(missing.status != 0 && missing.stderr.contains("unable to find specified revision 2 in history"), "\(missing)")

        // Paused: the controller observes template changes but does not roll them out until resumed.
        #expect(try await k.ok(["rollout", "pause", "deploy/web"]).contains("paused"))
        try await k.ok(["set", "image", "deploy/web", "main=busybox:1.39"])
        _ = try await eventually("paused generation observed") { () -> Bool? in
            let g = try await k.jsonpath(["deploy", "web"], "{.metadata.generation} {.status.observedGeneration}").split(separator: " ")
            return g.count == 2 && g[0] == g[1] ? true : nil
        }
        try await Task.sleep(for: .seconds(1))
        let imagesWhilePaused = try await k.jsonpath(["rs", "-l", "app=web"], "{.items[*].spec.template.spec.containers[0].image}")
        #expect(!imagesWhilePaused.contains("busybox:1.39"), "\(imagesWhilePaused)")
        #expect(try await k.pods("app=web").filter { !$0.terminating }.allSatisfy { $0.images == ["busybox:1.36"] })
        #expect(try await k.ok(["rollout", "resume", "deploy/web"]).contains("resumed"))
        try await Self.rolledOut(k, "deploy/web")
        pods = try await Self.settled(k, "web", count: 5, image: "busybox:1.39")
        #expect(try await Self.revision(k, "web") == "6")

        // Restart replaces every pod with the same template plus a restartedAt annotation.
        let beforeRestart = Set(pods.map(\.name))
        #expect(try await k.ok(["rollout", "restart", "deploy/web"]).contains("restarted"))
        try await Self.rolledOut(k, "deploy/web")
        pods = try await eventually("all pods replaced by the restart", timeout: 60) { () -> [PodSummary]? in
            let p = try await Self.settled(k, "web", count: 5, image: "busybox:1.39")
            return p.allSatisfy { !beforeRestart.contains($0.name) } ? p : nil
        }
        #expect(try await Self.revision(k, "web") == "7")
        #expect(!(try await k.jsonpath(["deploy", "web"], #"{.spec.template.metadata.annotations.kubectl\.kubernetes\.io/restartedAt}"#)).isEmpty)

        // A deleted pod is replaced by its ReplicaSet.
        let victim = try #require(pods.first).name
        #expect(try await k.ok(["delete", "pod", victim]).contains("pod \"\(victim)\" deleted"))
        let after = try await Self.settled(k, "web", count: 5, image: "busybox:1.39")
        #expect(!after.map(\.name).contains(victim))
        #expect(after.filter { !pods.map(\.name).contains($0.name) }.count == 1)
    }

    @Test("Job to completion, job from a CronJob, pending pod explained by describe", arguments: Kubectl.all)
    func jobsAndPendingPods(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.startCluster(extraArgs: ["--simulated-job-seconds", "1"])
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)

        let job = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: batch
            spec:
              completions: 3
              parallelism: 2
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: main
                    image: busybox:1.36
                    command: ["sh", "-c", "echo done"]
            """
        try await k.ok(["apply", "-f", "-"], stdin: job)
        let waited = try await k.ok(["wait", "--for=condition=complete", "job/batch", "--timeout=60s"])
        #expect(waited.contains("job.batch/batch condition met"))
        #expect(try await k.jsonpath(["job", "batch"], "{.status.succeeded}") == "3")
        let jobPods = try await k.pods("job-name=batch")
        #expect(jobPods.count == 3 && jobPods.allSatisfy { $0.phase == "Succeeded" && $0.node.hasPrefix("sim-node-") }, "\(jobPods)")
        #expect(try await k.ok(["get", "job", "batch"]).contains("Complete"))

        // A CronJob's job started by hand (its schedule is tested once, in the node failure test).
        try await k.ok(["create", "cronjob", "tick", "--image=busybox:1.36", "--schedule=*/5 * * * *", "--", "echo", "tick"])
        #expect(try await k.ok(["create", "job", "tick-now", "--from=cronjob/tick"]).contains("job.batch/tick-now created"))
        #expect(try await k.ok(["wait", "--for=condition=complete", "job/tick-now", "--timeout=60s"]).contains("condition met"))
        #expect(try await k.jsonpath(["job", "tick-now"], "{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}") == "CronJob/tick")

        // A pod that fits nowhere: two nodes tainted, three without enough cpu (8 each).
        for node in ["sim-node-0", "sim-node-1"] {
            #expect(try await k.ok(["taint", "node", node, "dedicated=infra:NoSchedule"]).contains("node/\(node) tainted"))
        }
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.pod("big", cpu: "9"))
        let expected = "0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: infra}, 3 Insufficient cpu."
        let described = try await eventually("FailedScheduling in describe") { () -> String? in
            let d = try await k.ok(["describe", "pod", "big"])
            return d.contains("FailedScheduling") ? d : nil
        }
        #expect(described.contains(expected), "\(described)")
        #expect(described.contains("default-scheduler"))
        #expect(described.contains("preemption: 0/5 nodes are available"))
        #expect(try await k.jsonpath(["pod", "big"], #"{.status.conditions[?(@.type=="PodScheduled")].reason}"#) == "Unschedulable")
        #expect(try await k.ok(["get", "pod", "big"]).contains("Pending"))
        let events = try await k.ok(["get", "events", "--field-selector", "involvedObject.name=big,reason=FailedScheduling"])
        #expect(events.contains("Insufficient cpu"), "\(events)")
    }

    @Test("namespace deletion, foreground and orphan cascading deletion", arguments: Kubectl.all)
    func deletion(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.startCluster()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        let hold = #"{"metadata":{"finalizers":["e2e.apus.io/hold"]}}"#
        let release = #"{"metadata":{"finalizers":null}}"#

        // Namespace: its content goes first; a finalized ConfigMap keeps the namespace Terminating.
        try await k.ok(["create", "namespace", "team"])
        try await k.ok(["apply", "-n", "team", "-f", "-"], stdin: ClusterManifests.deployment("app", replicas: 3))
        try await k.ok(["create", "configmap", "keep", "-n", "team", "--from-literal=a=b"])
        try await k.ok(["patch", "configmap", "keep", "-n", "team", "--type=merge", "-p", hold])
        try await Self.rolledOut(k, "deploy/app", namespace: "team")
        _ = try await Self.settled(k, "app", count: 3, image: "busybox:1.36", namespace: "team")
        #expect(try await k.ok(["delete", "namespace", "team", "--wait=false"]).contains("namespace \"team\" deleted"))
        _ = try await eventually("namespace content deleted", timeout: 60) { () -> Bool? in
            guard try await k.jsonpath(["namespace", "team"], "{.status.phase}") == "Terminating" else { return nil }
            let pods = try await k.pods(namespace: "team")
            let rest = try await k.ok(["get", "deployments,replicasets", "-n", "team", "-o", "name"])
            return pods.isEmpty && rest.isEmpty ? true : nil
        }
        #expect(!(try await k.jsonpath(["configmap", "keep", "-n", "team"], "{.metadata.deletionTimestamp}")).isEmpty)
        let refused = try await k.run(["create", "configmap", "late", "-n", "team"])
        #expect(refused.status != 0 && refused.stderr.contains("because it is being terminated"), "\(refused)")
        try await k.ok(["patch", "configmap", "keep", "-n", "team", "--type=merge", "-p", release])
        _ = try await eventually("namespace gone", timeout: 60) { () -> Bool? in
            let r = try await k.run(["get", "namespace", "team"])
            return r.status != 0 && r.stderr.contains("NotFound") ? true : nil
        }

        // Foreground: kubectl returns once the Deployment is gone, and by then its ReplicaSet and pods are gone.
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("fg", replicas: 3))
        try await Self.rolledOut(k, "deploy/fg")
        _ = try await Self.settled(k, "fg", count: 3, image: "busybox:1.36")
        #expect(try await k.ok(["delete", "deploy", "fg", "--cascade=foreground"]).contains("deployment.apps \"fg\" deleted"))
        #expect(try await k.pods("app=fg").isEmpty)
        #expect(try await k.ok(["get", "rs", "-l", "app=fg", "-o", "name"]).isEmpty)

        // Foreground with a pod that cannot go yet: the Deployment waits, marked with foregroundDeletion.
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("held", replicas: 2))
        try await Self.rolledOut(k, "deploy/held")
        let held = try #require(try await Self.settled(k, "held", count: 2, image: "busybox:1.36").first).name
        try await k.ok(["patch", "pod", held, "--type=merge", "-p", hold])
        try await k.ok(["delete", "deploy", "held", "--cascade=foreground", "--wait=false"])
        _ = try await eventually("dependents deleted except the held pod") { () -> Bool? in
            let pods = try await k.pods("app=held")
            return pods.count == 1 && pods[0].name == held && pods[0].terminating ? true : nil
        }
        try await Task.sleep(for: .seconds(1))
        #expect(try await k.jsonpath(["deploy", "held"], "{.metadata.finalizers}").contains("foregroundDeletion"))
        try await k.ok(["patch", "pod", held, "--type=merge", "-p", release])
        _ = try await eventually("held deployment gone once its pod went") { () -> Bool? in
            let r = try await k.run(["get", "deploy", "held"])
            return r.status != 0 && r.stderr.contains("NotFound") ? true : nil
        }
        #expect(try await k.ok(["get", "rs", "-l", "app=held", "-o", "name"]).isEmpty)

        // Orphan: the ReplicaSet and pods stay, the ReplicaSet without its owner.
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("orph", replicas: 2))
        try await Self.rolledOut(k, "deploy/orph")
        let orphans = try await Self.settled(k, "orph", count: 2, image: "busybox:1.36")
        #expect(try await k.ok(["delete", "deploy", "orph", "--cascade=orphan"]).contains("deployment.apps \"orph\" deleted"))
        _ = try await eventually("ReplicaSet orphaned") { () -> Bool? in
            let owners = try await k.jsonpath(["rs", "-l", "app=orph"], "{.items[*].metadata.ownerReferences}")
            let names = try await k.ok(["get", "rs", "-l", "app=orph", "-o", "name"])
            return owners.isEmpty && !names.isEmpty ? true : nil
        }
        try await Task.sleep(for: .seconds(1))
        #expect(try await Set(k.pods("app=orph").filter(\.isServing).map(\.name)) == Set(orphans.map(\.name)))
        #expect(try await k.run(["get", "deploy", "orph"]).status != 0)
    }
}
