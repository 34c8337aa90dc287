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
        #expect(refused.json["details"]["causes"][0]["message"] == "The disruption budget b needs 1 healthy pods and has 1 currently")
        // As upstream, no Retry-After: clients (kubectl drain) retry on their own schedule and honour their timeout.
        #expect(refused.headers["retry-after"].isEmpty)
        #expect(refused.json["details"]["retryAfterSeconds"].isNull)

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

    @Test func budgetNotYetProcessedAsksToRetryLater() async throws {
        let s = try await InProcessServer()
        let pods = "/api/v1/namespaces/default/pods"
        #expect(await s.call(.POST, pods, body: Self.pod).status == 201)
        _ = await s.call(.POST, pods + "/p/binding", body: #"{"target":{"kind":"Node","name":"n1"}}"#)
        var running = await s.call(.GET, pods + "/p").json
        running[path: ["status", "phase"]] = "Running"
        #expect(await s.call(.PUT, pods + "/p/status", body: running.serializedString()).status == 200)
        let pdbs = "/apis/policy/v1/namespaces/default/poddisruptionbudgets"
        #expect(await s.call(.POST, pdbs, body: #"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"b"},"spec":{"minAvailable":1,"selector":{"matchLabels":{"app":"a"}}}}"#).status == 201)
        _ = await s.hubFresh()
        let refused = await s.call(.POST, pods + "/p/eviction", body: #"{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"p"}}"#)
        #expect(refused.status == 429)
        #expect(refused.headers["retry-after"] == ["10"])
        #expect(refused.json["details"]["causes"][0]["message"] == "The disruption budget b is still being processed by the server.")
        await s.shutdown()
    }

    @Test func priorityClassNameResolvesToPriority() async throws {
        let s = try await InProcessServer()
        let pods = "/api/v1/namespaces/default/pods"
        let classes = "/apis/scheduling.k8s.io/v1/priorityclasses"
        #expect(await s.call(.GET, classes + "/system-node-critical").json["value"] == 2_000_001_000)
        #expect(await s.call(.POST, classes, body: #"{"apiVersion":"scheduling.k8s.io/v1","kind":"PriorityClass","metadata":{"name":"high"},"value":1000,"preemptionPolicy":"Never"}"#).status == 201)
        _ = await s.hubFresh()
        func pod(_ name: String, _ spec: String) -> String {
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"\#(name)"},"spec":{\#(spec)"containers":[{"name":"c","image":"busybox"}]}}"#
        }
        let high = await s.call(.POST, pods, body: pod("high", #""priorityClassName":"high","#))
        #expect(high.status == 201)
        #expect(high.json["spec"]["priority"] == 1000)
        #expect(high.json["spec"]["preemptionPolicy"] == "Never")
        let plain = await s.call(.POST, pods, body: pod("plain", ""))
        #expect(plain.json["spec"]["priority"] == 0)
        #expect(plain.json["spec"]["priorityClassName"].isNull)
        let missing = await s.call(.POST, pods, body: pod("missing", #""priorityClassName":"nope","#))
        #expect(missing.status == 403)
        #expect(missing.json["message"] == "pods \"missing\" is forbidden: no PriorityClass with name nope was found")
        let mismatch = await s.call(.POST, pods, body: pod("mismatch", #""priorityClassName":"high","priority":5,"#))
        #expect(mismatch.status == 403)
        #expect(mismatch.json["message"].stringValue?.contains("the integer value of priority (5) must not be provided in pod spec") == true)
        // A global default class applies to pods that name none.
        #expect(await s.call(.POST, classes, body: #"{"apiVersion":"scheduling.k8s.io/v1","kind":"PriorityClass","metadata":{"name":"base"},"value":10,"globalDefault":true}"#).status == 201)
        _ = await s.hubFresh()
        let defaulted = await s.call(.POST, pods, body: pod("defaulted", ""))
        #expect(defaulted.json["spec"]["priority"] == 10)
        #expect(defaulted.json["spec"]["priorityClassName"] == "base")
        await s.shutdown()
    }
}
