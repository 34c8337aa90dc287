import API
import APIMachinery
import Client
import Foundation
import Logging

/// Deletes pods nobody else will: finished pods beyond a threshold (oldest first), pods bound to
/// nodes that no longer exist, terminating pods that were never scheduled, and terminating pods on
/// out-of-service nodes.
public struct PodGCController: ManagedController {
    public static let controllerName = "podgc"
    public var name: String { Self.controllerName }
    public static let defaultTerminatedPodThreshold = 12_500
    public static let outOfServiceTaint = "node.kubernetes.io/out-of-service"

    let client: APIClient
    let pods: Informer<CoreV1.Pod>
    let nodes: Informer<CoreV1.Node>
    let logger: Logger
    /// Finished pods kept before the oldest are deleted (<= 0: never).
    public let terminatedPodThreshold: Int
    public let period: Duration
    /// How long a node must be missing before its pods count as orphaned.
    public let quarantine: Duration

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.init(client: client, informers: informers, logger: logger, terminatedPodThreshold: Self.defaultTerminatedPodThreshold)
    }

    public init(
        client: APIClient, informers: SharedInformerFactory, logger: Logger, terminatedPodThreshold: Int,
        period: Duration = .seconds(20), quarantine: Duration = .seconds(40)
    ) {
        self.client = client
        pods = informers.informer(CoreV1.Pod.self)
        nodes = informers.informer(CoreV1.Node.self)
        self.logger = logger
        self.terminatedPodThreshold = terminatedPodThreshold
        self.period = period
        self.quarantine = quarantine
    }

    /// Why a pod is collected.
    public enum Reason: String, Sendable, Hashable {
        case terminatedOverThreshold
        case orphaned
        case unscheduledTerminating
        case terminatingOutOfService
    }

    public struct Victim: Sendable, Hashable {
        public var key: ObjectKey
        public var reason: Reason
        /// Whether the pod is not finished yet (it is marked Failed before deletion).
        public var running: Bool
    }

    /// The pods to delete, given the pods and the nodes that exist (and those out of service).
    public static func victims(
        pods: [JSON], nodes: Set<String>, outOfServiceNodes: Set<String> = [], threshold: Int
    ) -> [Victim] {
        var out: [Victim] = []
        var seen = Set<ObjectKey>()
        func add(_ p: JSON, _ r: Reason) {
            let key = ObjectKey(namespace: p["metadata"]["namespace"].stringValue ?? "", name: p["metadata"]["name"].stringValue ?? "")
            if seen.insert(key).inserted { out.append(Victim(key: key, reason: r, running: !ControllerKit.isPodTerminal(p))) }
        }
        if threshold > 0 {
            let terminated = pods.filter(ControllerKit.isPodTerminal)
            if terminated.count > threshold {
                let oldest = terminated.sorted {
                    ($0["metadata"]["creationTimestamp"].stringValue ?? "", $0["metadata"]["name"].stringValue ?? "")
                        < ($1["metadata"]["creationTimestamp"].stringValue ?? "", $1["metadata"]["name"].stringValue ?? "")
                }
                for p in oldest.prefix(terminated.count - threshold) { add(p, .terminatedOverThreshold) }
            }
        }
        for p in pods {
            let node = p["spec"]["nodeName"].stringValue ?? ""
            if node.isEmpty {
                if ControllerKit.isBeingDeleted(p) { add(p, .unscheduledTerminating) }
            } else if !nodes.contains(node) {
                add(p, .orphaned)
            } else if ControllerKit.isBeingDeleted(p) && outOfServiceNodes.contains(node) {
                add(p, .terminatingOutOfService)
            }
        }
        return out
    }

    static func outOfService(_ node: CoreV1.Node) -> Bool {
        let taints = node.json["spec"]["taints"].arrayValue ?? []
        let ready = (node.json["status"]["conditions"].arrayValue ?? []).first { $0["type"].stringValue == "Ready" }
        return taints.contains { $0["key"].stringValue == outOfServiceTaint && $0["effect"].stringValue == "NoExecute" }
            && ready?["status"].stringValue != "True"
    }

    /// One collection pass.
    public func collect() async {
        let allNodes = nodes.list()
        let nodeNames = Set(allNodes.map(\.name))
        let oos = Set(allNodes.filter(Self.outOfService).map(\.name))
        let victims = Self.victims(
            pods: pods.list().map(\.json), nodes: nodeNames, outOfServiceNodes: oos, threshold: terminatedPodThreshold)
        var missingNodes: [String: Bool] = [:]
        for v in victims {
            guard let pod = pods.cache[v.key] else { continue }
            if v.reason == .orphaned {
                // Make sure the node is really gone (the cache may be behind).
                let node = pod.json["spec"]["nodeName"].stringValue ?? ""
                if missingNodes[node] == nil {
                    do {
                        _ = try await client.get(ResourcePath(CoreV1.Node.self, name: node))
                        missingNodes[node] = false
                    } catch {
                        missingNodes[node] = ControllerKit.isNotFound(error)
                    }
                }
                guard missingNodes[node] == true else { continue }
            }
            do {
                if v.running && (v.reason == .orphaned || v.reason == .terminatingOutOfService) {
                    try await markFailed(pod.json, message: v.reason == .orphaned ? "PodGC: node no longer exists" : "PodGC: node is out of service")
                }
                try await client.delete(
                    ResourcePath(CoreV1.Pod.self, namespace: v.key.namespace, name: v.key.name),
                    gracePeriodSeconds: v.reason == .terminatedOverThreshold ? nil : 0,
                    preconditions: Preconditions(uid: pod.uid))
                logger.info("garbage-collected pod", metadata: ["pod": "\(v.key)", "reason": "\(v.reason.rawValue)"])
            } catch {
                if !ControllerKit.isNotFound(error) && !ControllerKit.isConflict(error) {
                    logger.warning("pod GC failed", metadata: ["pod": "\(v.key)", "error": "\(error)"])
                }
            }
        }
    }

    /// Marks a pod Failed with a `DisruptionTarget` condition before deleting it, as upstream does.
    func markFailed(_ pod: JSON, message: String) async throws {
        var updated = pod
        var conditions = pod["status"]["conditions"].arrayValue ?? []
        ControllerKit.setCondition(
            &conditions, type: "DisruptionTarget", status: "True", reason: "DeletionByPodGC", message: message, now: Date())
        updated[path: ["status", "conditions"]] = .array(conditions)
        updated[path: ["status", "phase"]] = "Failed"
        do {
            _ = try await client.updateStatus(
                ResourcePath(CoreV1.Pod.self, namespace: pod["metadata"]["namespace"].stringValue, name: pod["metadata"]["name"].stringValue),
                updated)
        } catch where ControllerKit.isConflict(error) {}
    }

    public func run() async {
        guard await pods.waitForSync(), await nodes.waitForSync() else { return }
        // Give nodes that registered late a chance before their pods count as orphans.
        do { try await Task.sleep(for: quarantine) } catch { return }
        while !Task.isCancelled {
            await collect()
            do { try await Task.sleep(for: period) } catch { return }
        }
    }
}
