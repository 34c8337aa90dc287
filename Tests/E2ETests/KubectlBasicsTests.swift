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

        let created = try k.ok(["create", "-f", "-"], stdin: Manifests.configMap)
        #expect(created.contains("configmap/settings created"))

        let table = try k.ok(["get", "configmaps"])
        #expect(table.contains("NAME"))
        #expect(table.contains("DATA"))
        let row = table.split(separator: "\n").first { $0.hasPrefix("settings") }
        #expect(row?.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first == "2")

        let json = try k.ok(["get", "configmap", "settings", "-o", "json"])
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let meta = obj?["metadata"] as? [String: Any]
        #expect((meta?["uid"] as? String)?.count == 36)
        #expect(Int(meta?["resourceVersion"] as? String ?? "") != nil)
        #expect((obj?["data"] as? [String: String])?["greeting"] == "hello")

        let name = try k.ok(["get", "cm", "-l", "tier=config", "-o", "name"])
        #expect(name.trimmingCharacters(in: .whitespacesAndNewlines) == "configmap/settings")

        let jsonpath = try k.ok(["get", "cm", "settings", "-o", "jsonpath={.data.color}"])
        #expect(jsonpath == "blue")

        let described = try k.ok(["describe", "configmap", "settings"])
        #expect(described.contains("greeting"))
        #expect(described.contains("hello"))

        let again = try k.run(["create", "-f", "-"], stdin: Manifests.configMap)
        #expect(again.status != 0)
        #expect(again.stderr.contains("AlreadyExists") || again.stderr.contains("already exists"))

        let deleted = try k.ok(["delete", "configmap", "settings"])
        #expect(deleted.contains("configmap \"settings\" deleted"))
        let missing = try k.run(["get", "configmap", "settings"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("NotFound") || missing.stderr.contains("not found"))
    }

    @Test("discovery: api-resources, api-versions, version", arguments: Kubectl.all)
    func discovery(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        let resources = try k.ok(["api-resources"])
        for line in ["deployments", "deploy", "apps/v1", "Deployment", "pods", "po", "horizontalpodautoscalers", "customresourcedefinitions"] {
            #expect(resources.contains(line), "api-resources lacks \(line)")
        }
        let versions = try k.ok(["api-versions"])
        for gv in ["v1", "apps/v1", "batch/v1", "rbac.authorization.k8s.io/v1", "networking.k8s.io/v1", "autoscaling/v2"] {
            #expect(versions.split(separator: "\n").contains(Substring(gv)), "api-versions lacks \(gv)")
        }
        let version = try k.ok(["version", "-o", "json"])
        #expect(version.contains("\"serverVersion\""))
        #expect(version.contains("v1.33.0"))
        let ns = try k.ok(["get", "namespaces"])
        for n in ["default", "kube-system", "kube-public", "kube-node-lease"] { #expect(ns.contains(n)) }
        let raw = try k.ok(["get", "--raw", "/api/v1/namespaces/default"])
        #expect(raw.contains("\"kind\":\"Namespace\""))
    }

    @Test("apply a multi-document file, client-side and server-side", arguments: Kubectl.all)
    func apply(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        let out = try k.ok(["apply", "-f", "-"], stdin: Manifests.multiDocument)
        for r in ["configmap/settings", "secret/creds", "role.rbac.authorization.k8s.io/pod-reader", "service/web", "deployment.apps/web"] {
            #expect(out.contains("\(r) created"), "apply output lacks \(r): \(out)")
        }
        let unchanged = try k.ok(["apply", "-f", "-"], stdin: Manifests.multiDocument)
        #expect(unchanged.contains("deployment.apps/web unchanged"))
        let changed = Manifests.deployment.replacingOccurrences(of: "replicas: 2", with: "replicas: 3")
        let configured = try k.ok(["apply", "-f", "-"], stdin: changed)
        #expect(configured.contains("deployment.apps/web configured"))
        #expect(try k.ok(["get", "deploy", "web", "-o", "jsonpath={.spec.replicas}"]) == "3")
        #expect(try k.ok(["get", "deploy", "web", "-o", "jsonpath={.metadata.generation}"]) == "2")

        let svcIP = try k.ok(["get", "svc", "web", "-o", "jsonpath={.spec.clusterIP}"])
        #expect(svcIP.hasPrefix("10.43."))
        let secret = try k.ok(["get", "secret", "creds", "-o", "jsonpath={.data.password}"])
        #expect(secret == Data("s3cr3t".utf8).base64EncodedString())

        let ssa = try k.ok(["apply", "--server-side", "-f", "-"], stdin: Manifests.configMap.replacingOccurrences(of: "settings", with: "ssa-settings"))
        #expect(ssa.contains("configmap/ssa-settings serverside-applied"))
        let managers = try k.ok(["get", "cm", "ssa-settings", "-o", "jsonpath={.metadata.managedFields[*].manager}"])
        #expect(managers.contains("kubectl"))
    }
}
