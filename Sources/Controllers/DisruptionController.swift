import API
import APIMachinery
import Client
import Foundation
import Logging

/// Keeps the status of every PodDisruptionBudget: how many selected pods are healthy, how many
/// must be, how many are expected (from the scale of the pods' controllers), and so how many
/// voluntary disruptions (evictions) are allowed now.
public struct DisruptionController: ManagedController, Reconciler {
    public static let controllerName = "disruption"
    public var name: String { Self.controllerName }
    /// How long an eviction's entry in `status.disruptedPods` is trusted without the pod going away.
    public static let deletionTimeout: TimeInterval = 120

    let client: APIClient
    let pdbs: Informer<PolicyV1.PodDisruptionBudget>
    let pods: Informer<CoreV1.Pod>
    let replicaSets: Informer<AppsV1.ReplicaSet>
    let deployments: Informer<AppsV1.Deployment>
    let statefulSets: Informer<AppsV1.StatefulSet>
    let replicationControllers: Informer<CoreV1.ReplicationController>
    let queue: WorkQueue<ObjectKey>
    let logger: Logger

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.client = client
        pdbs = informers.informer(PolicyV1.PodDisruptionBudget.self)
        pods = informers.informer(CoreV1.Pod.self)
        replicaSets = informers.informer(AppsV1.ReplicaSet.self)
        deployments = informers.informer(AppsV1.Deployment.self)
        statefulSets = informers.informer(AppsV1.StatefulSet.self)
        replicationControllers = informers.informer(CoreV1.ReplicationController.self)
        queue = WorkQueue(name: "disruption")
        self.logger = logger
    }

    // MARK: Decisions

    /// The selector of a PDB (policy/v1: an empty selector selects every pod of the namespace).
    public static func selector(_ pdb: JSON) -> LabelSelector {
        let sel = pdb["spec"]["selector"]
        if sel.isNull { return .nothing }
        return (try? LabelSelector(labelSelector: sel)) ?? .nothing
    }

    static func intOrPercent(_ v: JSON) -> (value: Int, percent: Bool)? {
        if let i = v.intValue { return (Int(i), false) }
        if let s = v.stringValue {
            if s.hasSuffix("%"), let p = Int(s.dropLast()) { return (p, true) }
            if let i = Int(s) { return (i, false) }
        }
        return nil
    }

    public enum ScaleError: Error, Sendable, Hashable { case noController(String), unknownController(String) }

    /// Expected pod count and desired healthy count, as upstream's `getExpectedPodCount`.
    /// `scale` gives the scale of a pod's controller (kind, name) — the same controller is counted once.
    public static func expected(
        pdb: JSON, pods: [JSON], scale: (_ kind: String, _ apiVersion: String, _ name: String) -> Int?
    ) -> Result<(expected: Int, desiredHealthy: Int), ScaleError> {
        func totalScale() -> Result<Int, ScaleError> {
            var seen = Set<String>()
            var total = 0
            for p in pods {
                guard let ref = ControllerKit.controllerRef(p) else {
                    return .failure(.noController(p["metadata"]["name"].stringValue ?? ""))
                }
                let uid = ref["uid"].stringValue ?? ""
                guard seen.insert(uid).inserted else { continue }
                guard let n = scale(ref["kind"].stringValue ?? "", ref["apiVersion"].stringValue ?? "", ref["name"].stringValue ?? "")
                else { return .failure(.unknownController(ref["kind"].stringValue ?? "")) }
                total += n
            }
            return .success(total)
        }
        let spec = pdb["spec"]
        if let maxU = intOrPercent(spec["maxUnavailable"]) {
            switch totalScale() {
            case .failure(let e): return .failure(e)
            case .success(let expected):
                let unavailable = maxU.percent ? Int((Double(maxU.value) * Double(expected) / 100).rounded(.up)) : maxU.value
                return .success((expected, max(0, expected - unavailable)))
            }
        }
        if let minA = intOrPercent(spec["minAvailable"]) {
            if !minA.percent { return .success((pods.count, minA.value)) }
            switch totalScale() {
            case .failure(let e): return .failure(e)
            case .success(let expected):
                return .success((expected, Int((Double(minA.value) * Double(expected) / 100).rounded(.up))))
            }
        }
        return .success((0, 0))
    }

    /// Pods that count as healthy: not being deleted, Ready, and not recently evicted.
    public static func currentHealthy(_ pods: [JSON], disrupted: Set<String>) -> Int {
        pods.filter { p in
            !ControllerKit.isBeingDeleted(p) && ControllerKit.isPodReady(p)
                && !disrupted.contains(p["metadata"]["name"].stringValue ?? "")
        }.count
    }

    /// The PDB status for these pods at `now`, and when to look again (disrupted-pod entries expiring).
    public static func status(
        pdb: JSON, pods: [JSON], now: Date, scale: (_ kind: String, _ apiVersion: String, _ name: String) -> Int?
    ) -> (status: JSON, recheck: TimeInterval?) {
        var status = pdb["status"]
        if status.isNull { status = .object([:]) }
        // disruptedPods: keep entries of pods still present and not deleted, within the timeout.
        let live = Dictionary(pods.map { ($0["metadata"]["name"].stringValue ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        var disrupted: [String: JSON] = [:]
        var recheck: TimeInterval?
        for (name, t) in status["disruptedPods"].objectValue ?? [:] {
            guard let pod = live[name], !ControllerKit.isBeingDeleted(pod), let at = ControllerKit.parseTime(t.stringValue) else { continue }
            let left = at.addingTimeInterval(deletionTimeout).timeIntervalSince(now)
            if left > 0 {
                disrupted[name] = t
                recheck = min(recheck ?? left, left)
            }
        }
        var conditions = status["conditions"].arrayValue ?? []
        let healthy = currentHealthy(pods, disrupted: Set(disrupted.keys))
        switch expected(pdb: pdb, pods: pods, scale: scale) {
        case .failure(let error):
            // As upstream's fail-safe: no disruption allowed while the expectation is unknown.
            status["currentHealthy"] = .int(Int64(healthy))
            status["disruptionsAllowed"] = 0
            ControllerKit.setCondition(
                &conditions, type: "DisruptionAllowed", status: "False", reason: "SyncFailed", message: "\(error)", now: now)
            status["desiredHealthy"] = status["desiredHealthy"].isNull ? 0 : status["desiredHealthy"]
            status["expectedPods"] = status["expectedPods"].isNull ? 0 : status["expectedPods"]
        case .success(let (expectedCount, desired)):
            var allowed = healthy - desired
            if expectedCount <= 0 || allowed <= 0 { allowed = 0 }
            status["currentHealthy"] = .int(Int64(healthy))
            status["desiredHealthy"] = .int(Int64(desired))
            status["expectedPods"] = .int(Int64(expectedCount))
            status["disruptionsAllowed"] = .int(Int64(allowed))
            ControllerKit.setCondition(
                &conditions, type: "DisruptionAllowed", status: allowed > 0 ? "True" : "False",
                reason: allowed > 0 ? "SufficientPods" : "InsufficientPods", message: "", now: now)
        }
        status["disruptedPods"] = disrupted.isEmpty ? .null : .object(disrupted)
        status["conditions"] = .array(conditions)
        if let g = pdb["metadata"]["generation"].intValue { status["observedGeneration"] = .int(g) }
        return (status, recheck)
    }

    /// The scale of a pod's controller from the cached workloads (a ReplicaSet owned by a
    /// Deployment counts with the Deployment's replicas).
    func scale(namespace: String, kind: String, apiVersion: String, name: String) -> Int? {
        switch kind {
        case "ReplicaSet":
            guard let rs = replicaSets.get(namespace: namespace, name: name) else { return nil }
            if let ref = ControllerKit.controllerRef(rs.json), ref["kind"].stringValue == "Deployment",
                let d = deployments.get(namespace: namespace, name: ref["name"].stringValue ?? "")
            {
                return Int(d.json["spec"]["replicas"].intValue ?? 1)
            }
            return Int(rs.json["spec"]["replicas"].intValue ?? 1)
        case "Deployment":
            return deployments.get(namespace: namespace, name: name).map { Int($0.json["spec"]["replicas"].intValue ?? 1) }
        case "StatefulSet":
            return statefulSets.get(namespace: namespace, name: name).map { Int($0.json["spec"]["replicas"].intValue ?? 1) }
        case "ReplicationController":
            return replicationControllers.get(namespace: namespace, name: name).map { Int($0.json["spec"]["replicas"].intValue ?? 1) }
        default:
            return nil
        }
    }

    // MARK: Reconcile

    public func reconcile(_ key: ObjectKey) async throws {
        guard let pdb = pdbs.cache[key] else { return }
        let selected = pods.list(namespace: key.namespace, selector: Self.selector(pdb.json)).map(\.json)
        let (status, recheck) = Self.status(pdb: pdb.json, pods: selected, now: Date()) { kind, apiVersion, name in
            scale(namespace: key.namespace, kind: kind, apiVersion: apiVersion, name: name)
        }
        // Once per change to "no pods" (upstream repeats it on every sync; its recorder folds the repeats).
        let firstSync = pdb.json["status"]["observedGeneration"].isNull
        let hadPods = (pdb.json["status"]["expectedPods"].intValue ?? 0) > 0
        if selected.isEmpty && (firstSync || hadPods) {
            await ControllerKit.recordEvent(client, about: pdb.json, reason: "NoPods", message: "No matching pods found", component: "controllermanager")
        }
        if !NamespaceController.sameConditions(status["conditions"].arrayValue ?? [], pdb.json["status"]["conditions"].arrayValue ?? [])
            || Self.withoutConditions(status) != Self.withoutConditions(pdb.json["status"])
        {
            var updated = pdb.json
            updated["status"] = status
            do {
                _ = try await client.updateStatus(ResourcePath(PolicyV1.PodDisruptionBudget.self, namespace: key.namespace, name: key.name), updated)
            } catch where ControllerKit.isNotFound(error) {
                return
            }
        }
        if let recheck { throw RequeueAfter(.milliseconds(Int64(recheck * 1000) + 100)) }
    }

    static func withoutConditions(_ s: JSON) -> JSON {
        var c = s
        c["conditions"] = .null
        return c
    }

    public func run() async {
        let queue = self.queue
        let pdbs = self.pdbs
        let h1 = pdbs.addEventHandler(onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, n in queue.add(ObjectKey(n)) })
        let podChanged: @Sendable (CoreV1.Pod) -> Void = { pod in
            for pdb in pdbs.list(namespace: pod.namespace) where Self.selector(pdb.json).matches(pod.labels) {
                queue.add(ObjectKey(pdb))
            }
        }
        let h2 = pods.addEventHandler(onAdd: podChanged, onUpdate: { _, n in podChanged(n) }, onDelete: podChanged)
        // Scale changes of workloads change expectations: requeue the namespace's PDBs.
        let byNamespace: @Sendable (String) -> Void = { ns in for pdb in pdbs.list(namespace: ns) { queue.add(ObjectKey(pdb)) } }
        let h3 = replicaSets.addEventHandler(onUpdate: { o, n in if o.json["spec"] != n.json["spec"] { byNamespace(n.namespace) } })
        let h4 = deployments.addEventHandler(onUpdate: { o, n in if o.json["spec"] != n.json["spec"] { byNamespace(n.namespace) } })
        let h5 = statefulSets.addEventHandler(onUpdate: { o, n in if o.json["spec"] != n.json["spec"] { byNamespace(n.namespace) } })
        let h6 = replicationControllers.addEventHandler(onUpdate: { o, n in if o.json["spec"] != n.json["spec"] { byNamespace(n.namespace) } })
        defer {
            pdbs.removeEventHandler(h1)
            pods.removeEventHandler(h2)
            replicaSets.removeEventHandler(h3)
            deployments.removeEventHandler(h4)
            statefulSets.removeEventHandler(h5)
            replicationControllers.removeEventHandler(h6)
        }
        for synced in [await pdbs.waitForSync(), await pods.waitForSync(), await replicaSets.waitForSync(),
                       await deployments.waitForSync(), await statefulSets.waitForSync(), await replicationControllers.waitForSync()]
        where !synced { return }
        await ControllerRunner(name: name, queue: queue, reconciler: self, workers: 2, logger: logger).run()
    }
}
