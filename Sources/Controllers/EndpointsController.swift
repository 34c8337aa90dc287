import API
import APIMachinery
import Client
import Foundation
import Logging

/// Keeps the core/v1 Endpoints object of every Service with a selector: ready pods under
/// `addresses`, the others under `notReadyAddresses`, grouped into subsets by port set.
public struct EndpointsController: ManagedController, Reconciler {
    public static let controllerName = "endpoints"
    public var name: String { Self.controllerName }
    public static let skipMirrorLabel = "endpointslice.kubernetes.io/skip-mirror"
    public static let overCapacityAnnotation = "endpoints.kubernetes.io/over-capacity"
    public static let maxCapacity = 1000

    let client: APIClient
    let services: Informer<CoreV1.Service>
    let pods: Informer<CoreV1.Pod>
    let endpoints: Informer<CoreV1.Endpoints>
    let queue: WorkQueue<ObjectKey>
    let logger: Logger

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.client = client
        services = informers.informer(CoreV1.Service.self)
        pods = informers.informer(CoreV1.Pod.self)
        endpoints = informers.informer(CoreV1.Endpoints.self)
        queue = WorkQueue(name: "endpoints")
        self.logger = logger
    }

    // MARK: Decisions

    /// The `subsets` of a Service's Endpoints for `pods`, packed as upstream does: addresses with
    /// the same ports share a subset; addresses and ports sorted.
    public static func subsets(service svc: JSON, pods: [JSON]) -> [JSON] {
        let publishNotReady = svc["spec"]["publishNotReadyAddresses"].boolValue == true
        var groups: [String: (ports: [JSON], ready: [JSON], notReady: [JSON])] = [:]
        for pod in pods where EndpointSliceController.shouldPublish(pod, includeTerminating: publishNotReady) {
            guard let ip = EndpointSliceController.podIPs(pod).first else { continue }
            var addr: JSON = ["ip": .string(ip), "targetRef": EndpointSliceController.targetRef(pod)]
            if let node = pod["spec"]["nodeName"].stringValue, !node.isEmpty { addr["nodeName"] = .string(node) }
            if let h = EndpointSliceController.hostname(svc, pod) { addr["hostname"] = .string(h) }
            var ports = EndpointSliceController.endpointPorts(svc, pod: pod).map { p -> JSON in
                var q = p
                if q["name"].stringValue == "" { q["name"] = .null }
                return q
            }
            // A Service without ports still lists its addresses.
            ports.sort { ($0["name"].stringValue ?? "", $0["port"].intValue ?? 0) < ($1["name"].stringValue ?? "", $1["port"].intValue ?? 0) }
            if ports.isEmpty && !(svc["spec"]["ports"].arrayValue ?? []).isEmpty { continue }
            let key = EndpointSliceController.portsKey(ports)
            if groups[key] == nil { groups[key] = (ports, [], []) }
            if publishNotReady || (ControllerKit.isPodReady(pod) && !ControllerKit.isBeingDeleted(pod)) {
                groups[key]?.ready.append(addr)
            } else {
                groups[key]?.notReady.append(addr)
            }
        }
        func byIP(_ a: JSON, _ b: JSON) -> Bool { (a["ip"].stringValue ?? "") < (b["ip"].stringValue ?? "") }
        return groups.keys.sorted().compactMap { k in
            guard let g = groups[k] else { return nil }
            var s: JSON = .object([:])
            if !g.ready.isEmpty { s["addresses"] = .array(g.ready.sorted(by: byIP)) }
            if !g.notReady.isEmpty { s["notReadyAddresses"] = .array(g.notReady.sorted(by: byIP)) }
            if !g.ports.isEmpty { s["ports"] = .array(g.ports) }
            return s
        }
    }

    /// The labels of a Service's Endpoints.
    static func labels(_ svc: JSON) -> JSON {
        var l = svc["metadata"]["labels"].objectValue ?? [:]
        l["service.kubernetes.io/headless"] = svc["spec"]["clusterIP"].stringValue == "None" ? "" : nil
        l[skipMirrorLabel] = "true"
        return .object(l)
    }

    /// The Endpoints object to write, or nil when `current` is already right.
    public static func desiredEndpoints(service svc: JSON, pods: [JSON], current: JSON?, now: Date) -> JSON? {
        var subsets = subsets(service: svc, pods: pods)
        var truncated = false
        var total = 0
        for i in subsets.indices {
            for key in ["addresses", "notReadyAddresses"] {
                guard let list = subsets[i][key].arrayValue else { continue }
                let room = max(0, maxCapacity - total)
                if list.count > room {
                    subsets[i][key] = room == 0 ? .null : .array(Array(list.prefix(room)))
                    truncated = true
                }
                total += min(list.count, room)
            }
        }
        let wantLabels = labels(svc)
        if let current, (current["subsets"].arrayValue ?? []) == subsets, current["metadata"]["labels"] == wantLabels,
            (current["metadata"]["annotations"][overCapacityAnnotation].stringValue == "truncated") == truncated
        {
            return nil
        }
        var ep: JSON = current ?? [
            "apiVersion": "v1", "kind": "Endpoints",
            "metadata": ["name": svc["metadata"]["name"], "namespace": svc["metadata"]["namespace"]],
        ]
        ep[path: ["metadata", "labels"]] = wantLabels
        ep[path: ["metadata", "annotations", overCapacityAnnotation]] = truncated ? "truncated" : .null
        if (current?["subsets"].arrayValue ?? []) != subsets {
            ep[path: ["metadata", "annotations", EndpointSliceController.triggerTimeAnnotation]] = .string(ControllerKit.timestamp(now))
        }
        ep["subsets"] = subsets.isEmpty ? .null : .array(subsets)
        return ep
    }

    // MARK: Reconcile

    public func reconcile(_ key: ObjectKey) async throws {
        let path = ResourcePath(CoreV1.Endpoints.self, namespace: key.namespace)
        guard let svc = services.cache[key] else {
            // The Service is gone: so are its Endpoints (unless someone else manages them).
            if let ep = endpoints.cache[key], ep.labels[Self.skipMirrorLabel] == "true" {
                do { try await client.delete(path.named(key.name)) } catch where ControllerKit.isNotFound(error) {}
            }
            return
        }
        guard let selector = EndpointSliceController.serviceSelector(svc.json), !ControllerKit.isBeingDeleted(svc.json) else { return }
        let podList = pods.list(namespace: key.namespace, selector: selector).map(\.json)
        let current = endpoints.cache[key]?.json
        guard let desired = Self.desiredEndpoints(service: svc.json, pods: podList, current: current, now: Date()) else { return }
        do {
            if current == nil {
                _ = try await client.create(path, desired)
            } else {
                _ = try await client.update(path, desired)
            }
        } catch where ControllerKit.isAlreadyExists(error) || ControllerKit.isConflict(error) {
            // The cache was behind: the informer event requeues the Service.
            throw error
        } catch let e as APIError where e.code == 403 || e.code == 404 {
            // Namespace going away.
        }
    }

    public func run() async {
        let queue = self.queue
        let services = self.services
        let h1 = services.addEventHandler(
            onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, n in queue.add(ObjectKey(n)) },
            onDelete: { queue.add(ObjectKey($0)) })
        let podChanged: @Sendable (CoreV1.Pod?, CoreV1.Pod) -> Void = { old, new in
            for svc in services.list(namespace: new.namespace) {
                guard let sel = EndpointSliceController.serviceSelector(svc.json) else { continue }
                if sel.matches(new.labels) || (old.map { sel.matches($0.labels) } ?? false) { queue.add(ObjectKey(svc)) }
            }
        }
        let h2 = pods.addEventHandler(
            onAdd: { podChanged(nil, $0) }, onUpdate: { old, new in podChanged(old, new) }, onDelete: { podChanged(nil, $0) })
        let h3 = endpoints.addEventHandler(onDelete: { queue.add(ObjectKey($0)) })
        defer {
            services.removeEventHandler(h1)
            pods.removeEventHandler(h2)
            endpoints.removeEventHandler(h3)
        }
        guard await services.waitForSync(), await pods.waitForSync(), await endpoints.waitForSync() else { return }
        await ControllerRunner(name: name, queue: queue, reconciler: self, workers: 4, logger: logger).run()
    }
}
