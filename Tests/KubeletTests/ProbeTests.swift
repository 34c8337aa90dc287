import APIMachinery
@testable import Kubelet
import Testing

@Suite struct ProbeTests {
    @Test func probesAreParsedWithDefaultsAndNamedPorts() throws {
        let container: JSON = [
            "name": "c", "ports": [["name": "http", "containerPort": 8080]],
            "readinessProbe": ["httpGet": ["path": "/healthz", "port": "http"], "periodSeconds": 2, "successThreshold": 2],
            "livenessProbe": ["tcpSocket": ["port": 8080], "successThreshold": 5],
            "startupProbe": ["exec": ["command": ["cat", "/ok"]], "failureThreshold": 30],
        ]
        let readiness = try #require(Probe.parse(.readiness, container: container))
        #expect(readiness.action == .httpGet(scheme: "http", host: nil, port: 8080, path: "/healthz", headers: [:]))
        #expect(readiness.periodSeconds == 2 && readiness.successThreshold == 2 && readiness.timeoutSeconds == 1 && readiness.failureThreshold == 3)
        let liveness = try #require(Probe.parse(.liveness, container: container))
        #expect(liveness.action == .tcpSocket(host: nil, port: 8080))
        #expect(liveness.successThreshold == 1)
        #expect(Probe.parse(.startup, container: container)?.action == .exec(["cat", "/ok"]))
        #expect(Probe.parse(.readiness, container: ["name": "x"]) == nil)
    }

    @Test func verdictsFollowTheThresholds() throws {
        let probe = try #require(Probe.parse(.readiness, container: ["readinessProbe": ["exec": ["command": ["true"]], "successThreshold": 2, "failureThreshold": 2]]))
        var verdict = ProbeVerdict(kind: .readiness)
        #expect(!verdict.passing)
        let r1 = verdict.record(success: true, probe: probe)
        #expect(!r1)
        let r2 = verdict.record(success: true, probe: probe)
        #expect(r2)
        #expect(verdict.passing)
        let r3 = verdict.record(success: false, probe: probe)
        #expect(!r3)
        let r4 = verdict.record(success: false, probe: probe)
        #expect(r4)
        #expect(!verdict.passing)

        let liveness = try #require(Probe.parse(.liveness, container: ["livenessProbe": ["exec": ["command": ["true"]], "failureThreshold": 1]]))
        var alive = ProbeVerdict(kind: .liveness)
        #expect(alive.passing)
        let r5 = alive.record(success: false, probe: liveness)
        #expect(r5)
        #expect(!alive.passing)
    }
}
