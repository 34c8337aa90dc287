import Foundation
import Testing

/// The basic kubectl verbs against a real `apus server`, with every kubectl version the project supports.
@Suite("kubectl basics", .serialized)
struct KubectlBasicsTests {
    @Test("create, get, describe, delete", arguments: Kubectl.all)
    func createGetDelete(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)

        let created = try await k.ok(["create", "-f", "-"], stdin: Manifests.configMap)
        #expect(created.contains("configmap/settings created"))

        let table = try await k.ok(["get", "configmaps"])
        #expect(table.contains("NAME"))
        #expect(table.contains("DATA"))
        let row = table.split(separator: "\n").first { $0.hasPrefix("settings") }
        #expect(row?.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first == "2")

        let json = try await k.ok(["get", "configmap", "settings", "-o", "json"])
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let meta = obj?["metadata"] as? [String: Any]
        #expect((meta?["uid"] as? String)?.count == 36)
        #expect(Int(meta?["resourceVersion"] as? String ?? "") != nil)
        #expect((obj?["data"] as? [String: String])?["greeting"] == "hello")

        let name = try await k.ok(["get", "cm", "-l", "tier=config", "-o", "name"])
        #expect(name.trimmingCharacters(in: .whitespacesAndNewlines) == "configmap/settings")

        let jsonpath = try await k.ok(["get", "cm", "settings", "-o", "jsonpath={.data.color}"])
        #expect(jsonpath == "blue")

        let described = try await k.ok(["describe", "configmap", "settings"])
        #expect(described.contains("greeting"))
        #expect(described.contains("hello"))

        let again = try await k.run(["create", "-f", "-"], stdin: Manifests.configMap)
        #expect(again.status != 0)
        #expect(again.stderr.contains("AlreadyExists") || again.stderr.contains("already exists"))

        let deleted = try await k.ok(["delete", "configmap", "settings"])
        #expect(deleted.contains("configmap \"settings\" deleted"))
        let missing = try await k.run(["get", "configmap", "settings"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("NotFound") || missing.stderr.contains("not found"))
    }

    @Test("discovery: api-resources, api-versions, version", arguments: Kubectl.all)
    func discovery(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        let resources = try await k.ok(["api-resources"])
        for line in ["deployments", "deploy", "apps/v1", "Deployment", "pods", "po", "horizontalpodautoscalers", "customresourcedefinitions"] {
            #expect(resources.contains(line), "api-resources lacks \(line)")
        }
        let versions = try await k.ok(["api-versions"])
        for gv in ["v1", "apps/v1", "batch/v1", "rbac.authorization.k8s.io/v1", "networking.k8s.io/v1", "autoscaling/v2"] {
            #expect(versions.split(separator: "\n").contains(Substring(gv)), "api-versions lacks \(gv)")
        }
        let version = try await k.ok(["version", "-o", "json"])
        #expect(version.contains("\"serverVersion\""))
        #expect(version.contains("v1.33.0"))
        let ns = try await k.ok(["get", "namespaces"])
        for n in ["default", "kube-system", "kube-public", "kube-node-lease"] { #expect(ns.contains(n)) }
        let raw = try await k.ok(["get", "--raw", "/api/v1/namespaces/default"])
        #expect(raw.contains("\"kind\":\"Namespace\""))
    }

    @Test("apply a multi-document file, client-side and server-side", arguments: Kubectl.all)
    func apply(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        let out = try await k.ok(["apply", "-f", "-"], stdin: Manifests.multiDocument)
        for r in ["configmap/settings", "secret/creds", "role.rbac.authorization.k8s.io/pod-reader", "service/web", "deployment.apps/web"] {
            #expect(out.contains("\(r) created"), "apply output lacks \(r): \(out)")
        }
        let unchanged = try await k.ok(["apply", "-f", "-"], stdin: Manifests.multiDocument)
        #expect(unchanged.contains("deployment.apps/web unchanged"))
        let changed = Manifests.deployment.replacingOccurrences(of: "replicas: 2", with: "replicas: 3")
        let configured = try await k.ok(["apply", "-f", "-"], stdin: changed)
        #expect(configured.contains("deployment.apps/web configured"))
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.spec.replicas}"]) == "3")
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.metadata.generation}"]) == "2")

        let svcIP = try await k.ok(["get", "svc", "web", "-o", "jsonpath={.spec.clusterIP}"])
        #expect(svcIP.hasPrefix("10.43."))
        let secret = try await k.ok(["get", "secret", "creds", "-o", "jsonpath={.data.password}"])
        #expect(secret == Data("s3cr3t".utf8).base64EncodedString())

        let ssa = try await k.ok(["apply", "--server-side", "-f", "-"], stdin: Manifests.configMap.replacingOccurrences(of: "settings", with: "ssa-settings"))
        #expect(ssa.contains("configmap/ssa-settings serverside-applied"))
        let managers = try await k.ok(["get", "cm", "ssa-settings", "-o", "jsonpath={.metadata.managedFields[*].manager}"])
        #expect(managers.contains("kubectl"))
    }

    /// Typed `kubectl create` commands send protobuf bodies from kubectl 1.32 on.
    @Test("kubectl create generators", arguments: Kubectl.all)
    func generators(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        #expect(try await k.ok(["create", "namespace", "team"]).contains("namespace/team created"))
        #expect(try await k.ok(["create", "configmap", "cfg", "-n", "team", "--from-literal=a=1", "--from-literal=b=2"]).contains("configmap/cfg created"))
        #expect(try await k.ok(["create", "secret", "generic", "pw", "-n", "team", "--from-literal=password=hunter2"]).contains("secret/pw created"))
        #expect(try await k.ok(["create", "deployment", "api", "-n", "team", "--image=busybox:1.36", "--replicas=3", "--port=8080"]).contains("deployment.apps/api created"))
        #expect(try await k.ok(["create", "service", "clusterip", "api", "-n", "team", "--tcp=80:8080"]).contains("service/api created"))
        #expect(try await k.ok(["create", "job", "once", "-n", "team", "--image=busybox:1.36", "--", "true"]).contains("job.batch/once created"))
        #expect(try await k.ok(["create", "role", "reader", "-n", "team", "--verb=get,list", "--resource=pods"]).contains("role.rbac.authorization.k8s.io/reader created"))
        #expect(try await k.ok(["get", "cm", "cfg", "-n", "team", "-o", "jsonpath={.data.a}{.data.b}"]) == "12")
        #expect(try await k.ok(["get", "secret", "pw", "-n", "team", "-o", "jsonpath={.data.password}"]) == Data("hunter2".utf8).base64EncodedString())
        #expect(try await k.ok(["get", "deploy", "api", "-n", "team", "-o", "jsonpath={.spec.replicas} {.spec.template.spec.containers[0].ports[0].containerPort}"]) == "3 8080")
        #expect(try await k.ok(["get", "svc", "api", "-n", "team", "-o", "jsonpath={.spec.ports[0].port}:{.spec.ports[0].targetPort}"]) == "80:8080")
        #expect(try await k.ok(["get", "role", "reader", "-n", "team", "-o", "jsonpath={.rules[0].verbs}"]).contains("list"))
        let all = try await k.ok(["get", "all", "-n", "team"])
        #expect(all.contains("deployment.apps/api") && all.contains("service/api") && all.contains("job.batch/once"))
    }
}
