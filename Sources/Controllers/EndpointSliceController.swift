import API
import APIMachinery
import Client
import Foundation
import Logging

/// Publishes the pods behind every Service with a selector as `discovery.k8s.io/v1` EndpointSlices
/// (at most 100 endpoints each, one address type per slice, ports resolved per pod), labelled
/// `kubernetes.io/service-name` and managed by `endpointslice-controller.k8s.io`.
public struct EndpointSliceController: ManagedController, Reconciler {
    public static let controllerName = "endpointslice"
    public var name: String { Self.controllerName }
    public static let serviceNameLabel = "kubernetes.io/service-name"
    public static let managedByLabel = "endpointslice.kubernetes.io/managed-by"
    public static let managedByValue = "endpointslice-controller.k8s.io"
    public static let triggerTimeAnnotation = "endpoints.kubernetes.io/last-change-trigger-time"
    public static let zoneLabel = "topology.kubernetes.io/zone"
    public static let maxEndpointsPerSlice = 100

    let client: APIClient
    let services: Informer<CoreV1.Service>
    let pods: Informer<CoreV1.Pod>
    let nodes: Informer<CoreV1.Node>
    let slices: Informer<DiscoveryV1.EndpointSlice>
    let queue: WorkQueue<ObjectKey>
    let logger: Logger
    let maxPerSlice: Int

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.init(client: client, informers: informers, logger: logger, maxEndpointsPerSlice: Self.maxEndpointsPerSlice)
    }

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger, maxEndpointsPerSlice: Int) {
        self.client = client
        services = informers.informer(CoreV1.Service.self)
        pods = informers.informer(CoreV1.Pod.self)
        nodes = informers.informer(CoreV1.Node.self)
        slices = informers.informer(DiscoveryV1.EndpointSlice.self)
        queue = WorkQueue(name: "endpointslice")
        self.logger = logger
        maxPerSlice = max(1, maxEndpointsPerSlice)
    }

    // MARK: Shared decisions (also used by the Endpoints controller)

    /// The Service's selector; nil for a Service without one (its endpoints are managed by hand).
    public static func serviceSelector(_ svc: JSON) -> LabelSelector? {
        guard svc["spec"]["type"].stringValue != "ExternalName",
            case .object(let sel) = svc["spec"]["selector"], !sel.isEmpty
        else { return nil }
        return LabelSelector(matchLabels: sel.compactMapValues(\.stringValue))
    }

    /// Whether a pod is published at all: not finished, has an IP; terminating pods only when `includeTerminating`.
    public static func shouldPublish(_ pod: JSON, includeTerminating: Bool) -> Bool {
        if ControllerKit.isPodTerminal(pod) { return false }
        if podIPs(pod).isEmpty { return false }
        if !includeTerminating && ControllerKit.isBeingDeleted(pod) { return false }
        return true
    }

    static func podIPs(_ pod: JSON) -> [String] {
        var ips = (pod["status"]["podIPs"].arrayValue ?? []).compactMap { $0["ip"].stringValue }.filter { !$0.isEmpty }
        if ips.isEmpty, let ip = pod["status"]["podIP"].stringValue, !ip.isEmpty { ips = [ip] }
        return ips
    }

    /// The port a Service port reaches on `pod` (its `targetPort` number, or the container port of
    /// that name); nil when the pod has no port of that name.
    public static func resolveTargetPort(_ servicePort: JSON, pod: JSON) -> Int64? {
        let target = servicePort["targetPort"]
        if let n = target.intValue { return n }
        if let name = target.stringValue {
            if let n = Int64(name) { return n }
            let proto = servicePort["protocol"].stringValue ?? "TCP"
            for c in pod["spec"]["containers"].arrayValue ?? [] {
                for p in c["ports"].arrayValue ?? [] where p["name"].stringValue == name && (p["protocol"].stringValue ?? "TCP") == proto {
                    return p["containerPort"].intValue
                }
            }
            return nil
        }
        return servicePort["port"].intValue
    }

    /// The ports of the Service as they apply to `pod` (ports whose target the pod lacks are left out).
    public static func endpointPorts(_ svc: JSON, pod: JSON) -> [JSON] {
        (svc["spec"]["ports"].arrayValue ?? []).compactMap { sp in
            guard let port = resolveTargetPort(sp, pod: pod) else { return nil }
            var p: JSON = ["port": .int(port), "protocol": .string(sp["protocol"].stringValue ?? "TCP")]
            p["name"] = .string(sp["name"].stringValue ?? "")
            if let ap = sp["appProtocol"].stringValue { p["appProtocol"] = .string(ap) }
            return p
        }
    }

    static func hostname(_ svc: JSON, _ pod: JSON) -> String? {
        guard let h = pod["spec"]["hostname"].stringValue, !h.isEmpty,
            pod["spec"]["subdomain"].stringValue == svc["metadata"]["name"].stringValue
        else { return nil }
        return h
    }

    static func targetRef(_ pod: JSON) -> JSON {
        ["kind": "Pod", "namespace": pod["metadata"]["namespace"], "name": pod["metadata"]["name"], "uid": pod["metadata"]["uid"]]
    }

    // MARK: Slice decisions

    /// The address families a Service publishes (`IPv4`, `IPv6`).
    static func addressTypes(_ svc: JSON) -> [String] {
        let families = (svc["spec"]["ipFamilies"].arrayValue ?? []).compactMap(\.stringValue)
        if !families.isEmpty { return families }
        if let ip = svc["spec"]["clusterIP"].stringValue, ip.contains(":") { return ["IPv6"] }
        return ["IPv4"]
    }

    /// One endpoint of a slice for `pod` and address type.
    public static func endpoint(_ svc: JSON, pod: JSON, addressType: String, zones: [String: String]) -> JSON? {
        let ips = podIPs(pod).filter { ($0.contains(":") ? "IPv6" : "IPv4") == addressType }
        guard let ip = ips.first else { return nil }
        let terminating = ControllerKit.isBeingDeleted(pod)
        let publishNotReady = svc["spec"]["publishNotReadyAddresses"].boolValue == true
        let podReady = ControllerKit.isPodReady(pod)
        var e: JSON = [
            "addresses": [.string(ip)],
            "conditions": [
                "ready": .bool(publishNotReady || (podReady && !terminating)),
                "serving": .bool(publishNotReady || podReady),
                "terminating": .bool(terminating),
            ],
            "targetRef": targetRef(pod),
        ]
        if let node = pod["spec"]["nodeName"].stringValue, !node.isEmpty {
            e["nodeName"] = .string(node)
            if let z = zones[node] { e["zone"] = .string(z) }
        }
        if let h = hostname(svc, pod) { e["hostname"] = .string(h) }
        return e
    }

    /// The changes that make the Service's slices publish `pods`.
    public struct SliceChanges: Sendable {
        public var create: [JSON] = []
        public var update: [JSON] = []
        public var delete: [String] = []
    }

    static func portsKey(_ ports: [JSON]) -> String {
        ports.map { "\($0["name"].stringValue ?? "")/\($0["protocol"].stringValue ?? "")/\($0["port"].intValue ?? 0)" }
            .sorted().joined(separator: ",")
    }

    static func endpointKey(_ e: JSON) -> String {
        (e["targetRef"]["uid"].stringValue ?? "") + "|" + (e["addresses"][0].stringValue ?? "")
    }

    /// Computes the slices of `svc` from its pods, reusing `existing` slices where possible.
    public static func reconcileSlices(
        service svc: JSON, pods: [JSON], zones: [String: String], existing: [JSON], maxPerSlice: Int = maxEndpointsPerSlice,
        now: Date = Date()
    ) -> SliceChanges {
        var changes = SliceChanges()
        // Desired endpoints grouped by (address type, ports).
        var groups: [String: (addressType: String, ports: [JSON], endpoints: [String: JSON])] = [:]
        for addressType in addressTypes(svc) {
            for pod in pods where shouldPublish(pod, includeTerminating: true) {
                guard let e = endpoint(svc, pod: pod, addressType: addressType, zones: zones) else { continue }
                let ports = endpointPorts(svc, pod: pod)
                let key = addressType + "#" + portsKey(ports)
                if groups[key] == nil { groups[key] = (addressType, ports, [:]) }
                groups[key]?.endpoints[endpointKey(e)] = e
            }
        }
        var slicesByGroup: [String: [JSON]] = [:]
        var unused: [JSON] = []
        for s in existing {
            let key = (s["addressType"].stringValue ?? "") + "#" + portsKey(s["ports"].arrayValue ?? [])
            if groups[key] != nil { slicesByGroup[key, default: []].append(s) } else { unused.append(s) }
        }
        let trigger = JSON.string(ControllerKit.timestamp(now))
        for key in groups.keys.sorted() {
            guard let group = groups[key] else { continue }
            var remaining = group.endpoints
            var kept: [(slice: JSON, endpoints: [JSON], changed: Bool)] = []
            for s in (slicesByGroup[key] ?? []).sorted(by: { ($0["metadata"]["name"].stringValue ?? "") < ($1["metadata"]["name"].stringValue ?? "") }) {
                var eps: [JSON] = []
                var changed = false
                for e in s["endpoints"].arrayValue ?? [] {
                    let k = endpointKey(e)
                    if let want = remaining.removeValue(forKey: k) {
                        eps.append(want)
                        if want != e { changed = true }
                    } else {
                        changed = true
                    }
                }
                kept.append((s, eps, changed))
            }
            // Place the new endpoints into slices with room, then into new slices.
            var leftovers = remaining.keys.sorted().compactMap { remaining[$0] }
            for i in kept.indices where !leftovers.isEmpty {
                let room = maxPerSlice - kept[i].endpoints.count
                guard room > 0 else { continue }
                kept[i].endpoints += leftovers.prefix(room)
                leftovers.removeFirst(min(room, leftovers.count))
                kept[i].changed = true
            }
            for (slice, eps, changed) in kept {
                if eps.isEmpty {
                    if let n = slice["metadata"]["name"].stringValue { changes.delete.append(n) }
                    continue
                }
                var s = slice
                let labelsChanged = s["metadata"]["labels"] != .object(sliceLabels(svc))
                guard changed || labelsChanged || s["ports"] != .array(group.ports) else { continue }
                s["endpoints"] = .array(eps)
                s["ports"] = .array(group.ports)
                s[path: ["metadata", "labels"]] = .object(sliceLabels(svc))
                if changed { s[path: ["metadata", "annotations", triggerTimeAnnotation]] = trigger }
                changes.update.append(s)
            }
            while !leftovers.isEmpty {
                let chunk = Array(leftovers.prefix(maxPerSlice))
                leftovers.removeFirst(chunk.count)
                changes.create.append(newSlice(svc, addressType: group.addressType, ports: group.ports, endpoints: chunk, trigger: trigger))
            }
        }
        // Slices of groups that no longer exist go; a Service with no endpoints keeps one empty placeholder.
        if groups.isEmpty {
            let addressType = addressTypes(svc).first ?? "IPv4"
            if let placeholder = unused.first(where: { ($0["endpoints"].arrayValue ?? []).isEmpty && ($0["ports"].arrayValue ?? []).isEmpty && $0["addressType"].stringValue == addressType }) {
                unused.removeAll { $0["metadata"]["name"] == placeholder["metadata"]["name"] }
                if placeholder["metadata"]["labels"] != .object(sliceLabels(svc)) {
                    var p = placeholder
                    p[path: ["metadata", "labels"]] = .object(sliceLabels(svc))
                    changes.update.append(p)
                }
            } else {
                changes.create.append(newSlice(svc, addressType: addressType, ports: [], endpoints: [], trigger: nil))
            }
        }
        changes.delete += unused.compactMap { $0["metadata"]["name"].stringValue }
        return changes
    }

    /// The labels of a Service's slices: the Service's own labels plus the service name and manager.
    static func sliceLabels(_ svc: JSON) -> [String: JSON] {
        var labels = svc["metadata"]["labels"].objectValue ?? [:]
        labels["service.kubernetes.io/headless"] = nil
        if svc["spec"]["clusterIP"].stringValue == "None" { labels["service.kubernetes.io/headless"] = "" }
        labels[serviceNameLabel] = svc["metadata"]["name"]
        labels[managedByLabel] = .string(managedByValue)
        return labels
    }

    static func newSlice(_ svc: JSON, addressType: String, ports: [JSON], endpoints: [JSON], trigger: JSON?) -> JSON {
        let svcName = svc["metadata"]["name"].stringValue ?? ""
        var meta: JSON = [
            "name": .string(ControllerKit.generatedName(svcName + "-")),
            "namespace": svc["metadata"]["namespace"],
            "labels": .object(sliceLabels(svc)),
            "ownerReferences": [
                ControllerKit.controllerReference(apiVersion: "v1", kind: "Service", name: svcName, uid: svc["metadata"]["uid"].stringValue ?? "")
            ],
        ]
        if let trigger { meta["annotations"] = [triggerTimeAnnotation: trigger] }
        return [
            "apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "metadata": meta,
            "addressType": .string(addressType), "endpoints": .array(endpoints), "ports": .array(ports),
        ]
    }

    /// Zones of nodes, from their `topology.kubernetes.io/zone` label.
    static func zones(_ nodes: [CoreV1.Node]) -> [String: String] {
        var z: [String: String] = [:]
        for n in nodes { if let zone = n.labels[zoneLabel] { z[n.name] = zone } }
        return z
    }

    // MARK: Reconcile

    public func reconcile(_ key: ObjectKey) async throws {
        let mine = slices.list(namespace: key.namespace).filter {
            $0.labels[Self.serviceNameLabel] == key.name && $0.labels[Self.managedByLabel] == Self.managedByValue
        }.map(\.json)
        guard let svc = services.cache[key], !ControllerKit.isBeingDeleted(svc.json), let selector = Self.serviceSelector(svc.json) else {
            // No Service (or no selector): its managed slices go.
            for s in mine { try await deleteSlice(s["metadata"]["name"].stringValue ?? "", namespace: key.namespace) }
            return
        }
        let podList = pods.list(namespace: key.namespace, selector: selector).map(\.json)
        let changes = Self.reconcileSlices(
            service: svc.json, pods: podList, zones: Self.zones(nodes.list()), existing: mine, maxPerSlice: maxPerSlice)
        let path = ResourcePath(DiscoveryV1.EndpointSlice.self, namespace: key.namespace)
        for s in changes.create {
            do { _ = try await client.create(path, s) } catch where ControllerKit.isAlreadyExists(error) {}
              catch let e as APIError where e.code == 403 || e.code == 404 { return }
        }
        for s in changes.update {
            do { _ = try await client.update(path, s) } catch where ControllerKit.isNotFound(error) {}
        }
        for n in changes.delete { try await deleteSlice(n, namespace: key.namespace) }
    }

    func deleteSlice(_ name: String, namespace: String) async throws {
        do {
            try await client.delete(ResourcePath(DiscoveryV1.EndpointSlice.self, namespace: namespace, name: name))
        } catch where ControllerKit.isNotFound(error) {}
    }

    public func run() async {
        let queue = self.queue
        let services = self.services
        let h1 = services.addEventHandler(
            onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, n in queue.add(ObjectKey(n)) },
            onDelete: { queue.add(ObjectKey($0)) })
        let podChanged: @Sendable (CoreV1.Pod?, CoreV1.Pod) -> Void = { old, new in
            for svc in services.list(namespace: new.namespace) {
                guard let sel = Self.serviceSelector(svc.json) else { continue }
                if sel.matches(new.labels) || (old.map { sel.matches($0.labels) } ?? false) { queue.add(ObjectKey(svc)) }
            }
        }
        let h2 = pods.addEventHandler(
            onAdd: { podChanged(nil, $0) }, onUpdate: { old, new in podChanged(old, new) }, onDelete: { podChanged(nil, $0) })
        let sliceChanged: @Sendable (DiscoveryV1.EndpointSlice) -> Void = { s in
            if s.labels[Self.managedByLabel] == Self.managedByValue, let svc = s.labels[Self.serviceNameLabel] {
                queue.add(ObjectKey(namespace: s.namespace, name: svc))
            }
        }
        let h3 = slices.addEventHandler(onUpdate: { _, n in sliceChanged(n) }, onDelete: sliceChanged)
        defer {
            services.removeEventHandler(h1)
            pods.removeEventHandler(h2)
            slices.removeEventHandler(h3)
        }
        guard await services.waitForSync(), await pods.waitForSync(), await nodes.waitForSync(), await slices.waitForSync()
        else { return }
        await ControllerRunner(name: name, queue: queue, reconciler: self, workers: 4, logger: logger).run()
    }
}
