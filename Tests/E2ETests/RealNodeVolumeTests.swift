import Foundation
import Testing

/// A real node's kubelet features beyond running containers: ConfigMap, Secret, downward API and
/// projected volumes (updated in place), init container order, readiness, lifecycle hooks, Jobs
/// that fail, OOM kills, and static pods with their mirror pods.
@Suite("real node volumes and lifecycle", .serialized, .enabled(if: ApusAgentProcess.unavailableReason == nil, Comment(rawValue: ApusAgentProcess.unavailableReason ?? "")))
struct RealNodeVolumeTests {
    static func quoted(_ s: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [s])
        return String(String(decoding: data ?? Data(), as: UTF8.self).dropFirst().dropLast())
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func describe(_ k: Kubectl, _ agent: ApusAgentProcess, _ pods: [String]) async -> String {
        var out = ""
        for pod in pods { out += ((try? await k.run(["get", "pod", pod, "-o", "json"]))?.stdout ?? "") + "\n" }
        out += ((try? await k.run(["get", "events", "-o", "wide"]))?.stdout ?? "") + "\n"
        return out + "agent log:\n" + agent.log.split(separator: "\n").suffix(40).joined(separator: "\n")
    }

    @Test func volumesInitContainersReadinessAndHooks() async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let agent = try await ApusAgentProcess.start(kubeconfig: server.kubeconfig, nodeName: "vol-node", podCIDR: "10.250.93.0/24")
        defer { agent.stop() }
        let hostDir = agent.dataDir + "-host"
        try FileManager.default.createDirectory(atPath: hostDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: hostDir) }
        let k = Kubectl(path: Kubectl.v137, kubeconfig: server.kubeconfig)

        _ = try await k.ok(["create", "configmap", "app-config", "--from-literal=greeting=hello"])
        _ = try await k.ok(["create", "secret", "generic", "app-secret", "--from-literal=token=t0k3n"])
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "vols", "labels": {"app": "vols"}},
             "spec": {"nodeName": "vol-node", "terminationGracePeriodSeconds": 5,
               "volumes": [
                 {"name": "work", "emptyDir": {}},
                 {"name": "mem", "emptyDir": {"medium": "Memory", "sizeLimit": "8Mi"}},
                 {"name": "cfg", "configMap": {"name": "app-config"}},
                 {"name": "sec", "secret": {"secretName": "app-secret", "items": [{"key": "token", "path": "auth/token", "mode": 256}]}},
                 {"name": "info", "downwardAPI": {"items": [{"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}},
                   {"path": "mem_limit", "resourceFieldRef": {"containerName": "main", "resource": "limits.memory", "divisor": "1Mi"}}]}},
                 {"name": "all", "projected": {"sources": [{"configMap": {"name": "app-config"}}, {"secret": {"name": "app-secret"}},
                   {"downwardAPI": {"items": [{"path": "name", "fieldRef": {"fieldPath": "metadata.name"}}]}}]}}],
               "initContainers": [{"name": "first", "image": "busybox", "imagePullPolicy": "IfNotPresent",
                 "command": ["sh", "-c", "echo init > /work/order"], "volumeMounts": [{"name": "work", "mountPath": "/work"}]}],
               "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent",
                 "resources": {"limits": {"memory": "64Mi"}},
                 "command": ["sh", "-c", "echo main >> /work/order; while true; do cat /etc/cfg/greeting > /work/g.tmp && mv /work/g.tmp /work/greeting; cat /etc/sec/auth/token > /work/token; cat /etc/info/labels > /work/l.tmp && mv /work/l.tmp /work/labels; cat /etc/info/mem_limit > /work/mem_limit; cat /etc/all/greeting /etc/all/token /etc/all/name > /work/all; sleep 0.5; done"],
                 "readinessProbe": {"exec": {"command": ["test", "-f", "/work/ready"]}, "periodSeconds": 1},
                 "volumeMounts": [{"name": "work", "mountPath": "/work"}, {"name": "mem", "mountPath": "/mem"}, {"name": "cfg", "mountPath": "/etc/cfg"},
                   {"name": "sec", "mountPath": "/etc/sec"}, {"name": "info", "mountPath": "/etc/info"}, {"name": "all", "mountPath": "/etc/all"}]}]}}
            """)
        do {
            try await waitFor("vols Running") {
                (try? await k.ok(["get", "pod", "vols", "-o", "jsonpath={.status.phase}"])) == "Running"
            }
            let uid = try await k.ok(["get", "pod", "vols", "-o", "jsonpath={.metadata.uid}"])
            let volumes = agent.dataDir + "/pods/\(uid)/volumes"
            let work = volumes + "/empty-dir/work"
            try await waitFor("files copied by the container") { read(work + "/all") != nil && read(work + "/labels") != nil }

            // Init container first, then the app container.
            #expect(read(work + "/order") == "init\nmain\n")
            #expect(read(work + "/greeting") == "hello")
            #expect(read(work + "/token") == "t0k3n")
            #expect(read(work + "/labels") == "app=\"vols\"")
            #expect(read(work + "/mem_limit") == "64")
            #expect(read(work + "/all") == "hellot0k3nvols")

            // Upstream's layout on the host: ..data -> timestamped dir, per-key links, modes, tmpfs.
            let cfgDir = volumes + "/kubernetes.io~configmap/cfg"
            let data = try FileManager.default.destinationOfSymbolicLink(atPath: cfgDir + "/..data")
            #expect(data.hasPrefix("..") && data != "..data")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: cfgDir + "/greeting") == "..data/greeting")
            let secretMode = try FileManager.default.attributesOfItem(atPath: volumes + "/kubernetes.io~secret/sec/..data/auth/token")[.posixPermissions] as? Int
            #expect(secretMode == 0o400)
            let mounts = try await ProcessRunner.run("/bin/cat", ["/proc/self/mountinfo"]).stdout
            #expect(mounts.contains(volumes + "/empty-dir/mem ") && mounts.contains(volumes + "/kubernetes.io~secret/sec "), "no tmpfs mounts in:\n\(mounts)")

            // ConfigMap and label changes reach the running container.
            _ = try await k.ok(["patch", "configmap", "app-config", "--type=merge", "-p", #"{"data":{"greeting":"bonjour"}}"#])
            _ = try await k.ok(["label", "pod", "vols", "tier=backend"])
            // Watched, not polled (the periodic refresh is once a minute): seen within seconds.
            try await waitFor("updated ConfigMap seen by the container", timeout: 8) { read(work + "/greeting") == "bonjour" }
            try await waitFor("updated labels seen by the container", timeout: 8) { read(work + "/labels") == "app=\"vols\"\ntier=\"backend\"" }
            _ = try await k.ok(["patch", "secret", "app-secret", "--type=merge", "-p", #"{"stringData":{"token":"n3w"}}"#])
            try await waitFor("updated Secret seen by the container", timeout: 8) { read(work + "/token") == "n3w" }
            try await waitFor("projected volume updated too", timeout: 8) { read(work + "/all") == "bonjourn3wvols" }
            #expect(try await k.ok(["get", "pod", "vols", "-o", "jsonpath={.status.containerStatuses[0].restartCount}"]) == "0")

            // Readiness flips the Ready condition both ways.
            #expect(try await k.ok(["get", "pod", "vols", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"]) == "False")
            FileManager.default.createFile(atPath: work + "/ready", contents: Data())
            try await waitFor("vols Ready") {
                (try? await k.ok(["get", "pod", "vols", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"])) == "True"
            }
            try FileManager.default.removeItem(atPath: work + "/ready")
            try await waitFor("vols not Ready again") {
                (try? await k.ok(["get", "pod", "vols", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"])) == "False"
            }
        } catch {
            Issue.record("\(await describe(k, agent, ["vols"]))")
            throw error
        }

        // A missing ConfigMap keeps the pod in ContainerCreating with a FailedMount event, until it exists.
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "waits"},
             "spec": {"nodeName": "vol-node", "terminationGracePeriodSeconds": 1, "volumes": [{"name": "cfg", "configMap": {"name": "later"}}],
               "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sleep", "3600"],
                 "volumeMounts": [{"name": "cfg", "mountPath": "/etc/cfg"}]}]}}
            """)
        do {
            try await waitFor("FailedMount event") {
                let events = (try? await k.ok(["get", "events", "-o", "jsonpath={range .items[?(@.involvedObject.name==\"waits\")]}{.reason}: {.message}{\"\\n\"}{end}"])) ?? ""
                return events.contains("FailedMount: MountVolume.SetUp failed for volume \"cfg\" : configmap \"later\" not found")
            }
            let waiting = try await k.ok(["get", "pod", "waits", "-o", "jsonpath={.status.phase}/{.status.containerStatuses[0].state.waiting.reason}"])
            #expect(waiting == "Pending/ContainerCreating")
            _ = try await k.ok(["create", "configmap", "later", "--from-literal=x=1"])
            try await waitFor("waits Running once its ConfigMap exists") {
                (try? await k.ok(["get", "pod", "waits", "-o", "jsonpath={.status.phase}"])) == "Running"
            }
        } catch {
            Issue.record("\(await describe(k, agent, ["waits"]))")
            throw error
        }

        // postStart runs after the start, preStop before the stop; a failing postStart kills the container.
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "hooked"},
             "spec": {"nodeName": "vol-node", "terminationGracePeriodSeconds": 10, "volumes": [{"name": "host", "hostPath": {"path": "\(hostDir)"}}],
               "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sh", "-c", "echo started > /host/main; exec sleep 3600"],
                 "lifecycle": {"postStart": {"exec": {"command": ["sh", "-c", "sleep 1; cat /host/main > /host/poststart"]}},
                               "preStop": {"exec": {"command": ["sh", "-c", "echo stopping > /host/prestop"]}}},
                 "volumeMounts": [{"name": "host", "mountPath": "/host"}]}]}}
            """)
        // An httpGet preStop hook reaches the container's web server (a CGI script writes the proof).
        let cgi = "mkdir -p /www/cgi-bin; printf '#!/bin/sh\\necho stopped > /host/http-prestop\\nprintf \"Content-Type: text/plain\\\\r\\\\n\\\\r\\\\nok\"\\n' > /www/cgi-bin/stop; chmod +x /www/cgi-bin/stop; exec httpd -f -p 8080 -h /www"
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "httphook"},
             "spec": {"nodeName": "vol-node", "terminationGracePeriodSeconds": 5, "volumes": [{"name": "host", "hostPath": {"path": "\(hostDir)"}}],
               "containers": [{"name": "web", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sh", "-c", \(Self.quoted(cgi))],
                 "lifecycle": {"preStop": {"httpGet": {"port": 8080, "path": "/cgi-bin/stop"}}},
                 "volumeMounts": [{"name": "host", "mountPath": "/host"}]}]}}
            """)
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "badhook"},
             "spec": {"nodeName": "vol-node", "terminationGracePeriodSeconds": 1,
               "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sleep", "3600"],
                 "lifecycle": {"postStart": {"exec": {"command": ["sh", "-c", "exit 7"]}}}}]}}
            """)
        do {
            try await waitFor("postStart ran after the container started") { read(hostDir + "/poststart") == "started\n" }
            try await waitFor("FailedPostStartHook event and a restart") {
                let events = (try? await k.ok(["get", "events", "-o", "jsonpath={.items[?(@.involvedObject.name==\"badhook\")].reason}"])) ?? ""
                let restarts = (try? await k.ok(["get", "pod", "badhook", "-o", "jsonpath={.status.containerStatuses[0].restartCount}"])) ?? ""
                return events.contains("FailedPostStartHook") && (Int(restarts) ?? 0) >= 1
            }
            #expect(read(hostDir + "/prestop") == nil)
            _ = try await k.ok(["delete", "pod", "hooked", "--wait=true"])
            #expect(read(hostDir + "/prestop") == "stopping\n")
            try await waitFor("httphook Running") {
                (try? await k.ok(["get", "pod", "httphook", "-o", "jsonpath={.status.phase}"])) == "Running"
            }
            #expect(read(hostDir + "/http-prestop") == nil)
            _ = try await k.ok(["delete", "pod", "httphook", "--wait=true"])
            #expect(read(hostDir + "/http-prestop") == "stopped\n")
        } catch {
            Issue.record("\(await describe(k, agent, ["hooked", "httphook", "badhook"]))")
            throw error
        }

        _ = try await k.ok(["delete", "pod", "vols", "waits", "badhook", "--wait=true"])
        try await waitFor("pod directories removed", timeout: 30) {
            ((try? FileManager.default.contentsOfDirectory(atPath: agent.dataDir + "/pods")) ?? []).isEmpty
        }
    }

    @Test func failingJobsOOMKillsAndStaticPods() async throws {
        let server = try await ApusServerProcess.start(controlPlane: true)
        defer { server.stop() }
        let manifests = NSTemporaryDirectory() + "apus-manifests-" + UUID().uuidString.prefix(6)
        try FileManager.default.createDirectory(atPath: manifests, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: manifests) }
        let agent = try await ApusAgentProcess.start(
            kubeconfig: server.kubeconfig, nodeName: "life-node", podCIDR: "10.250.94.0/24",
            extraArgs: ["--pod-manifest-path", manifests])
        defer { agent.stop() }
        let k = Kubectl(path: Kubectl.v137, kubeconfig: server.kubeconfig)
        try await waitFor("node Ready") {
            (try? await k.ok(["get", "node", "life-node", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"])) == "True"
        }

        // A Job whose pods exit 1 fails once its backoffLimit is used up.
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "fails"},
             "spec": {"backoffLimit": 1, "template": {"spec": {"restartPolicy": "Never", "terminationGracePeriodSeconds": 1,
               "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sh", "-c", "exit 1"]}]}}}}
            """)
        // A container over its memory limit is killed by the kernel: OOMKilled, kept in lastState.
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "hog"},
             "spec": {"nodeName": "life-node", "terminationGracePeriodSeconds": 1,
               "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent",
                 "command": ["sh", "-c", "exec dd if=/dev/zero of=/dev/null bs=64M count=1"], "resources": {"limits": {"memory": "16Mi"}}}]}}
            """)
        do {
            try await waitFor("Job failed with BackoffLimitExceeded", timeout: 120) {
                (try? await k.ok(["get", "job", "fails", "-o", "jsonpath={.status.conditions[?(@.type==\"Failed\")].reason}"])) == "BackoffLimitExceeded"
            }
            let failed = try await k.ok(["get", "job", "fails", "-o", "jsonpath={.status.failed}"])
            #expect(failed == "2")
            try await waitFor("hog OOMKilled in its last state") {
                (try? await k.ok(["get", "pod", "hog", "-o", "jsonpath={.status.containerStatuses[0].lastState.terminated.reason}"])) == "OOMKilled"
            }
            let exit = try await k.ok(["get", "pod", "hog", "-o", "jsonpath={.status.containerStatuses[0].lastState.terminated.exitCode}"])
            #expect(exit == "137")
        } catch {
            Issue.record("\(await describe(k, agent, ["hog"]))\n\((try? await k.run(["get", "job,pods", "-o", "wide"]))?.stdout ?? "")")
            throw error
        }
        _ = try await k.ok(["delete", "job", "fails", "--cascade=foreground", "--wait=true"])
        _ = try await k.ok(["delete", "pod", "hog", "--wait=true"])

        // A static pod from a manifest file, shown in the API as its mirror pod.
        let manifest = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: static-web
              labels: {app: static}
            spec:
              terminationGracePeriodSeconds: 1
              containers:
              - name: main
                image: busybox
                imagePullPolicy: IfNotPresent
                command: ["sh", "-c", "echo static hello; exec sleep 3600"]
            """
        try manifest.write(toFile: manifests + "/web.yaml", atomically: true, encoding: .utf8)
        let mirror = "static-web-life-node"
        do {
            try await waitFor("mirror pod Running") {
                (try? await k.ok(["get", "pod", mirror, "-o", "jsonpath={.status.phase}"])) == "Running"
            }
            let annotations = try await k.ok(["get", "pod", mirror, "-o", "jsonpath={.metadata.annotations.kubernetes\\.io/config\\.source}/{.metadata.annotations.kubernetes\\.io/config\\.mirror}/{.metadata.annotations.kubernetes\\.io/config\\.hash}"])
            let parts = annotations.split(separator: "/").map(String.init)
            #expect(parts.count == 3 && parts[0] == "file" && parts[1] == parts[2] && parts[1].count == 32, "\(annotations)")
            let owner = try await k.ok(["get", "pod", mirror, "-o", "jsonpath={.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}"])
            #expect(owner == "Node/life-node")
            // The mirror pod's logs are the static pod's.
            try await waitFor("static pod logs through its mirror pod") {
                (try? await k.ok(["logs", mirror]))?.contains("static hello") == true
            }
            let container = try await k.ok(["get", "pod", mirror, "-o", "jsonpath={.status.containerStatuses[0].containerID}"])

            // Deleting the mirror pod re-creates it; the static pod keeps running.
            let firstUID = try await k.ok(["get", "pod", mirror, "-o", "jsonpath={.metadata.uid}"])
            _ = try await k.ok(["delete", "pod", mirror, "--wait=true"])
            try await waitFor("mirror pod re-created") {
                let uid = (try? await k.ok(["get", "pod", mirror, "-o", "jsonpath={.metadata.uid}"])) ?? ""
                return !uid.isEmpty && uid != firstUID
            }
            try await waitFor("re-created mirror pod shows the same container") {
                (try? await k.ok(["get", "pod", mirror, "-o", "jsonpath={.status.containerStatuses[0].containerID}"])) == container
            }

            // A changed manifest replaces the pod.
            try manifest.replacingOccurrences(of: "3600", with: "3601").write(toFile: manifests + "/web.yaml", atomically: true, encoding: .utf8)
            try await waitFor("mirror pod with the new hash, running a new container") {
                let hash = (try? await k.ok(["get", "pod", mirror, "-o", "jsonpath={.metadata.annotations.kubernetes\\.io/config\\.mirror}"])) ?? ""
                let id = (try? await k.ok(["get", "pod", mirror, "-o", "jsonpath={.status.containerStatuses[0].containerID}/{.status.phase}"])) ?? ""
                return !hash.isEmpty && hash != parts[1] && id.hasSuffix("/Running") && !id.hasPrefix(container + "/")
            }

            // Removing the file removes the pod.
            try FileManager.default.removeItem(atPath: manifests + "/web.yaml")
            try await waitFor("mirror pod gone") {
                let r = try? await k.run(["get", "pod", mirror])
                return r?.status == 1 && (r?.stderr.contains("NotFound") ?? false)
            }
            try await waitFor("static pod's sandbox removed", timeout: 30) {
                ((try? FileManager.default.contentsOfDirectory(atPath: agent.dataDir + "/pods-logs")) ?? []).isEmpty
            }

            // Static pods do not need the API server.
            server.stop(removeData: false)
            try manifest.replacingOccurrences(of: "static-web", with: "offline").replacingOccurrences(of: "echo static hello", with: "echo offline")
                .write(toFile: manifests + "/offline.json.yaml", atomically: true, encoding: .utf8)
            try await waitFor("static pod running while the API server is down") {
                let logs = agent.dataDir + "/pods-logs"
                let dirs = ((try? FileManager.default.contentsOfDirectory(atPath: logs)) ?? []).filter { $0.hasPrefix("default_offline-life-node_") }
                return dirs.contains { read(logs + "/" + $0 + "/main/0.log")?.contains(" stdout F offline") == true }
            }
        } catch {
            Issue.record("\(await describe(k, agent, [mirror]))")
            throw error
        }
    }
}
