import APIMachinery
import Store
import Testing
@testable import APIServer

@Suite("REST semantics")
struct RESTSemanticsTests {
    @Test func optimisticConcurrencyAndGeneration() async throws {
        let s = try await InProcessServer()
        let base = "/apis/apps/v1/namespaces/default/deployments"
        let dep = #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"selector":{"matchLabels":{"a":"b"}},"template":{"metadata":{"labels":{"a":"b"}},"spec":{"containers":[{"name":"c","image":"busybox"}]}}},"status":{"replicas":9}}"#
        let created = await s.call(.POST, base, body: dep)
        #expect(created.status == 201)
        #expect(created.json["metadata"]["generation"] == 1)
        #expect(created.json["status"].isNull || created.json["status"]["replicas"].isNull, "status is reset on create")
        #expect(created.json["spec"]["replicas"] == 1)
        #expect(created.json["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"] == "Always")
        let rv = created.json["metadata"]["resourceVersion"].stringValue ?? ""

        var updated = created.json
        updated[path: ["spec", "replicas"]] = 3
        updated[path: ["status", "replicas"]] = 7
        let u = await s.call(.PUT, base + "/d", body: updated.serializedString())
        #expect(u.status == 200)
        #expect(u.json["metadata"]["generation"] == 2)
        #expect(u.json["status"]["replicas"].isNull, "the main resource ignores status")

        let stale = await s.call(.PUT, base + "/d", body: updated.serializedString())
        #expect(stale.status == 409)
        #expect(stale.json["reason"] == "Conflict")
        #expect(stale.json["message"].stringValue?.contains("the object has been modified") == true)
        _ = rv

        // /status changes only status; generation stays.
        var st = u.json
        st[path: ["status", "replicas"]] = 3
        st[path: ["spec", "replicas"]] = 50
        let su = await s.call(.PUT, base + "/d/status", body: st.serializedString())
        #expect(su.status == 200)
        #expect(su.json["status"]["replicas"] == 3)
        #expect(su.json["spec"]["replicas"] == 3)
        #expect(su.json["metadata"]["generation"] == 2)

        // /scale reads and writes spec.replicas.
        let scale = await s.call(.GET, base + "/d/scale")
        #expect(scale.json["kind"] == "Scale")
        #expect(scale.json["apiVersion"] == "autoscaling/v1")
        #expect(scale.json["spec"]["replicas"] == 3)
        #expect(scale.json["status"]["selector"] == "a=b")
        let sp = await s.call(.PATCH, base + "/d/scale", body: #"{"spec":{"replicas":6}}"#, contentType: "application/merge-patch+json")
        #expect(sp.status == 200)
        #expect(await s.call(.GET, base + "/d").json["spec"]["replicas"] == 6)
        await s.shutdown()
    }

    @Test func finalizersHoldDeletion() async throws {
        let s = try await InProcessServer()
        let cms = "/api/v1/namespaces/default/configmaps"
        let body = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"f","finalizers":["example.com/hold"]}}"#
        #expect(await s.call(.POST, cms, body: body).status == 201)
        let del = await s.call(.DELETE, cms + "/f")
        #expect(del.status == 202)
        #expect(del.json["metadata"]["deletionTimestamp"].stringValue != nil)
        #expect(await s.call(.GET, cms + "/f").status == 200)
        let rm = await s.call(.PATCH, cms + "/f", body: #"{"metadata":{"finalizers":null}}"#, contentType: "application/merge-patch+json")
        #expect(rm.status == 200)
        #expect(await s.call(.GET, cms + "/f").status == 404)
        await s.shutdown()
    }

    @Test func gracefulPodDeletionAndTerminatingNamespace() async throws {
        let s = try await InProcessServer()
        #expect(await s.call(.POST, "/api/v1/namespaces", body: #"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"t"}}"#).status == 201)
        let pod = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"nodeName":"n1","containers":[{"name":"c","image":"busybox"}]}}"#
        let created = await s.call(.POST, "/api/v1/namespaces/t/pods", body: pod)
        #expect(created.status == 201)
        #expect(created.json["status"]["phase"] == "Pending")
        #expect(created.json["spec"]["terminationGracePeriodSeconds"] == 30)
        let del = await s.call(.DELETE, "/api/v1/namespaces/t/pods/p?gracePeriodSeconds=20")
        #expect(del.status == 202)
        #expect(del.json["metadata"]["deletionGracePeriodSeconds"] == 20)
        #expect(await s.call(.GET, "/api/v1/namespaces/t/pods/p").status == 200)
        let now = await s.call(.DELETE, "/api/v1/namespaces/t/pods/p?gracePeriodSeconds=0")
        #expect(now.status == 200)
        #expect(await s.call(.GET, "/api/v1/namespaces/t/pods/p").status == 404)

        let nsDel = await s.call(.DELETE, "/api/v1/namespaces/t")
        #expect(nsDel.status == 202)
        #expect(nsDel.json["status"]["phase"] == "Terminating")
        let refused = await s.call(.POST, "/api/v1/namespaces/t/configmaps", body: configMap("late"))
        #expect(refused.status == 403)
        #expect(refused.json["message"].stringValue?.contains("because it is being terminated") == true)
        await s.shutdown()
    }

    @Test func selectorsAndPagination() async throws {
        let s = try await InProcessServer()
        let cms = "/api/v1/namespaces/default/configmaps"
        for i in 0..<25 {
            #expect(await s.call(.POST, cms, body: configMap("cm-\(i < 10 ? "0" : "")\(i)", labels: ["parity": i % 2 == 0 ? "even" : "odd", "i": "\(i)"])).status == 201)
        }
        #expect(await s.call(.GET, cms + "?labelSelector=parity%3Deven").json["items"].arrayValue?.count == 13)
        #expect(await s.call(.GET, cms + "?labelSelector=parity!%3Deven").json["items"].arrayValue?.count == 12)
        #expect(await s.call(.GET, cms + "?labelSelector=i%20in%20(1,2,3)").json["items"].arrayValue?.count == 3)
        #expect(await s.call(.GET, cms + "?labelSelector=i%20notin%20(1,2,3),parity").json["items"].arrayValue?.count == 22)
        #expect(await s.call(.GET, cms + "?labelSelector=!parity").json["items"].arrayValue?.count == 0)
        #expect(await s.call(.GET, cms + "?fieldSelector=metadata.name%3Dcm-07").json["items"].arrayValue?.count == 1)
        let badField = await s.call(.GET, cms + "?fieldSelector=spec.bogus%3Dx")
        #expect(badField.status == 400)
        #expect(badField.json["message"] == "field label not supported: spec.bogus")

        var names: [String] = []
        var cont = ""
        var pages = 0
        repeat {
            let page = await s.call(.GET, cms + "?limit=10" + (cont.isEmpty ? "" : "&continue=\(cont)"))
            names += (page.json["items"].arrayValue ?? []).compactMap { $0["metadata"]["name"].stringValue }
            cont = page.json["metadata"]["continue"].stringValue ?? ""
            pages += 1
        } while !cont.isEmpty && pages < 10
        #expect(pages == 3)
        #expect(names == names.sorted())
        #expect(names.count == 25)

        let exact = await s.call(.GET, cms + "?resourceVersion=5&resourceVersionMatch=Exact")
        #expect(exact.status == 200)
        #expect(exact.json["metadata"]["resourceVersion"] == "5")
        await s.shutdown()
    }

    @Test func expiredContinueTokenIsGone() async throws {
        var options = SQLiteStore.Options()
        options.minRetainedRevisions = 1
        options.historyRetention = .zero
        options.compactionInterval = nil
        let s = try await InProcessServer(options: options)
        let cms = "/api/v1/namespaces/default/configmaps"
        for i in 0..<6 { _ = await s.call(.POST, cms, body: configMap("c\(i)")) }
        let page = await s.call(.GET, cms + "?limit=2")
        let cont = page.json["metadata"]["continue"].stringValue ?? ""
        #expect(!cont.isEmpty)
        for i in 0..<5 { _ = await s.call(.POST, cms, body: configMap("d\(i)")) }
        try await s.store.compact(revision: try await s.store.currentRevision())
        let gone = await s.call(.GET, cms + "?limit=2&continue=\(cont)")
        #expect(gone.status == 410)
        #expect(gone.json["reason"] == "Expired")
        await s.shutdown()
    }

    @Test func watchFeatures() async throws {
        let s = try await InProcessServer()
        let cms = "/api/v1/namespaces/default/configmaps"
        #expect(await s.call(.POST, cms, body: configMap("a")).status == 201)
        // sendInitialEvents: the current state, then a bookmark marking its end.
        let initial = await s.watch(cms + "?watch=true&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan") { events in
            events.contains { $0["type"] == "BOOKMARK" }
        }
        #expect(initial.first?["type"] == "ADDED")
        #expect(initial.first?["object"]["metadata"]["name"] == "a")
        let end = initial.first { $0["type"] == "BOOKMARK" }
        #expect(end?["object"]["metadata"]["annotations"]["k8s.io/initial-events-end"] == "true")

        // From a resourceVersion: only later changes.
        let rv = await s.call(.GET, cms).json["metadata"]["resourceVersion"].stringValue ?? "0"
        let writer = Task {
            try? await Task.sleep(for: .milliseconds(200))
            _ = await s.call(.POST, cms, body: configMap("b", labels: ["x": "1"]))
            _ = await s.call(.DELETE, cms + "/b")
        }
        let later = await s.watch(cms + "?watch=true&resourceVersion=\(rv)&labelSelector=x%3D1") { $0.count >= 2 }
        _ = await writer.value
        #expect(later.map { $0["type"].stringValue ?? "" } == ["ADDED", "DELETED"])

        // Too old for a freshly started server (its cache starts at the current revision): an ERROR event with a 410 Status.
        let second = try await InProcessServer(reusing: s)
        let tooOld = await second.watch(cms + "?watch=true&resourceVersion=1") { !$0.isEmpty }
        second.api.stop()
        #expect(tooOld.first?["type"] == "ERROR")
        #expect(tooOld.first?["object"]["code"] == 410)
        await s.shutdown()
    }
}
