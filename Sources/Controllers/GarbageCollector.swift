import API
import APIMachinery
import Client
import Foundation
import Logging
import Synchronization

// MARK: - Graph (pure)

/// One owner reference as the garbage collector reads it.
public struct GCOwnerRef: Sendable, Hashable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
    public var blockOwnerDeletion: Bool

    public init(apiVersion: String, kind: String, name: String, uid: String, blockOwnerDeletion: Bool = false) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.blockOwnerDeletion = blockOwnerDeletion
    }

    public init?(json: JSON) {
        guard let uid = json["uid"].stringValue, let kind = json["kind"].stringValue else { return nil }
        self.init(
            apiVersion: json["apiVersion"].stringValue ?? "", kind: kind, name: json["name"].stringValue ?? "", uid: uid,
            blockOwnerDeletion: json["blockOwnerDeletion"].boolValue ?? false)
    }

    public var group: String { apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : "" }
}

/// An object of any resource as a node of the ownership graph.
public struct GCNode: Sendable, Hashable {
    public var uid: String
    public var apiVersion: String
    public var kind: String
    /// The served resource the object was seen under (`group/resource`), used to address it.
    public var resource: DiscoveredResource?
    public var namespace: String
    public var name: String
    public var owners: [GCOwnerRef]
    public var beingDeleted: Bool
    public var finalizers: [String]

    public init(
        uid: String, apiVersion: String, kind: String, resource: DiscoveredResource? = nil, namespace: String, name: String,
        owners: [GCOwnerRef] = [], beingDeleted: Bool = false, finalizers: [String] = []
    ) {
        self.uid = uid
        self.apiVersion = apiVersion
        self.kind = kind
        self.resource = resource
        self.namespace = namespace
        self.name = name
        self.owners = owners
        self.beingDeleted = beingDeleted
        self.finalizers = finalizers
    }

    /// Reads a node from an object's JSON (nil without a uid).
    public init?(json: JSON, resource: DiscoveredResource?) {
        let meta = json["metadata"]
        guard let uid = meta["uid"].stringValue, !uid.isEmpty else { return nil }
        self.init(
            uid: uid, apiVersion: json["apiVersion"].stringValue ?? resource?.apiVersion ?? "",
            kind: json["kind"].stringValue ?? resource?.kind ?? "", resource: resource,
            namespace: meta["namespace"].stringValue ?? "", name: meta["name"].stringValue ?? "",
            owners: (meta["ownerReferences"].arrayValue ?? []).compactMap(GCOwnerRef.init(json:)),
            beingDeleted: !meta["deletionTimestamp"].isNull,
            finalizers: (meta["finalizers"].arrayValue ?? []).compactMap(\.stringValue))
    }

    /// Deleted in the foreground: waits for its blocking dependents to go first.
    public var deletingDependents: Bool { beingDeleted && finalizers.contains(GarbageCollector.foregroundFinalizer) }
    /// Deleted with orphaning: its dependents lose their reference to it first.
    public var orphaningDependents: Bool { beingDeleted && finalizers.contains(GarbageCollector.orphanFinalizer) }
}

/// The ownership graph: every object by uid, and the dependents of every owner uid.
public struct GCGraph: Sendable {
    public private(set) var nodes: [String: GCNode] = [:]
    public private(set) var dependents: [String: Set<String>] = [:]

    public init() {}

    /// Adds or replaces a node; returns the previous version.
    @discardableResult
    public mutating func upsert(_ node: GCNode) -> GCNode? {
        let old = nodes.updateValue(node, forKey: node.uid)
        if let old { for o in old.owners { dependents[o.uid]?.remove(old.uid) } }
        for o in node.owners { dependents[o.uid, default: []].insert(node.uid) }
        return old
    }

    @discardableResult
    public mutating func remove(_ uid: String) -> GCNode? {
        guard let old = nodes.removeValue(forKey: uid) else { return nil }
        for o in old.owners {
            dependents[o.uid]?.remove(uid)
            if dependents[o.uid]?.isEmpty == true { dependents[o.uid] = nil }
        }
        return old
    }

    public func dependentNodes(of uid: String) -> [GCNode] {
        (dependents[uid] ?? []).sorted().compactMap { nodes[$0] }
    }

    /// Dependents that block the deletion of `uid` (`blockOwnerDeletion: true` in their reference to it).
    public func blockingDependents(of uid: String) -> [GCNode] {
        dependentNodes(of: uid).filter { d in d.owners.contains { $0.uid == uid && $0.blockOwnerDeletion } }
    }
}

/// What the garbage collector knows about one owner of a dependent.
public enum GCOwnerState: Sendable, Hashable {
    case exists
    /// Exists and is being deleted in the foreground.
    case deletingDependents
    /// Gone (or replaced by another object with the same name).
    case absent
}

/// What to do with a dependent.
public enum GCDependentAction: Sendable, Hashable {
    case keep
    /// Delete it with this propagation policy.
    case delete(PropagationPolicy)
    /// Remove the references to these (absent) owners and stop blocking these (foreground-deleting) owners.
    case patchOwners(remove: [String], unblock: [String])
}

extension GarbageCollector {
    /// Upstream's `attemptToDeleteItem` decision for a dependent whose owners are in `owners`.
    public static func decide(dependent: GCNode, hasDependents: Bool, owners: [String: GCOwnerState]) -> GCDependentAction {
        if dependent.owners.isEmpty { return .keep }
        if dependent.beingDeleted && !dependent.deletingDependents { return .keep }
        var solid: [GCOwnerRef] = []
        var dangling: [GCOwnerRef] = []
        var waiting: [GCOwnerRef] = []
        for ref in dependent.owners {
            switch owners[ref.uid] ?? .exists {
            case .exists: solid.append(ref)
            case .absent: dangling.append(ref)
            case .deletingDependents: waiting.append(ref)
            }
        }
        if !solid.isEmpty {
            let unblock = waiting.filter(\.blockOwnerDeletion).map(\.uid)
            if dangling.isEmpty && unblock.isEmpty { return .keep }
            return .patchOwners(remove: dangling.map(\.uid), unblock: unblock)
        }
        if dependent.deletingDependents { return .keep }
        if !waiting.isEmpty && hasDependents { return .delete(.foreground) }
        if dependent.finalizers.contains(orphanFinalizer) { return .delete(.orphan) }
        if dependent.finalizers.contains(foregroundFinalizer) { return .delete(.foreground) }
        return .delete(.background)
    }

    /// The owner references of `object` after removing `remove` and unblocking `unblock`.
    public static func patchedOwnerReferences(_ refs: [JSON], remove: Set<String>, unblock: Set<String>) -> [JSON] {
        refs.compactMap { ref in
            guard let uid = ref["uid"].stringValue else { return ref }
            if remove.contains(uid) { return nil }
            if unblock.contains(uid) {
                var r = ref
                r["blockOwnerDeletion"] = false
                return r
            }
            return ref
        }
    }
}

// MARK: - Controller

/// Deletes objects whose owners are gone and carries out foreground and orphan deletion.
///
/// It watches every served resource (except events), keeps the graph of `ownerReferences`, and
/// works through two kinds of items: *attempt to delete* a dependent (delete it once all its owners
/// are gone; drop references to missing owners; for a foreground-deleting owner, delete its
/// dependents and release its `foregroundDeletion` finalizer when no blocking dependent remains)
/// and *orphan* (remove the owner's references from its dependents, then its `orphan` finalizer).
public final class GarbageCollector: ManagedController, Sendable {
    public static let foregroundFinalizer = "foregroundDeletion"
    public static let orphanFinalizer = "orphan"
    /// Resources the collector does not track (as upstream's defaults).
    public static let ignoredResources: Set<String> = ["events", "events.events.k8s.io"]

    public enum Work: Sendable, Hashable {
        case attemptToDelete(String)
        case orphan(String)
    }

    public static let controllerName = "garbagecollector"
    public var name: String { Self.controllerName }
    let client: APIClient
    let logger: Logger
    let queue: WorkQueue<Work>
    let workers: Int
    let rediscoveryInterval: Duration
    private struct State: Sendable {
        var graph = GCGraph()
        var resources: [String: DiscoveredResource] = [:]
        var watchers: [String: Task<Void, Never>] = [:]
        var synced: Set<String> = []
    }
    private let state = Mutex(State())

    public convenience init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.init(client: client, logger: logger)
    }

    public init(client: APIClient, logger: Logger, workers: Int = 4, rediscoveryInterval: Duration = .seconds(30)) {
        self.client = client
        self.logger = logger
        self.workers = workers
        self.rediscoveryInterval = rediscoveryInterval
        queue = WorkQueue(name: "garbagecollector")
    }

    /// True once every watched resource has been listed.
    public var hasSynced: Bool {
        state.withLock { s in !s.resources.isEmpty && s.synced.isSuperset(of: s.resources.keys) }
    }

    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.discoveryLoop() }
            group.addTask {
                // As upstream, act only once the graph holds every resource (or after a minute regardless),
                // so owners not listed yet are not taken for missing ones.
                let start = ContinuousClock.now
                while !self.hasSynced && ContinuousClock.now - start < .seconds(60) {
                    do { try await Task.sleep(for: .milliseconds(100)) } catch { return }
                }
                await ControllerRunner(name: self.name, queue: self.queue, workers: self.workers, logger: self.logger) { work in
                    try await self.process(work)
                }.run()
            }
            await group.waitForAll()
        }
        let tasks = state.withLock { s in Array(s.watchers.values) }
        for t in tasks { t.cancel() }
    }

    // MARK: Watching

    private func discoveryLoop() async {
        while !Task.isCancelled {
            do {
                let found = try await ResourceDiscovery.discover(client)
                syncWatchers(found.resources.filter { r in
                    r.verbs.isSuperset(of: ["list", "watch", "delete"]) && !Self.ignoredResources.contains(r.description)
                }, partial: !found.failed.isEmpty)
            } catch {
                logger.warning("garbage collector discovery failed", metadata: ["error": "\(error)"])
            }
            do { try await Task.sleep(for: rediscoveryInterval) } catch { break }
        }
        queue.shutDown()
    }

    private func syncWatchers(_ resources: [DiscoveredResource], partial: Bool) {
        var seen = Set<String>()
        var unique: [DiscoveredResource] = []
        for r in resources where seen.insert(r.group + "/" + r.resource).inserted { unique.append(r) }
        let wanted = Dictionary(uniqueKeysWithValues: unique.map { ($0.group + "/" + $0.resource, $0) })
        let (toStart, toStop) = state.withLock { s -> ([DiscoveredResource], [(String, Task<Void, Never>)]) in
            let start = wanted.filter { s.resources[$0.key] == nil }.map(\.value)
            var stop: [(String, Task<Void, Never>)] = []
            if !partial {
                for (k, t) in s.watchers where wanted[k] == nil { stop.append((k, t)) }
                for (k, _) in stop {
                    s.watchers[k] = nil
                    s.resources[k] = nil
                    s.synced.remove(k)
                }
            }
            for r in start { s.resources[r.group + "/" + r.resource] = r }
            return (start, stop)
        }
        for (key, task) in toStop {
            task.cancel()
            let removed = state.withLock { s -> [GCNode] in
                let gone = s.graph.nodes.values.filter { n in n.resource.map { $0.group + "/" + $0.resource } == key }
                for n in gone { s.graph.remove(n.uid) }
                return Array(gone)
            }
            for n in removed { enqueueAfterRemoval(n) }
        }
        for r in toStart {
            let key = r.group + "/" + r.resource
            let task = Task { await self.watchLoop(r) }
            state.withLock { $0.watchers[key] = task }
        }
    }

    private func watchLoop(_ r: DiscoveredResource) async {
        let key = r.group + "/" + r.resource
        var backoff: Duration = .milliseconds(500)
        while !Task.isCancelled {
            do {
                // List (in pages), replacing what the graph holds for this resource.
                var items: [JSON] = []
                var token: String?
                var rv = ""
                repeat {
                    let page = try await client.list(r.path(), limit: 500, continue: token)
                    items += page["items"].arrayValue ?? []
                    rv = page["metadata"]["resourceVersion"].stringValue ?? rv
                    let c = page["metadata"]["continue"].stringValue ?? ""
                    token = c.isEmpty ? nil : c
                } while token != nil
                replace(resource: r, key: key, items: items)
                backoff = .milliseconds(500)
                // Watch until the server ends the watch or an error occurs.
                while !Task.isCancelled {
                    let stream = client.watch(r.path(), resourceVersion: rv, timeoutSeconds: Int.random(in: 300...600))
                    for try await event in stream {
                        switch event.type {
                        case .added, .modified:
                            if let n = GCNode(json: event.object, resource: r) { apply(n) }
                        case .deleted:
                            if let n = GCNode(json: event.object, resource: r) { removeNode(n.uid) }
                        case .bookmark: break
                        case .error: throw event.error ?? APIError.internalError("watch error")
                        }
                        if let v = event.resourceVersion, !v.isEmpty { rv = v }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                if !APIError.isGone(error) {
                    if ControllerKit.isNotFound(error) || (error as? APIError)?.code == 405 {
                        // Not listable after all: do not wait for it.
                        _ = state.withLock { $0.synced.insert(key) }
                        return
                    }
                    logger.debug("gc watch failed", metadata: ["resource": "\(r)", "error": "\(error)"])
                    try? await Task.sleep(for: backoff)
                    backoff = min(backoff * 2, .seconds(30))
                }
            }
        }
    }

    private func replace(resource r: DiscoveredResource, key: String, items: [JSON]) {
        let nodes = items.compactMap { GCNode(json: $0, resource: r) }
        let fresh = Set(nodes.map(\.uid))
        let stale = state.withLock { s -> [String] in
            s.synced.insert(key)
            return s.graph.nodes.values.filter { n in
                n.resource.map { $0.group + "/" + $0.resource } == key && !fresh.contains(n.uid)
            }.map(\.uid)
        }
        for uid in stale { removeNode(uid) }
        for n in nodes { apply(n) }
    }

    /// Records a new version of an object and queues the work it calls for.
    func apply(_ node: GCNode) {
        let old = state.withLock { $0.graph.upsert(node) }
        if !node.owners.isEmpty && (old == nil || old?.owners != node.owners || old?.beingDeleted != node.beingDeleted) {
            queue.add(.attemptToDelete(node.uid))
        }
        if node.deletingDependents && (old == nil || old?.deletingDependents == false) {
            for d in state.withLock({ $0.graph.dependentNodes(of: node.uid) }) { queue.add(.attemptToDelete(d.uid)) }
        }
        if node.deletingDependents { queue.add(.attemptToDelete(node.uid)) }
        if node.orphaningDependents { queue.add(.orphan(node.uid)) }
        // A dependent that stopped blocking (or lost an owner) may release a foreground-deleting owner.
        if let old, old.owners != node.owners {
            for o in old.owners { queue.add(.attemptToDelete(o.uid)) }
        }
    }

    func removeNode(_ uid: String) {
        guard let old = state.withLock({ $0.graph.remove(uid) }) else { return }
        enqueueAfterRemoval(old)
    }

    private func enqueueAfterRemoval(_ old: GCNode) {
        let (deps, owners) = state.withLock { s in
            (s.graph.dependentNodes(of: old.uid), old.owners.compactMap { s.graph.nodes[$0.uid] })
        }
        for d in deps { queue.add(.attemptToDelete(d.uid)) }
        for o in owners where o.deletingDependents { queue.add(.attemptToDelete(o.uid)) }
    }

    // MARK: Work

    func process(_ work: Work) async throws {
        switch work {
        case .attemptToDelete(let uid): try await attemptToDelete(uid)
        case .orphan(let uid): try await orphanDependents(uid)
        }
    }

    private func attemptToDelete(_ uid: String) async throws {
        guard let node = state.withLock({ $0.graph.nodes[uid] }) else { return }
        if node.deletingDependents {
            try await processDeletingDependents(node)
            return
        }
        guard !node.owners.isEmpty else { return }
        var states: [String: GCOwnerState] = [:]
        for ref in node.owners { states[ref.uid] = try await ownerState(ref, namespace: node.namespace) }
        let hasDependents = state.withLock { !($0.graph.dependents[uid] ?? []).isEmpty }
        let action = Self.decide(dependent: node, hasDependents: hasDependents, owners: states)
        switch action {
        case .keep:
            return
        case .patchOwners(let remove, let unblock):
            try await mutate(node) { obj in
                let refs = ControllerKit.ownerReferences(obj)
                obj[path: ["metadata", "ownerReferences"]] = .array(
                    Self.patchedOwnerReferences(refs, remove: Set(remove), unblock: Set(unblock)))
                return true
            }
        case .delete(let policy):
            guard let r = node.resource else { return }
            logger.debug("deleting dependent", metadata: ["object": "\(r) \(node.namespace)/\(node.name)", "policy": "\(policy.rawValue)"])
            do {
                try await client.delete(
                    r.path(namespace: node.namespace, name: node.name), propagationPolicy: policy,
                    preconditions: Preconditions(uid: node.uid))
            } catch where ControllerKit.isNotFound(error) || ControllerKit.isConflict(error) {}
        }
    }

    /// A foreground-deleting owner: once no dependent blocks it, drop its `foregroundDeletion` finalizer.
    private func processDeletingDependents(_ node: GCNode) async throws {
        let blocking = state.withLock { $0.graph.blockingDependents(of: node.uid) }
        if blocking.isEmpty {
            try await mutate(node) { obj in
                let fins = ControllerKit.finalizers(obj)
                guard fins.contains(Self.foregroundFinalizer) else { return false }
                obj[path: ["metadata", "finalizers"]] = .array(fins.filter { $0 != Self.foregroundFinalizer }.map(JSON.string))
                return true
            }
            return
        }
        for d in blocking where !d.beingDeleted { queue.add(.attemptToDelete(d.uid)) }
    }

    /// An orphaning owner: remove references to it from all dependents, then its `orphan` finalizer.
    private func orphanDependents(_ uid: String) async throws {
        guard let node = state.withLock({ $0.graph.nodes[uid] }), node.orphaningDependents else { return }
        let deps = state.withLock { $0.graph.dependentNodes(of: uid) }
        for d in deps {
            try await mutate(d) { obj in
                let refs = ControllerKit.ownerReferences(obj)
                let kept = refs.filter { $0["uid"].stringValue != uid }
                guard kept.count != refs.count else { return false }
                obj[path: ["metadata", "ownerReferences"]] = kept.isEmpty ? .null : .array(kept)
                return true
            }
        }
        try await mutate(node) { obj in
            let fins = ControllerKit.finalizers(obj)
            guard fins.contains(Self.orphanFinalizer) else { return false }
            obj[path: ["metadata", "finalizers"]] = .array(fins.filter { $0 != Self.orphanFinalizer }.map(JSON.string))
            return true
        }
    }

    /// Whether an owner exists, asking the API server when the graph does not know it.
    private func ownerState(_ ref: GCOwnerRef, namespace: String) async throws -> GCOwnerState {
        if let n = state.withLock({ $0.graph.nodes[ref.uid] }) {
            return n.deletingDependents ? .deletingDependents : .exists
        }
        guard let r = resourceFor(ref) else {
            // Unknown kind: leave the dependent alone rather than guess.
            return .exists
        }
        do {
            let obj = try await client.get(r.path(namespace: namespace, name: ref.name))
            guard obj["metadata"]["uid"].stringValue == ref.uid else { return .absent }
            if let n = GCNode(json: obj, resource: r) {
                return n.deletingDependents ? .deletingDependents : .exists
            }
            return .exists
        } catch where ControllerKit.isNotFound(error) {
            return .absent
        }
    }

    private func resourceFor(_ ref: GCOwnerRef) -> DiscoveredResource? {
        state.withLock { s in s.resources.values.first { $0.group == ref.group && $0.kind == ref.kind } }
    }

    /// Read-modify-write of one object (retried on conflicts); `change` returns false for no change.
    private func mutate(_ node: GCNode, _ change: (inout JSON) -> Bool) async throws {
        guard let r = node.resource else { return }
        let path = r.path(namespace: node.namespace, name: node.name)
        for _ in 0..<5 {
            var obj: JSON
            do { obj = try await client.get(path) } catch where ControllerKit.isNotFound(error) { return }
            guard obj["metadata"]["uid"].stringValue == node.uid else { return }
            let before = obj
            _ = change(&obj)
            if obj == before { return }
            do {
                _ = try await client.update(path, obj)
                return
            } catch where ControllerKit.isConflict(error) {
                continue
            } catch where ControllerKit.isNotFound(error) {
                return
            }
        }
        throw APIError.internalError("too many conflicts updating \(r) \(node.namespace)/\(node.name)")
    }
}
