import APIMachinery
import Foundation
import Synchronization
import Testing

@testable import Client

/// APIClient against a real `apus server`.
@Suite(.serialized, .enabled(if: ClientTestServer.isAvailable, "needs .build/debug/apus"))
struct APIClientServerTests {
    @Test func typedCRUD() async throws {
        try await withTestServer { _, client in
            let created = try await client.create(
                TestConfigMap(namespace: "default", name: "one", data: ["a": "1"], labels: ["app": "web"]))
            #expect(created.name == "one")
            #expect(!created.uid.isEmpty)
            #expect(!created.resourceVersion.isEmpty)

            var got = try await client.get(TestConfigMap.self, namespace: "default", name: "one")
            #expect(got.data == ["a": "1"])
            #expect(got.json["kind"] == "ConfigMap")

            _ = try await client.create(TestConfigMap(namespace: "default", name: "two", labels: ["app": "db"]))
            let all = try await client.list(TestConfigMap.self, namespace: "default")
            #expect(Set(all.items.map(\.name)).isSuperset(of: ["one", "two"]))
            #expect(!all.resourceVersion.isEmpty)
            #expect(all.items.allSatisfy { $0.json["kind"] == "ConfigMap" })
            let web = try await client.list(TestConfigMap.self, namespace: "default", labelSelector: "app=web")
            #expect(web.items.map(\.name) == ["one"])
            let byField = try await client.list(TestConfigMap.self, fieldSelector: "metadata.name=two")
            #expect(byField.items.map(\.name) == ["two"])

            got.data = ["a": "2"]
            let updated = try await client.update(got)
            #expect(updated.data == ["a": "2"])
            #expect(updated.resourceVersion != got.resourceVersion)

            let merged = try await client.patch(
                TestConfigMap.self, namespace: "default", name: "one", type: .merge, ["data": ["b": "3"]])
            #expect(merged.data == ["a": "2", "b": "3"])
            let strategic = try await client.patch(
                TestConfigMap.self, namespace: "default", name: "one", type: .strategic, ["data": ["c": "4"]])
            #expect(strategic.data["c"] == "4")
            let jsonPatched = try await client.patch(
                TestConfigMap.self, namespace: "default", name: "one", type: .json,
                [["op": "remove", "path": "/data/a"]])
            #expect(jsonPatched.data == ["b": "3", "c": "4"])
            let applied = try await client.apply(
                TestConfigMap(namespace: "default", name: "applied", data: ["x": "y"]), fieldManager: "client-tests")
            #expect(applied.data == ["x": "y"])
            #expect(applied.json["metadata"]["managedFields"][0]["manager"] == "client-tests")

            let deleted = try await client.delete(TestConfigMap.self, namespace: "default", name: "one")
            #expect(deleted == nil || deleted?.name == "one")
            await #expect(throws: APIError.self) { _ = try await client.get(TestConfigMap.self, namespace: "default", name: "one") }
            do {
                _ = try await client.get(TestConfigMap.self, namespace: "default", name: "one")
            } catch let e as APIError {
                #expect(e.isNotFound)
                #expect(e.code == 404)
                #expect(e.message == "configmaps \"one\" not found")
            }
        }
    }

    @Test func clusterScopedAndNamespaceDefaulting() async throws {
        try await withTestServer { _, client in
            let ns = try await client.create(TestNamespace(name: "team-a"))
            #expect(ns.name == "team-a")
            #expect(ns.namespace == "")
            // No namespace in the object or the call: the client's default namespace.
            let cm = try await client.create(TestConfigMap(json: ["metadata": ["name": "defaulted"]]))
            #expect(cm.namespace == "default")
            _ = try await client.create(TestConfigMap(namespace: "team-a", name: "in-a"))
            let everywhere = try await client.list(TestConfigMap.self)
            #expect(Set(everywhere.items.map { ObjectKey($0) }).isSuperset(of: [
                ObjectKey(namespace: "default", name: "defaulted"), ObjectKey(namespace: "team-a", name: "in-a"),
            ]))
        }
    }

    @Test func errorsAreDecoded() async throws {
        try await withTestServer { _, client in
            let first = try await client.create(TestConfigMap(namespace: "default", name: "c", data: ["v": "1"]))
            do {
                _ = try await client.create(TestConfigMap(namespace: "default", name: "c"))
                Issue.record("duplicate create succeeded")
            } catch let e as APIError {
                #expect(e.isAlreadyExists)
                #expect(e.code == 409)
                #expect(e.name == "c")
            }
            var current = first
            current.data = ["v": "2"]
            _ = try await client.update(current)
            var stale = first
            stale.data = ["v": "3"]
            do {
                _ = try await client.update(stale)
                Issue.record("stale update succeeded")
            } catch let e as APIError {
                #expect(e.isConflict)
                #expect(!e.isAlreadyExists)
                #expect(e.code == 409)
                #expect(e.reason == "Conflict")
                #expect(e.message.contains("the object has been modified"))
            }
            // Delete preconditions are checked by the server.
            do {
                try await client.delete(
                    TestConfigMap.self, namespace: "default", name: "c", preconditions: Preconditions(uid: "wrong-uid"))
                Issue.record("delete with a wrong uid precondition succeeded")
            } catch let e as APIError {
                #expect(e.isConflict)
            }
            // Invalid objects.
            do {
                _ = try await client.create(TestConfigMap(namespace: "default", name: "Not_Valid"))
                Issue.record("invalid name accepted")
            } catch let e as APIError {
                #expect(e.isInvalid)
                #expect(e.code == 422)
            }
        }
    }

    @Test func paginatedLists() async throws {
        try await withTestServer { _, client in
            for i in 0..<7 { _ = try await client.create(TestConfigMap(namespace: "default", name: "p\(i)", labels: ["page": "yes"])) }
            let page1 = try await client.list(TestConfigMap.self, namespace: "default", labelSelector: "page=yes", limit: 3)
            #expect(page1.items.count == 3)
            let token = try #require(page1.continueToken)
            let page2 = try await client.list(
                TestConfigMap.self, namespace: "default", labelSelector: "page=yes", limit: 3, continue: token)
            #expect(page2.items.count == 3)
            #expect(Set(page1.items.map(\.name)).isDisjoint(with: page2.items.map(\.name)))
            let all = try await client.listAll(TestConfigMap.self, namespace: "default", labelSelector: "page=yes", pageSize: 2)
            #expect(all.items.map(\.name).sorted() == (0..<7).map { "p\($0)" })
            #expect(all.continueToken == nil)
        }
    }

    @Test func rawAndGenericRequests() async throws {
        try await withTestServer { _, client in
            let version = try await client.request(.GET, path: "/version")
            #expect(version.status == 200)
            #expect(try version.json()["gitVersion"].stringValue != nil)
            let missing = try await client.request(.GET, path: "/api/v1/namespaces/default/configmaps/nope")
            #expect(missing.status == 404)
            #expect(missing.error?.isNotFound == true)

            let path = ResourcePath(resource: "configmaps", namespace: "default")
            let obj: JSON = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "g"], "data": ["k": "v"]]
            let created = try await client.create(path, obj)
            #expect(created["metadata"]["name"] == "g")
            var fetched = try await client.get(path.named("g"))
            fetched["data"] = ["k": "w"]
            let updated = try await client.update(path, fetched)
            #expect(updated["data"]["k"] == "w")
            let list = try await client.list(path, fieldSelector: "metadata.name=g")
            #expect(list["items"].arrayValue?.count == 1)
            let status = try await client.delete(path.named("g"), propagationPolicy: .background, gracePeriodSeconds: 0)
            #expect(status["kind"] == "Status" || status["metadata"]["name"] == "g")
            await #expect(throws: APIError.self) { _ = try await client.get(path.named("g")) }
            await #expect(throws: ClientError.self) { _ = try await client.get(path) }
        }
    }

    @Test func watchStreamsChanges() async throws {
        try await withTestServer { _, client in
            let start = try await client.list(TestConfigMap.self, namespace: "default")
            let stream = client.watch(TestConfigMap.self, namespace: "default", resourceVersion: start.resourceVersion)
            let collected = Mutex<[(WatchEvent<TestConfigMap>.EventType, String, [String: String])]>([])
            let reader = Task {
                for try await e in stream where e.type != .bookmark {
                    collected.withLock { $0.append((e.type, e.object.name, e.object.data)) }
                    if e.type == .deleted { return }
                }
            }
            var cm = try await client.create(TestConfigMap(namespace: "default", name: "w", data: ["n": "1"]))
            cm.data = ["n": "2"]
            _ = try await client.update(cm)
            try await client.delete(TestConfigMap.self, namespace: "default", name: "w")
            let ok = await eventually { collected.withLock { $0.count >= 3 } }
            reader.cancel()
            #expect(ok)
            let events = collected.withLock { $0 }
            #expect(events.map(\.0) == [.added, .modified, .deleted])
            #expect(events.map(\.1) == ["w", "w", "w"])
            #expect(events[1].2 == ["n": "2"])

            // A raw watch of one object by name, starting from the current state.
            _ = try await client.create(TestConfigMap(namespace: "default", name: "solo"))
            _ = try await client.create(TestConfigMap(namespace: "default", name: "other"))
            let raw = client.watch(ResourcePath(resource: "configmaps", namespace: "default", name: "solo"), resourceVersion: "0")
            var first: WatchEvent<JSON>?
            for try await e in raw where e.type != .bookmark {
                first = e
                break
            }
            #expect(first?.type == .added)
            #expect(first?.object["metadata"]["name"] == "solo")
        }
    }

    @Test func watchEndsAtTimeoutAndReportsTooOldVersions() async throws {
        try await withTestServer { _, client in
            let start = ContinuousClock.now
            let stream = client.watch(ResourcePath(resource: "configmaps", namespace: "default"), timeoutSeconds: 1)
            for try await _ in stream {}
            #expect(ContinuousClock.now - start < .seconds(10))

            // Push the watch window past the first revisions, then ask for revision 1.
            for i in 0..<5 { _ = try await client.create(TestConfigMap(namespace: "default", name: "t\(i)")) }
            let typed = client.watch(TestConfigMap.self, namespace: "default", resourceVersion: "1", timeoutSeconds: 2)
            do {
                for try await _ in typed {}
            } catch let e as APIError {
                #expect(e.isGone)
            }
        }
    }

    @Test func worksOverHTTP2() async throws {
        try await withTestServer { server, _ in
            var config = try ClientConfig.load(kubeconfig: server.kubeconfig)
            config.httpVersion = .automatic
            config.qps = 200
            config.burst = 20
            let client = try APIClient(config: config)
            do {
                let start = try await client.list(TestConfigMap.self, namespace: "default")
                let stream = client.watch(TestConfigMap.self, namespace: "default", resourceVersion: start.resourceVersion)
                let names = Mutex<[String]>([])
                let reader = Task {
                    for try await e in stream where e.type == .added { names.withLock { $0.append(e.object.name) } }
                }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for i in 0..<30 {
                        group.addTask { _ = try await client.create(TestConfigMap(namespace: "default", name: "h\(i)")) }
                    }
                    try await group.waitForAll()
                }
                #expect(await eventually { names.withLock { $0.count } == 30 })
                reader.cancel()
                try await client.shutdown()
            } catch {
                try? await client.shutdown()
                throw error
            }
        }
    }

    @Test func manyConcurrentRequestsAndWatches() async throws {
        try await withTestServer { _, client in
            // Open watches must not starve ordinary requests.
            let watches = (0..<20).map { _ in
                Task {
                    for try await _ in client.watch(ResourcePath(resource: "configmaps", namespace: "default"), timeoutSeconds: 30) {}
                }
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<50 {
                    group.addTask {
                        _ = try await client.create(TestConfigMap(namespace: "default", name: "c\(i)"))
                    }
                }
                try await group.waitForAll()
            }
            let list = try await client.list(TestConfigMap.self, namespace: "default")
            #expect(list.items.count >= 50)
            for w in watches { w.cancel() }
        }
    }
}
