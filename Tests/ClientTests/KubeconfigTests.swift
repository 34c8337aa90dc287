import APIMachinery
import Foundation
import Testing

@testable import Client

@Suite struct KubeconfigTests {
    static func b64(_ s: String) -> String { Data(s.utf8).base64EncodedString() }

    static let sample = """
        apiVersion: v1
        kind: Config
        current-context: admin@apus
        preferences: {}
        clusters:
        - name: apus
          cluster:
            server: https://127.0.0.1:6443
            certificate-authority-data: \(b64("CA-PEM"))
        - name: other
          cluster:
            server: https://10.0.0.1:443/prefix/
            insecure-skip-tls-verify: true
            tls-server-name: api.example
        contexts:
        - name: admin@apus
          context:
            cluster: apus
            user: admin
        - name: dev
          context:
            cluster: other
            user: dev
            namespace: team-a
        users:
        - name: admin
          user:
            client-certificate-data: \(b64("CERT-PEM"))
            client-key-data: \(b64("KEY-PEM"))
        - name: dev
          user:
            token: abc.def.ghi
        """

    @Test func parsesCurrentContextWithEmbeddedCertificates() throws {
        let kc = try Kubeconfig(yaml: Self.sample)
        #expect(kc.currentContext == "admin@apus")
        #expect(kc.clusters.count == 2)
        #expect(kc.users.count == 2)
        let c = try kc.clientConfig()
        #expect(c.server == "https://127.0.0.1:6443")
        #expect(c.certificateAuthorityPEM == Array("CA-PEM".utf8))
        #expect(c.clientCertificatePEM == Array("CERT-PEM".utf8))
        #expect(c.clientKeyPEM == Array("KEY-PEM".utf8))
        #expect(c.bearerToken == nil)
        #expect(c.insecureSkipTLSVerify == false)
        #expect(c.namespace == nil)
    }

    @Test func selectsNamedContextWithTokenAndInsecureTLS() throws {
        let c = try Kubeconfig(yaml: Self.sample).clientConfig(context: "dev")
        #expect(c.server == "https://10.0.0.1:443/prefix/")
        #expect(c.bearerToken == "abc.def.ghi")
        #expect(c.insecureSkipTLSVerify)
        #expect(c.tlsServerName == "api.example")
        #expect(c.namespace == "team-a")
        #expect(c.clientCertificatePEM == nil)
    }

    @Test func resolvesRelativeFilesAgainstTheKubeconfigDirectory() async throws {
        let dir = NSTemporaryDirectory() + "kc-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir + "/pki", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "CA-FILE".write(toFile: dir + "/pki/ca.crt", atomically: true, encoding: .utf8)
        try "CERT-FILE".write(toFile: dir + "/pki/client.crt", atomically: true, encoding: .utf8)
        try "KEY-FILE".write(toFile: dir + "/pki/client.key", atomically: true, encoding: .utf8)
        try "file-token\n".write(toFile: dir + "/token", atomically: true, encoding: .utf8)
        let yaml = """
            apiVersion: v1
            kind: Config
            current-context: c
            clusters:
            - name: k
              cluster:
                server: https://example:6443
                certificate-authority: pki/ca.crt
            contexts:
            - name: c
              context: {cluster: k, user: u}
            - name: t
              context: {cluster: k, user: tok}
            users:
            - name: u
              user:
                client-certificate: pki/client.crt
                client-key: \(dir)/pki/client.key
            - name: tok
              user:
                tokenFile: token
            """
        try yaml.write(toFile: dir + "/config", atomically: true, encoding: .utf8)
        let kc = try Kubeconfig.load(path: dir + "/config")
        let c = try kc.clientConfig()
        #expect(c.certificateAuthorityPEM == Array("CA-FILE".utf8))
        #expect(c.clientCertificatePEM == Array("CERT-FILE".utf8))
        #expect(c.clientKeyPEM == Array("KEY-FILE".utf8))
        var t = try kc.clientConfig(context: "t")
        #expect(t.bearerTokenFile == dir + "/token")
        t.certificateAuthorityPEM = nil  // the dummy CA is not a certificate
        let client = try APIClient(config: t)
        #expect(client.bearerToken() == "file-token")
        try await client.shutdown()
    }

    @Test func reportsBrokenKubeconfigs() throws {
        #expect(throws: ClientError.self) { try Kubeconfig(yaml: "- just\n- a list\n") }
        #expect(throws: ClientError.self) { try Kubeconfig(yaml: Self.sample).clientConfig(context: "nope") }
        let noCurrent = Self.sample.replacingOccurrences(of: "current-context: admin@apus", with: "")
        #expect(throws: ClientError.self) { try Kubeconfig(yaml: noCurrent).clientConfig() }
        let badBase64 = Self.sample.replacingOccurrences(of: Self.b64("KEY-PEM"), with: "%%%not-base64")
        #expect(throws: ClientError.self) { try Kubeconfig(yaml: badBase64) }
        let missingFile = """
            apiVersion: v1
            current-context: c
            clusters: [{name: k, cluster: {server: "https://x", certificate-authority: /nonexistent/ca.crt}}]
            contexts: [{name: c, context: {cluster: k, user: ""}}]
            """
        #expect(throws: ClientError.self) { try Kubeconfig(yaml: missingFile).clientConfig() }
        #expect(throws: ClientError.self) { try Kubeconfig.load(path: "/nonexistent/kubeconfig") }
    }

    @Test func rejectsInvalidTLSMaterial() {
        // The dummy PEMs of the sample are not certificates.
        #expect(throws: ClientError.self) {
            _ = try APIClient(config: try Kubeconfig(yaml: Self.sample).clientConfig())
        }
    }
}

@Suite struct ClientUnitTests {
    @Test func resourcePaths() {
        #expect(ResourcePath(resource: "pods").path == "/api/v1/pods")
        #expect(ResourcePath(resource: "pods", namespace: "ns", name: "p", subresource: "status").path
            == "/api/v1/namespaces/ns/pods/p/status")
        #expect(ResourcePath(group: "apps", version: "v1", resource: "deployments", namespace: "a").path
            == "/apis/apps/v1/namespaces/a/deployments")
        #expect(ResourcePath(group: "coordination.k8s.io", version: "v1", resource: "leases", namespace: "kube-system", name: "x").path
            == "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/x")
        #expect(ResourcePath(resource: "nodes", name: "a b/c").path == "/api/v1/nodes/a%20b%2Fc")
        #expect(ResourcePath(TestConfigMap.self, namespace: "n", name: "c").path == "/api/v1/namespaces/n/configmaps/c")
        #expect(ResourcePath(TestNamespace.self, namespace: "ignored", name: "n").path == "/api/v1/namespaces/n")
        #expect(ResourcePath.escapeQuery("a=b,c!=d") == "a%3Db%2Cc%21%3Dd")
    }

    @Test func objectKeys() {
        #expect(ObjectKey(namespace: "ns", name: "a").description == "ns/a")
        #expect(ObjectKey(name: "node1").description == "node1")
        #expect(ObjectKey(parsing: "ns/a") == ObjectKey(namespace: "ns", name: "a"))
        #expect(ObjectKey(parsing: "a") == ObjectKey(name: "a"))
        #expect(ObjectKey(parsing: "a/b/c") == nil)
        #expect(ObjectKey(parsing: "") == nil)
    }

    @Test func lineSplitterHandlesArbitraryChunking() throws {
        let events = [
            #"{"type":"ADDED","object":{"metadata":{"name":"a","resourceVersion":"5"}}}"#,
            #"{"type":"BOOKMARK","object":{"kind":"ConfigMap","metadata":{"resourceVersion":"9"}}}"#,
            #"{"type":"ERROR","object":{"kind":"Status","code":410,"reason":"Expired","message":"too old resource version: 1 (7)"}}"#,
        ]
        let bytes = Array((events.joined(separator: "\n") + "\n").utf8)
        for chunkSize in [1, 2, 7, 64, bytes.count] {
            var splitter = LineSplitter()
            var parsed: [WatchEvent<JSON>] = []
            var i = 0
            while i < bytes.count {
                splitter.append(bytes[i..<min(i + chunkSize, bytes.count)])
                while let line = splitter.nextLine() {
                    if let e = try APIClient.parseWatchEvent(line) { parsed.append(e) }
                }
                i += chunkSize
            }
            #expect(splitter.remainder() == nil)
            #expect(parsed.map(\.type) == [.added, .bookmark, .error])
            #expect(parsed[0].object["metadata"]["name"] == "a")
            #expect(parsed[1].resourceVersion == "9")
            let err = try #require(parsed[2].error)
            #expect(err.code == 410)
            #expect(err.isGone)
        }
        var s = LineSplitter()
        s.append(Array("{\"type\":\"ADDED\",\"object\":{}}".utf8))
        #expect(s.nextLine() == nil)
        let rest = try #require(s.remainder())
        #expect(try APIClient.parseWatchEvent(rest)?.type == .added)
        #expect(throws: ClientError.self) { try APIClient.parseWatchEvent(Array("{\"type\":\"NOPE\"}".utf8)[...]) }
    }

    @Test func decodesStatusErrors() {
        let body = Array(
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"configmaps \"x\" already exists","reason":"AlreadyExists","details":{"name":"x","kind":"configmaps"},"code":409}"#
                .utf8)
        let e = APIError(httpCode: 409, body: body)
        #expect(e.isAlreadyExists)
        #expect(!e.isConflict)
        #expect(e.name == "x")
        #expect(e.message == "configmaps \"x\" already exists")
        let plain = APIError(httpCode: 404, body: Array("404 page not found".utf8))
        #expect(plain.isNotFound)
        #expect(plain.reason == "NotFound")
        let invalid = APIError(
            status: ["kind": "Status", "code": 422, "reason": "Invalid", "message": "bad",
                "details": ["causes": [["reason": "FieldValueRequired", "message": "Required value", "field": "spec.x"]]]],
            httpCode: 422)
        #expect(invalid.isInvalid)
        #expect(invalid.causes == [StatusCause(type: "FieldValueRequired", message: "Required value", field: "spec.x")])
        #expect(APIError.isNotFound(APIError.notFound(group: "", resource: "pods", name: "a")))
        #expect(!APIError.isNotFound(ClientError("x")))
        #expect(APIError.isConflict(APIError.modifiedConflict(group: "", resource: "pods", name: "a")))
        #expect(APIError.isGone(APIError.gone("too old")))
    }

    @Test func microTimeFormatAndParse() throws {
        #expect(MicroTime.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000000Z")
        #expect(MicroTime.format(Date(timeIntervalSince1970: 1_136_214_245.5)) == "2006-01-02T15:04:05.500000Z")
        #expect(MicroTime.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000000Z")
        let now = Date()
        let text = MicroTime.format(now)
        #expect(text.count == 27)
        let back = try #require(MicroTime.parse(text))
        #expect(abs(back.timeIntervalSince(now)) < 0.000_002)
        #expect(MicroTime.parse("2006-01-02T15:04:05Z") == Date(timeIntervalSince1970: 1_136_214_245))
        #expect(MicroTime.parse("2006-01-02T16:04:05+01:00") == Date(timeIntervalSince1970: 1_136_214_245))
        #expect(MicroTime.parse("2006-01-02 15:04:05") == nil)
        #expect(MicroTime.parse("garbage") == nil)
    }

    @Test func leaderElectionRecordRoundTrip() {
        let r = LeaderElectionRecord(
            holderIdentity: "a", leaseDurationSeconds: 15, acquireTime: "2006-01-02T15:04:05.000000Z",
            renewTime: "2006-01-02T15:04:06.000000Z", leaseTransitions: 2)
        let spec = r.apply(to: ["preferredHolder": "b"])
        #expect(spec["preferredHolder"] == "b")
        #expect(LeaderElectionRecord(spec: spec) == r)
        let released = LeaderElectionRecord(holderIdentity: "", leaseDurationSeconds: 1, acquireTime: "", renewTime: "", leaseTransitions: 2)
        #expect(released.apply(to: spec)["holderIdentity"].isNull)
    }

    @Test func informerCacheIndexes() {
        let cache = InformerCache<TestConfigMap>(indexers: [.field("data.node"), .label("app")])
        func cm(_ ns: String, _ name: String, node: String, app: String, rv: String = "1", owner: String? = nil) -> TestConfigMap {
            var j: JSON = ["metadata": ["namespace": .string(ns), "name": .string(name), "resourceVersion": .string(rv),
                "labels": ["app": .string(app)]], "data": ["node": .string(node)]]
            if let owner { j[path: ["metadata", "ownerReferences"]] = [["uid": .string(owner), "name": "o", "kind": "X"]] }
            return TestConfigMap(json: j)
        }
        cache.upsert(cm("a", "1", node: "n1", app: "web", owner: "u1"))
        cache.upsert(cm("a", "2", node: "n2", app: "db", owner: "u1"))
        cache.upsert(cm("b", "3", node: "n1", app: "web"))
        #expect(cache.count == 3)
        #expect(cache.list(namespace: "a").map(\.name) == ["1", "2"])
        #expect(cache.list().map(\.name) == ["1", "2", "3"])
        #expect(cache.list(selector: try? LabelSelector(parsing: "app=web")).map(\.name) == ["1", "3"])
        #expect(cache.byIndex("data.node", "n1").map(\.name) == ["1", "3"])
        #expect(cache.byIndex("label:app", "db").map(\.name) == ["2"])
        let owner = TestConfigMap(json: ["metadata": ["namespace": "a", "name": "o", "uid": "u1"]])
        #expect(cache.owned(by: owner).map(\.name) == ["1", "2"])
        // Moving an object re-indexes it.
        cache.upsert(cm("a", "1", node: "n2", app: "web", rv: "2"))
        #expect(cache.byIndex("data.node", "n1").map(\.name) == ["3"])
        #expect(cache.byIndex("data.node", "n2").map(\.name) == ["1", "2"])
        #expect(cache.remove(ObjectKey(namespace: "a", name: "2"))?.name == "2")
        #expect(cache.byIndex("data.node", "n2").map(\.name) == ["1"])
        #expect(cache.get(namespace: "b", name: "3")?.name == "3")
        #expect(cache[ObjectKey(namespace: "a", name: "1")]?.resourceVersion == "2")
        // Replace reports what changed.
        let diff = cache.replace([cm("a", "1", node: "n2", app: "web", rv: "2"), cm("c", "4", node: "n3", app: "x")])
        #expect(diff.added.map(\.name) == ["4"])
        #expect(diff.updated.isEmpty)
        #expect(diff.deleted.map(\.name) == ["3"])
        #expect(cache.indexValues("data.node") == ["n2", "n3"])
        cache.addIndexer(.label("missing"))
        #expect(cache.byIndex("label:missing", "x").isEmpty)
    }
}
