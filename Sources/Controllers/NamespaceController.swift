import API
import APIMachinery
import Client
import Foundation
import Logging

/// Empties namespaces that are being deleted, then releases them: deletes every namespaced object
/// of every served resource, reports progress in the namespace's conditions, and once nothing is
/// left removes the `kubernetes` finalizer through `namespaces/<ns>/finalize` (the API server then
/// deletes the namespace when no other finalizer holds it).
public struct NamespaceController: ManagedController, Reconciler {
    public static let controllerName = "namespace"
    public var name: String { Self.controllerName }
    /// The spec finalizer this controller owns.
    public static let finalizer = "kubernetes"

    let client: APIClient
    let namespaces: Informer<CoreV1.Namespace>
    let queue: WorkQueue<ObjectKey>
    let logger: Logger
    /// How long to wait before checking again on content that is still going away.
    let recheckInterval: Duration

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.init(client: client, informers: informers, logger: logger, recheckInterval: .seconds(2))
    }

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger, recheckInterval: Duration) {
        self.client = client
        namespaces = informers.informer(CoreV1.Namespace.self)
        queue = WorkQueue(name: "namespace")
        self.logger = logger
        self.recheckInterval = recheckInterval
    }

    // MARK: Decisions

    /// What remains in a namespace after a deletion pass.
    public struct Remaining: Sendable, Hashable {
        /// Count of objects left, by resource (`pods`, `deployments.apps`).
        public var objects: [String: Int] = [:]
        /// Count of objects carrying each finalizer.
        public var finalizers: [String: Int] = [:]
        public init(objects: [String: Int] = [:], finalizers: [String: Int] = [:]) {
            self.objects = objects
            self.finalizers = finalizers
        }
        public var isEmpty: Bool { objects.values.allSatisfy { $0 == 0 } }
    }

    /// The namespace deletion conditions upstream reports, for a pass that had these failures and left this content.
    public static func deletionConditions(
        discoveryFailures: [String], deletionFailures: [String], remaining: Remaining, existing: [JSON], now: Date
    ) -> [JSON] {
        var conditions = existing
        func set(_ type: String, _ failing: Bool, _ okReason: String, _ okMessage: String, _ badReason: String, _ badMessage: String) {
            ControllerKit.setCondition(
                &conditions, type: type, status: failing ? "True" : "False", reason: failing ? badReason : okReason,
                message: failing ? badMessage : okMessage, now: now)
        }
        set(
            "NamespaceDeletionDiscoveryFailure", !discoveryFailures.isEmpty, "ResourcesDiscovered",
            "All resources successfully discovered", "DiscoveryFailed",
            "Discovery failed for some groups, \(discoveryFailures.count) failing: \(discoveryFailures.sorted().joined(separator: ", "))")
        set(
            "NamespaceDeletionGroupVersionParsingFailure", false, "ParsedGroupVersions",
            "All legacy kube types successfully parsed", "GroupVersionParsingFailed", "")
        set(
            "NamespaceDeletionContentFailure", !deletionFailures.isEmpty, "ContentDeleted",
            "All content successfully deleted, may be waiting on finalization", "ContentDeletionFailed",
            "Failed to delete all resource types, \(deletionFailures.count) remaining: \(deletionFailures.sorted().joined(separator: ", "))")
        let left = remaining.objects.filter { $0.value > 0 }
        set(
            "NamespaceContentRemaining", !left.isEmpty, "ContentRemoved", "All content successfully removed",
            "SomeResourcesRemain",
            "Some resources are remaining: "
                + left.keys.sorted().map { "\($0) has \(left[$0] ?? 0) resource instances" }.joined(separator: ", "))
        let fins = remaining.finalizers.filter { $0.value > 0 }
        set(
            "NamespaceFinalizersRemaining", !fins.isEmpty, "ContentHasNoFinalizers",
            "All content-preserving finalizers finished", "SomeFinalizersRemain",
            "Some content in the namespace has finalizers remaining: "
                + fins.keys.sorted().map { "\($0) in \(fins[$0] ?? 0) resource instances" }.joined(separator: ", "))
        return conditions
    }

    /// The resources a namespace deletion must empty: namespaced, listable and deletable.
    public static func deletableResources(_ all: [DiscoveredResource]) -> [DiscoveredResource] {
        var seen = Set<String>()
        return all.filter { r in
            guard r.namespaced, r.verbs.contains("list"), r.verbs.contains("delete") || r.verbs.contains("deletecollection")
            else { return false }
            // One version per group/resource (the preferred one comes first in discovery).
            return seen.insert(r.group + "/" + r.resource).inserted
        }
    }

    /// `spec.finalizers` without this controller's finalizer.
    public static func finalizedSpec(_ ns: JSON) -> [JSON] {
        (ns["spec"]["finalizers"].arrayValue ?? []).filter { $0.stringValue != finalizer }
    }

    // MARK: Reconcile

    public func reconcile(_ key: ObjectKey) async throws {
        guard let cached = namespaces.get(name: key.name) else { return }
        let ns = cached.json
        guard ControllerKit.isBeingDeleted(ns) else { return }
        guard (ns["spec"]["finalizers"].arrayValue ?? []).contains(.string(Self.finalizer)) else { return }

        var discoveryFailures: [String] = []
        var resources: [DiscoveredResource]
        do {
            let found = try await ResourceDiscovery.discover(client)
            resources = Self.deletableResources(found.resources)
            discoveryFailures = found.failed
        } catch {
            discoveryFailures = ["discovery: \(error)"]
            resources = []
        }

        var deletionFailures: [String] = []
        var remaining = Remaining()
        for r in resources {
            do {
                let left = try await deleteContent(of: r, in: key.name)
                if !left.isEmpty {
                    remaining.objects[r.description] = left.count
                    for o in left {
                        for f in ControllerKit.finalizers(o) { remaining.finalizers[f, default: 0] += 1 }
                    }
                }
            } catch {
                if let e = error as? APIError, e.code == 404 || e.code == 405 { continue }
                deletionFailures.append("\(r.description): \(error)")
            }
        }

        let conditions = Self.deletionConditions(
            discoveryFailures: discoveryFailures, deletionFailures: deletionFailures, remaining: remaining,
            existing: ns["status"]["conditions"].arrayValue ?? [], now: Date())
        if !Self.sameConditions(conditions, ns["status"]["conditions"].arrayValue ?? []) {
            var updated = ns
            updated[path: ["status", "conditions"]] = .array(conditions)
            do {
                _ = try await client.updateStatus(ResourcePath(CoreV1.Namespace.self, name: key.name), updated)
            } catch where ControllerKit.isNotFound(error) {
                return
            } catch where ControllerKit.isConflict(error) {
                // The informer brings the newer version; the requeue below retries.
            }
        }

        guard discoveryFailures.isEmpty, deletionFailures.isEmpty, remaining.isEmpty else {
            throw RequeueAfter(recheckInterval)
        }
        try await finalize(key.name)
    }

    /// Deletes the objects of one resource in a namespace and returns those still present afterwards.
    func deleteContent(of r: DiscoveredResource, in namespace: String) async throws -> [JSON] {
        let collection = r.path(namespace: namespace)
        if r.verbs.contains("deletecollection") {
            _ = try await client.send(.DELETE, path: collection.path, body: ["kind": "DeleteOptions", "apiVersion": "v1", "propagationPolicy": "Background"])
        } else {
            let list = try await client.list(collection)
            for item in list["items"].arrayValue ?? [] where !ControllerKit.isBeingDeleted(item) {
                guard let name = item["metadata"]["name"].stringValue else { continue }
                do {
                    try await client.delete(r.path(namespace: namespace, name: name), propagationPolicy: .background)
                } catch where ControllerKit.isNotFound(error) {}
            }
        }
        return try await client.list(collection)["items"].arrayValue ?? []
    }

    /// Removes this controller's finalizer from `spec.finalizers` through the `finalize` subresource.
    func finalize(_ name: String) async throws {
        let path = ResourcePath(CoreV1.Namespace.self, name: name)
        var ns: JSON
        do { ns = try await client.get(path) } catch where ControllerKit.isNotFound(error) { return }
        guard (ns["spec"]["finalizers"].arrayValue ?? []).contains(.string(Self.finalizer)) else { return }
        ns[path: ["spec", "finalizers"]] = .array(Self.finalizedSpec(ns))
        do {
            _ = try await client.update(path.named(name, subresource: "finalize"), ns)
            logger.info("namespace finalized", metadata: ["namespace": "\(name)"])
        } catch where ControllerKit.isNotFound(error) {}
    }

    static func sameConditions(_ a: [JSON], _ b: [JSON]) -> Bool {
        func strip(_ c: [JSON]) -> [JSON] {
            c.map { var x = $0; x["lastTransitionTime"] = .null; return x }
                .sorted { ($0["type"].stringValue ?? "") < ($1["type"].stringValue ?? "") }
        }
        return strip(a) == strip(b)
    }

    public func run() async {
        let queue = self.queue
        let handler = namespaces.addEventHandler(
            onAdd: { ns in if ControllerKit.isBeingDeleted(ns.json) { queue.add(ObjectKey(name: ns.name)) } },
            onUpdate: { _, ns in if ControllerKit.isBeingDeleted(ns.json) { queue.add(ObjectKey(name: ns.name)) } })
        defer { namespaces.removeEventHandler(handler) }
        guard await namespaces.waitForSync() else { return }
        await ControllerRunner(name: name, queue: queue, reconciler: self, workers: 2, logger: logger).run()
    }
}
