import APIMachinery
import Testing
@testable import APIServer

@Suite("pod subresources")
struct PodSubresourceTests {
    static let pod = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"app":"a"}},"spec":{"containers":[{"name":"c","image":"busybox"}]}}"#

    @Test func bindingAssignsTheNodeOnce() async throws {
        let s = try await InProcessServer()
        let pods = "/api/v1/namespaces/default/pods"
        #expect(await s.call(.POST, pods, body: Self.pod).status == 201)
        let bind = await s.call(.POST, pods + "/p/binding", body: #"{"apiVersion":"v1","kind":"Binding","metadata":{"name":"p"},"target":{"kind":"Node","name":"n1"}}"#)
        #expect(bind.status == 201)
        #expect(bind.json["status"] == "Success")
        let got = await s.call(.GET, pods + "/p")
        #expect(got.json["spec"]["nodeName"] == "n1")
        #expect(got.json["status"]["conditions"][0]["type"] == "PodScheduled")
        #expect(got.json["status"]["conditions"][0]["status"] == "True")
        let again = await s.call(.POST, pods + "/p/binding", body: #"{"target":{"kind":"Node","name":"n2"}}"#)
        #expect(again.status == 409)
        #expect(again.json["message"].stringValue?.contains("is already assigned to node \"n1\"") == true)
        await s.shutdown()
    }

    @Test func evictionRespectsDisruptionBudgets() async throws {
        let s = try await InProcessServer()
        let pods = "/api/v1/namespaces/default/pods"
        #expect(await s.call(.POST, pods, body: Self.pod).status == 201)
        var running = await s.call(.GET, pods + "/p").json
        running[path: ["spec", "nodeName"]] = "n1"
        _ = await s.call(.POST, pods + "/p/binding", body: #"{"target":{"kind":"Node","name":"n1"}}"#)
        running = await s.call(.GET, pods + "/p").json
        running[path: ["status", "phase"]] = "Running"
        #expect(await s.call(.PUT, pods + "/p/status", body: running.serializedString()).status == 200)
        let pdbs = "/apis/policy/v1/namespaces/default/poddisruptionbudgets"
        let created = await s.call(.POST, pdbs, body: #"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"b"},"spec":{"minAvailable":1,"selector":{"matchLabels":{"app":"a"}}}}"#)
        #expect(created.status == 201)
        var pdb = created.json
        pdb["status"] = ["observedGeneration": 1, "disruptionsAllowed": 0, "currentHealthy": 1, "desiredHealthy": 1, "expectedPods": 1]
        #expect(await s.call(.PUT, pdbs + "/b/status", body: pdb.serializedString()).status == 200)
        _ = await s.hubFresh()
        let evict = #"{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"p","namespace":"default"}}"#
        let refused = await s.call(.POST, pods + "/p/eviction", body: evict)
        #expect(refused.status == 429)
        #expect(refused.json["message"] == "Cannot evict pod as it would violate the pod's disruption budget.")
        #expect(refused.json["details"]["causes"][0]["reason"] == "DisruptionBudget")

        pdb = await s.call(.GET, pdbs + "/b").json
        pdb[path: ["status", "disruptionsAllowed"]] = 1
        #expect(await s.call(.PUT, pdbs + "/b/status", body: pdb.serializedString()).status == 200)
        _ = await s.hubFresh()
        let ok = await s.call(.POST, pods + "/p/eviction", body: evict)
        #expect(ok.status == 201)
        let after = await s.call(.GET, pods + "/p")
        #expect(after.json["metadata"]["deletionTimestamp"].stringValue != nil)
        #expect(await s.call(.GET, pdbs + "/b").json["status"]["disruptionsAllowed"] == 0)
        await s.shutdown()
    }
}
