import APIMachinery
import Testing
@testable import APIServer

/// Bad input gets a clear Status with the upstream reason and code, and never writes anything.
@Suite("REST errors")
struct RESTErrorTests {
    @Test func errorsHaveUpstreamShapes() async throws {
        let s = try await InProcessServer()
        let cms = "/api/v1/namespaces/default/configmaps"

        let anon = await s.call(.GET, cms, user: nil)
        #expect(anon.status == 401)
        #expect(anon.json["reason"] == "Unauthorized")
        #expect(await s.call(.GET, "/healthz", user: nil).status == 200)
        #expect(await s.call(.GET, "/version", user: nil).json["gitCommit"].stringValue != nil)

        let malformed = await s.call(.POST, cms, body: "{\"apiVersion\": ")
        #expect(malformed.status == 400)
        #expect(malformed.json["kind"] == "Status")
        #expect(malformed.json["reason"] == "BadRequest")

        let badYAML = await s.call(.POST, cms, body: "a: [b\n c: : d", contentType: "application/yaml")
        #expect(badYAML.status == 400)

        let wrongType = await s.call(.POST, cms, body: "{}", contentType: "text/plain")
        #expect(wrongType.status == 415)
        #expect(wrongType.json["reason"] == "UnsupportedMediaType")

        let tooBig = await s.call(.POST, cms, body: "{}", tooLarge: true)
        #expect(tooBig.status == 413)

        let unknown = await s.call(.GET, "/api/v1/namespaces/default/widgets")
        #expect(unknown.status == 404)
        #expect(await s.call(.GET, "/apis/nope.example.com/v1").status == 404)

        let invalid = await s.call(.POST, "/apis/apps/v1/namespaces/default/deployments", body: """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"Bad_Name"},"spec":{"replicas":-1,
             "selector":{"matchLabels":{"a":"b"}},"template":{"metadata":{"labels":{"a":"b"}},"spec":{"containers":[{"name":"c"}]}}}}
            """)
        #expect(invalid.status == 422)
        #expect(invalid.json["reason"] == "Invalid")
        let fields = Set((invalid.json["details"]["causes"].arrayValue ?? []).compactMap { $0["field"].stringValue })
        #expect(fields.isSuperset(of: ["metadata.name", "spec.replicas", "spec.template.spec.containers[0].image"]))

        let strict = await s.call(.POST, cms + "?fieldValidation=Strict", body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"bogus":1,"data":{"a":"b"}}"#)
        #expect(strict.status == 400)
        #expect(strict.json["message"].stringValue?.contains("unknown field \"bogus\"") == true)
        let warn = await s.call(.POST, cms + "?fieldValidation=Warn", body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"bogus":1}"#)
        #expect(warn.status == 201)
        #expect(warn.headers.first(name: "warning")?.contains("unknown field \\\"bogus\\\"") == true)
        #expect(warn.json["bogus"].isNull)

        // Nothing of the failed requests was stored: only the warned configmap exists.
        let list = await s.call(.GET, cms)
        #expect(list.json["items"].arrayValue?.count == 1)

        let dup = await s.call(.POST, cms, body: configMap("x"))
        #expect(dup.status == 409)
        #expect(dup.json["reason"] == "AlreadyExists")
        #expect(dup.json["message"] == "configmaps \"x\" already exists")

        let missing = await s.call(.GET, cms + "/nope")
        #expect(missing.status == 404)
        #expect(missing.json["message"] == "configmaps \"nope\" not found")
        #expect(missing.json["details"]["kind"] == "configmaps")

        let noNamespace = await s.call(.POST, "/api/v1/namespaces/ghost/configmaps", body: configMap("y"))
        #expect(noNamespace.status == 404)
        #expect(noNamespace.json["message"] == "namespaces \"ghost\" not found")
        await s.shutdown()
    }
}
