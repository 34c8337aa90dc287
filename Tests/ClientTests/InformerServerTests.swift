import APIMachinery
import Foundation
import Synchronization
import Testing

@testable import Client

/// Records what an informer's handlers saw.
final class EventLog: Sendable {
    let entries = Mutex<[String]>([])
    func append(_ s: String) { entries.withLock { $0.append(s) } }
    var all: [String] { entries.withLock { $0 } }
    func contains(_ s: String) -> Bool { entries.withLock { $0.contains(s) } }
}

@Suite(.serialized, .enabled(if: ClientTestServer.isAvailable, "needs .build/debug/apus"))
struct InformerServerTests {
    @Test func syncsAndDeliversAddUpdateDelete() async throws {
        try await withTestServer { _, client in
            _ = try await client.create(TestConfigMap(namespace: "default", name: "before", data: ["v": "0"]))
            let informer = Informer<TestConfigMap>(client: client, namespace: "default", pageSize: 1)
            let log = EventLog()
            informer.addEventHandler(
                onAdd: { log.append("add \($0.name)") },
                onUpdate: { old, new in log.append("update \(new.name) \(old.data["v"] ?? "-")->\(new.data["v"] ?? "-")") },
                onDelete: { log.append("delete \($0.name)") })
            #expect(!informer.hasSynced)
            informer.start()
            #expect(await informer.waitForSync(timeout: .seconds(10)))
            #expect(informer.hasSynced)
            #expect(informer.get(namespace: "default", name: "before")?.data == ["v": "0"])
            #expect(await eventually { log.contains("add before") })

            var cm = try await client.create(TestConfigMap(namespace: "default", name: "x", data: ["v": "1"]))
            #expect(await eventually { informer.get(namespace: "default", name: "x") != nil })
            cm.data = ["v": "2"]
            cm = try await client.update(cm)
            #expect(await eventually { informer.get(namespace: "default", name: "x")?.data == ["v": "2"] })
            try await client.delete(TestConfigMap.self, namespace: "default", name: "x")
            #expect(await eventually { informer.get(namespace: "default", name: "x") == nil })
            #expect(await eventually { log.contains("delete x") })
            #expect(log.all.filter { $0.hasSuffix(" x") || $0.contains(" x ") } == ["add x", "update x 1->2", "delete x"])
            #expect(!informer.lastSyncResourceVersion.isEmpty)
            informer.stop()
        }
    }

    @Test func eventStreamIndexesAndSelectors() async throws {
        try await withTestServer { _, client in
            _ = try await client.create(TestNamespace(name: "other"))
            _ = try await client.create(TestConfigMap(namespace: "default", name: "a", data: ["node": "n1"], labels: ["app": "web"]))
            _ = try await client.create(TestConfigMap(namespace: "other", name: "b", data: ["node": "n2"], labels: ["app": "web"]))
            _ = try await client.create(TestConfigMap(namespace: "other", name: "c", data: ["node": "n1"], labels: ["app": "db"]))

            let all = Informer<TestConfigMap>(client: client, indexers: [.field("data.node")])
            let webOnly = Informer<TestConfigMap>(client: client, labelSelector: "app=web")
            all.start()
            webOnly.start()
            #expect(await all.waitForSync(timeout: .seconds(10)))
            #expect(await webOnly.waitForSync(timeout: .seconds(10)))

            #expect(all.cache.list(namespace: "other").map(\.name) == ["b", "c"])
            #expect(all.cache.byIndex("data.node", "n1").map(\.name) == ["a", "c"])
            #expect(all.cache.list(selector: try LabelSelector(parsing: "app=web")).map(\.name) == ["a", "b"])
            #expect(webOnly.cache.keys.map(\.name).filter { ["a", "b", "c"].contains($0) } == ["a", "b"])
            all.addIndex("byApp") { [$0.labels["app"] ?? ""] }
            #expect(all.cache.byIndex("byApp", "db").map(\.name) == ["c"])

            // A stream replays the cache first, then follows changes.
            let stream = all.events()
            let seen = EventLog()
            let reader = Task {
                for await e in stream {
                    switch e {
                    case .added(let o): seen.append("added \(o.namespace)/\(o.name)")
                    case .updated(_, let o): seen.append("updated \(o.namespace)/\(o.name)")
                    case .deleted(let o): seen.append("deleted \(o.namespace)/\(o.name)")
                    }
                }
                seen.append("finished")
            }
            #expect(await eventually { seen.contains("added other/c") })
            _ = try await client.patch(TestConfigMap.self, namespace: "other", name: "c", type: .merge, ["data": ["node": "n3"]])
            #expect(await eventually { seen.contains("updated other/c") })
            #expect(all.cache.byIndex("data.node", "n3").map(\.name) == ["c"])
            #expect(all.cache.byIndex("data.node", "n1").map(\.name) == ["a"])
            all.stop()
            webOnly.stop()
            #expect(await eventually { seen.contains("finished") }, "streams finish when the informer stops")
            reader.cancel()
        }
    }

    @Test func sharedFactoryHandsOutOneInformerPerKind() async throws {
        try await withTestServer { _, client in
            let factory = SharedInformerFactory(client: client)
            let a = factory.informer(TestConfigMap.self)
            let b = factory.informer(TestConfigMap.self)
            let c = factory.informer(TestConfigMap.self, namespace: "default")
            #expect(a === b)
            #expect(a !== c)
            factory.start()
            #expect(await factory.waitForSync())
            #expect(factory.hasSynced)
            let late = factory.informer(TestNamespace.self)
            #expect(await late.waitForSync(timeout: .seconds(10)), "informers requested after start run at once")
            #expect(late.get(name: "default") != nil)
            factory.shutdown()
        }
    }

    @Test func relistsAfterServerRestart() async throws {
        try await withTestServer { server, client in
            _ = try await client.create(TestConfigMap(namespace: "default", name: "keep"))
            _ = try await client.create(TestConfigMap(namespace: "default", name: "doomed"))
            let informer = Informer<TestConfigMap>(
                client: client, namespace: "default", minBackoff: .milliseconds(100), maxBackoff: .milliseconds(500))
            let log = EventLog()
            informer.addEventHandler(onAdd: { log.append("add \($0.name)") }, onDelete: { log.append("delete \($0.name)") })
            informer.start()
            #expect(await informer.waitForSync(timeout: .seconds(10)))

            try await server.restart()
            // Changes after the restart reach the cache through a new watch or a relist.
            try await client.delete(TestConfigMap.self, namespace: "default", name: "doomed")
            _ = try await client.create(TestConfigMap(namespace: "default", name: "after"))
            #expect(await eventually(timeout: .seconds(30)) {
                informer.get(namespace: "default", name: "after") != nil
                    && informer.get(namespace: "default", name: "doomed") == nil
            })
            #expect(informer.get(namespace: "default", name: "keep") != nil)
            #expect(await eventually { log.contains("delete doomed") && log.contains("add after") })
            informer.stop()
        }
    }

    @Test func resyncRedeliversObjects() async throws {
        try await withTestServer { _, client in
            _ = try await client.create(TestConfigMap(namespace: "default", name: "r"))
            let informer = Informer<TestConfigMap>(client: client, namespace: "default", resyncPeriod: .milliseconds(200))
            let updates = Mutex(0)
            informer.addEventHandler(onUpdate: { old, new in
                if old.name == "r" && old.resourceVersion == new.resourceVersion { updates.withLock { $0 += 1 } }
            })
            informer.start()
            #expect(await informer.waitForSync(timeout: .seconds(10)))
            #expect(await eventually { updates.withLock { $0 } >= 2 })
            informer.stop()
        }
    }

    @Test func controllerPipelineFromInformerToQueue() async throws {
        try await withTestServer { _, client in
            let informer = Informer<TestConfigMap>(client: client, namespace: "default")
            let queue = WorkQueue<ObjectKey>()
            informer.addEventHandler(
                onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, new in queue.add(ObjectKey(new)) },
                onDelete: { queue.add(ObjectKey($0)) })
            // Reconciler: mirror data.want into data.have.
            let runner = ControllerRunner(name: "mirror", queue: queue, workers: 2) { key in
                guard var cm = informer.cache[key] else { return }
                guard let want = cm.data["want"], cm.data["have"] != want else { return }
                cm.data["have"] = want
                _ = try await client.update(cm)
            }
            informer.start()
            let run = Task { await runner.run() }
            #expect(await informer.waitForSync(timeout: .seconds(10)))
            _ = try await client.create(TestConfigMap(namespace: "default", name: "m", data: ["want": "1"]))
            #expect(await eventually {
                (try? await client.get(TestConfigMap.self, namespace: "default", name: "m"))?.data["have"] == "1"
            })
            _ = try await client.patch(TestConfigMap.self, namespace: "default", name: "m", type: .merge, ["data": ["want": "2"]])
            #expect(await eventually {
                (try? await client.get(TestConfigMap.self, namespace: "default", name: "m"))?.data["have"] == "2"
            })
            run.cancel()
            await run.value
            informer.stop()
        }
    }
}

@Suite(.serialized, .enabled(if: ClientTestServer.isAvailable, "needs .build/debug/apus"))
struct LeaderElectorServerTests {
    static func config(_ id: String, release: Bool = true) -> LeaderElectionConfig {
        LeaderElectionConfig(
            namespace: "default", name: "test-lock", identity: id, leaseDuration: .seconds(6),
            renewDeadline: .seconds(4), retryPeriod: .milliseconds(400), releaseOnCancel: release)
    }

    @Test func validatesTimings() async throws {
        let client = try APIClient(config: ClientConfig(server: "https://127.0.0.1:1"))
        defer { Task { try? await client.shutdown() } }
        #expect(throws: ClientError.self) {
            _ = try LeaderElector(client: client, config: LeaderElectionConfig(name: "l", identity: "a", leaseDuration: .seconds(5), renewDeadline: .seconds(5)))
        }
        #expect(throws: ClientError.self) {
            _ = try LeaderElector(client: client, config: LeaderElectionConfig(name: "l", identity: ""))
        }
        let defaults = LeaderElectionConfig(name: "l", identity: "a")
        #expect(defaults.leaseDuration == .seconds(15))
        #expect(defaults.renewDeadline == .seconds(10))
        #expect(defaults.retryPeriod == .seconds(2))
        _ = try LeaderElector(client: client, config: defaults)
    }

    @Test func onlyOneLeadsAndTheOtherTakesOverOnRelease() async throws {
        try await withTestServer { _, client in
            let a = try LeaderElector(client: client, config: Self.config("a"))
            let b = try LeaderElector(client: client, config: Self.config("b"))
            let log = EventLog()
            let runA = Task {
                await a.run(onStartedLeading: { log.append("a started") }, onStoppedLeading: { log.append("a stopped") })
            }
            #expect(await eventually { a.isLeader })
            let runB = Task {
                await b.run(
                    onStartedLeading: { log.append("b started") }, onStoppedLeading: { log.append("b stopped") },
                    onNewLeader: { log.append("b sees \($0)") })
            }
            // b keeps campaigning without winning while a renews.
            try await Task.sleep(for: .seconds(4))
            #expect(a.isLeader)
            #expect(!b.isLeader)
            #expect(b.leader == "a")
            #expect(log.contains("b sees a"))
            #expect(!log.contains("b started"))

            let lease = try await client.get(TestLease.self, namespace: "default", name: "test-lock")
            #expect(lease.json["spec"]["holderIdentity"] == "a")
            #expect(lease.json["spec"]["leaseDurationSeconds"] == 6)
            #expect(lease.json["spec"]["leaseTransitions"] == 0)
            let renew = try #require(lease.json["spec"]["renewTime"].stringValue)
            #expect(renew.count == 27 && renew.hasSuffix("Z") && renew.contains("."))
            #expect(MicroTime.parse(renew) != nil)
            #expect(lease.json["spec"]["acquireTime"].stringValue != nil)

            // a steps down (releasing the lease): b takes over quickly.
            runA.cancel()
            await runA.value
            #expect(log.contains("a stopped"))
            #expect(!a.isLeader)
            let start = ContinuousClock.now
            #expect(await eventually { b.isLeader })
            #expect(ContinuousClock.now - start < .seconds(3), "a released lease is taken without waiting for expiry")
            #expect(await eventually { log.contains("b started") })
            let after = try await client.get(TestLease.self, namespace: "default", name: "test-lock")
            #expect(after.json["spec"]["holderIdentity"] == "b")
            #expect(after.json["spec"]["leaseTransitions"] == 1)
            runB.cancel()
            await runB.value
        }
    }

    @Test func takesOverAnExpiredLeaseAfterLeaseDuration() async throws {
        try await withTestServer { _, client in
            let a = try LeaderElector(client: client, config: Self.config("a", release: false))
            let b = try LeaderElector(client: client, config: Self.config("b"))
            let runA = Task { await a.run(onStartedLeading: {}) }
            #expect(await eventually { a.isLeader })
            let leading = Mutex(false)
            let runB = Task {
                await b.run(onStartedLeading: {
                    leading.withLock { $0 = true }
                    // Leading work runs until leadership ends.
                    while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(50)) }
                    leading.withLock { $0 = false }
                })
            }
            try await Task.sleep(for: .seconds(1))
            // a dies without releasing: b waits for the lease to expire (6 s after its last change).
            runA.cancel()
            await runA.value
            let start = ContinuousClock.now
            #expect(await eventually(timeout: .seconds(15)) { b.isLeader })
            let waited = ContinuousClock.now - start
            #expect(waited >= .seconds(1), "b must wait for the lease to expire, waited \(waited)")
            #expect(await eventually { leading.withLock { $0 } })
            let lease = try await client.get(TestLease.self, namespace: "default", name: "test-lock")
            #expect(lease.json["spec"]["holderIdentity"] == "b")

            // Someone else overwrites the lease: b notices and stops leading.
            var stolen = lease
            stolen.json[path: ["spec", "holderIdentity"]] = "intruder"
            stolen.json[path: ["spec", "leaseDurationSeconds"]] = 60
            _ = try await client.update(stolen)
            await runB.value
            #expect(!b.isLeader)
            #expect(await eventually { !leading.withLock { $0 } }, "leading work is cancelled when leadership ends")
        }
    }
}
