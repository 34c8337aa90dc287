import APIMachinery
import Foundation
import Testing
@testable import Controllers

@Suite("node lifecycle decisions")
struct NodeHealthTests {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    static func node(ready: String, heartbeat: Date) -> JSON {
        [
            "metadata": ["name": "n1"],
            "status": ["conditions": [[
                "type": "Ready", "status": .string(ready), "lastHeartbeatTime": .string(ControllerKit.timestamp(heartbeat)),
            ]]],
        ]
    }

    @Test func silentNodeBecomesUnknownAfterGracePeriod() {
        let n = Self.node(ready: "True", heartbeat: Self.t0)
        let lease: JSON = ["spec": ["renewTime": .string(ControllerKit.timestamp(Self.t0.addingTimeInterval(30)))]]
        let hb = NodeHealth.lastHeartbeat(node: n, lease: lease, parse: ControllerKit.parseTime)
        #expect(hb == Self.t0.addingTimeInterval(30))
        let started = Self.t0.addingTimeInterval(-100)
        #expect(NodeHealth.state(node: n, lastHeartbeat: hb, now: Self.t0.addingTimeInterval(60), gracePeriod: 40, startedAt: started) == .ready)
        #expect(NodeHealth.state(node: n, lastHeartbeat: hb, now: Self.t0.addingTimeInterval(71), gracePeriod: 40, startedAt: started) == .unknown)
        // A controller that just started gives the node a full grace period first.
        #expect(NodeHealth.state(node: n, lastHeartbeat: hb, now: Self.t0.addingTimeInterval(71), gracePeriod: 40, startedAt: Self.t0.addingTimeInterval(60)) == .ready)
        #expect(NodeHealth.state(node: Self.node(ready: "False", heartbeat: Self.t0), lastHeartbeat: Self.t0, now: Self.t0, gracePeriod: 40, startedAt: started) == .notReady)
    }

    @Test func taintsFollowTheState() {
        var n = Self.node(ready: "True", heartbeat: Self.t0)
        n[path: ["spec", "taints"]] = [["key": "dedicated", "value": "db", "effect": "NoSchedule"]]
        let unknown = NodeHealth.taints(n, state: .unknown, now: "2027-01-15T08:00:00Z")
        #expect(unknown.map { "\($0["key"].stringValue ?? ""):\($0["effect"].stringValue ?? "")" } ==
                ["dedicated:NoSchedule", "node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"])
        #expect(unknown[2]["timeAdded"] == "2027-01-15T08:00:00Z")
        n[path: ["spec", "taints"]] = .array(unknown)
        let recovered = NodeHealth.taints(n, state: .ready, now: "later")
        #expect(recovered.count == 1)
        let conditions = NodeHealth.unknownConditions(n, now: "x")
        #expect(conditions[0]["status"] == "Unknown")
        #expect(conditions[0]["reason"] == "NodeStatusUnknown")
    }

    @Test func evictionHonoursTolerationSeconds() {
        let taint: JSON = ["key": "node.kubernetes.io/unreachable", "effect": "NoExecute", "timeAdded": .string(ControllerKit.timestamp(Self.t0))]
        let untolerating: JSON = ["spec": ["tolerations": []]]
        #expect(NodeHealth.evictionTime(pod: untolerating, taints: [taint], now: Self.t0, parse: ControllerKit.parseTime) == Self.t0)
        let fiveSeconds: JSON = ["spec": ["tolerations": [["key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 5]]]]
        #expect(NodeHealth.evictionTime(pod: fiveSeconds, taints: [taint], now: Self.t0, parse: ControllerKit.parseTime) == Self.t0.addingTimeInterval(5))
        let forever: JSON = ["spec": ["tolerations": [["operator": "Exists"]]]]
        #expect(NodeHealth.evictionTime(pod: forever, taints: [taint], now: Self.t0, parse: ControllerKit.parseTime) == nil)
        let noSchedule: JSON = ["key": "x", "effect": "NoSchedule"]
        #expect(NodeHealth.evictionTime(pod: untolerating, taints: [noSchedule], now: Self.t0, parse: ControllerKit.parseTime) == nil)
    }

    @Test func podsOnAnUnknownNodeTurnNotReady() {
        let ready: JSON = ["status": ["conditions": [
            ["type": "Initialized", "status": "True"], ["type": "Ready", "status": "True"],
        ]]]
        let updated = NodeHealth.podConditionsNotReady(ready, now: "2027-01-15T08:00:00Z")
        #expect(updated?[0]["status"] == "True")
        #expect(updated?[1]["status"] == "False")
        #expect(updated?[1]["reason"] == "NodeNotReady")
        #expect(updated?[1]["lastTransitionTime"] == "2027-01-15T08:00:00Z")
        let notReady: JSON = ["status": ["conditions": [["type": "Ready", "status": "False"]]]]
        #expect(NodeHealth.podConditionsNotReady(notReady, now: "x") == nil)
    }
}
