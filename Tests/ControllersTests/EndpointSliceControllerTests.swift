import APIMachinery
import Foundation
import Testing

@testable import Controllers

@Suite struct EndpointSliceControllerTests {
    let svc: JSON = [
        "apiVersion": "v1", "kind": "Service",
        "metadata": ["name": "web", "namespace": "default", "uid": "svc-uid", "labels": ["team": "a"]],
        "spec": [
            "selector": ["app": "web"], "clusterIP": "10.96.0.10", "ipFamilies": ["IPv4"],
            "ports": [
                ["name": "http", "port": 80, "protocol": "TCP", "targetPort": "web"],
                ["name": "metrics", "port": 9090, "protocol": "TCP", "targetPort": 9100],
            ],
        ],
    ]

    func webPod(_ i: Int, ready: Bool = true, deleting: Bool = false, node: String = "node-1") -> JSON {
        LifecycleFixtures.pod(
            "web-\(i)", ready: ready, labels: ["app": "web"], ip: "10.0.\(i / 250).\(i % 250 + 1)", node: node, deleting: deleting,
            ports: [["name": "web", "containerPort": 8080, "protocol": "TCP"]])
    }

    @Test func targetPortsResolveByName() {
        let ports = EndpointSliceController.endpointPorts(svc, pod: webPod(0))
        #expect(ports.map { $0["port"].intValue } == [8080, 9100])
        #expect(ports.map { $0["name"].stringValue } == ["http", "metrics"])
        let noNamedPort = LifecycleFixtures.pod("x", labels: ["app": "web"])
        #expect(EndpointSliceController.endpointPorts(svc, pod: noNamedPort).map { $0["port"].intValue } == [9100])
    }

    @Test func endpointConditions() {
        let ready = EndpointSliceController.endpoint(svc, pod: webPod(0), addressType: "IPv4", zones: ["node-1": "zone-a"])
        #expect(ready?["conditions"] == ["ready": true, "serving": true, "terminating": false])
        #expect(ready?["zone"].stringValue == "zone-a")
        #expect(ready?["nodeName"].stringValue == "node-1")
        #expect(ready?["targetRef"]["name"].stringValue == "web-0")
        #expect(ready?["addresses"] == ["10.0.0.1"])
        let notReady = EndpointSliceController.endpoint(svc, pod: webPod(1, ready: false), addressType: "IPv4", zones: [:])
        #expect(notReady?["conditions"] == ["ready": false, "serving": false, "terminating": false])
        let terminating = EndpointSliceController.endpoint(svc, pod: webPod(2, deleting: true), addressType: "IPv4", zones: [:])
        #expect(terminating?["conditions"] == ["ready": false, "serving": true, "terminating": true])
        #expect(EndpointSliceController.endpoint(svc, pod: webPod(3), addressType: "IPv6", zones: [:]) == nil)
    }

    @Test func slicesHoldAtMostOneHundredEndpoints() {
        let pods = (0..<250).map { webPod($0) }
        let changes = EndpointSliceController.reconcileSlices(service: svc, pods: pods, zones: [:], existing: [])
        #expect(changes.create.count == 3)
        #expect(changes.create.map { ($0["endpoints"].arrayValue ?? []).count } == [100, 100, 50])
        let s = changes.create[0]
        #expect(s["addressType"].stringValue == "IPv4")
        #expect(s["metadata"]["labels"]["kubernetes.io/service-name"].stringValue == "web")
        #expect(s["metadata"]["labels"]["endpointslice.kubernetes.io/managed-by"].stringValue == "endpointslice-controller.k8s.io")
        #expect(s["metadata"]["labels"]["team"].stringValue == "a")
        #expect(s["metadata"]["ownerReferences"][0]["kind"].stringValue == "Service")
        #expect(s["metadata"]["name"].stringValue?.hasPrefix("web-") == true)
        #expect(!s["metadata"]["annotations"][EndpointSliceController.triggerTimeAnnotation].isNull)
    }

    @Test func existingSlicesAreReusedAndUnchangedOnesLeftAlone() {
        let pods = (0..<3).map { webPod($0) }
        let first = EndpointSliceController.reconcileSlices(service: svc, pods: pods, zones: [:], existing: [])
        var existing = first.create
        existing[0][path: ["metadata", "name"]] = "web-abcde"
        let again = EndpointSliceController.reconcileSlices(service: svc, pods: pods, zones: [:], existing: existing)
        #expect(again.create.isEmpty && again.update.isEmpty && again.delete.isEmpty)
        // One pod leaves, one arrives: the same slice is updated.
        let changed = EndpointSliceController.reconcileSlices(service: svc, pods: [webPod(0), webPod(1), webPod(7)], zones: [:], existing: existing)
        #expect(changed.create.isEmpty && changed.delete.isEmpty)
        #expect(changed.update.count == 1)
        #expect(changed.update.first?["metadata"]["name"].stringValue == "web-abcde")
        #expect(Set((changed.update.first?["endpoints"].arrayValue ?? []).compactMap { $0["targetRef"]["name"].stringValue }) == ["web-0", "web-1", "web-7"])
    }

    @Test func serviceWithoutEndpointsGetsPlaceholder() {
        let changes = EndpointSliceController.reconcileSlices(service: svc, pods: [], zones: [:], existing: [])
        #expect(changes.create.count == 1)
        #expect(changes.create.first?["endpoints"] == [])
        #expect(changes.create.first?["ports"] == [])
    }

    @Test func finishedAndIPlessPodsAreNotPublished() {
        #expect(!EndpointSliceController.shouldPublish(LifecycleFixtures.pod("a", phase: "Succeeded"), includeTerminating: true))
        #expect(!EndpointSliceController.shouldPublish(LifecycleFixtures.pod("a", ip: nil), includeTerminating: true))
        #expect(!EndpointSliceController.shouldPublish(LifecycleFixtures.pod("a", deleting: true), includeTerminating: false))
        #expect(EndpointSliceController.shouldPublish(LifecycleFixtures.pod("a", deleting: true), includeTerminating: true))
    }

    @Test func selectorlessServicesAreSkipped() {
        var s = svc
        s[path: ["spec", "selector"]] = .null
        #expect(EndpointSliceController.serviceSelector(s) == nil)
        #expect(EndpointSliceController.serviceSelector(svc)?.matches(["app": "web"]) == true)
    }
}

@Suite struct EndpointsControllerTests {
    let svc: JSON = [
        "metadata": ["name": "web", "namespace": "default"],
        "spec": ["selector": ["app": "web"], "ports": [["name": "http", "port": 80, "protocol": "TCP", "targetPort": 8080]]],
    ]

    @Test func readyAndNotReadyAddresses() {
        let pods = [
            LifecycleFixtures.pod("b", labels: ["app": "web"], ip: "10.0.0.2"),
            LifecycleFixtures.pod("a", labels: ["app": "web"], ip: "10.0.0.1"),
            LifecycleFixtures.pod("c", ready: false, labels: ["app": "web"], ip: "10.0.0.3"),
            LifecycleFixtures.pod("d", labels: ["app": "web"], ip: "10.0.0.4", deleting: true),
        ]
        let subsets = EndpointsController.subsets(service: svc, pods: pods)
        #expect(subsets.count == 1)
        #expect((subsets[0]["addresses"].arrayValue ?? []).compactMap { $0["ip"].stringValue } == ["10.0.0.1", "10.0.0.2"])
        #expect((subsets[0]["notReadyAddresses"].arrayValue ?? []).compactMap { $0["ip"].stringValue } == ["10.0.0.3"])
        #expect(subsets[0]["ports"] == [["name": "http", "port": 8080, "protocol": "TCP"]])
        #expect(subsets[0]["addresses"][0]["targetRef"]["kind"].stringValue == "Pod")
    }

    @Test func desiredEndpointsOnlyWhenChanged() {
        let pods = [LifecycleFixtures.pod("a", labels: ["app": "web"], ip: "10.0.0.1")]
        guard let ep = EndpointsController.desiredEndpoints(service: svc, pods: pods, current: nil, now: LifecycleFixtures.now) else {
            Issue.record("expected endpoints")
            return
        }
        #expect(ep["metadata"]["name"].stringValue == "web")
        #expect(ep["metadata"]["labels"][EndpointsController.skipMirrorLabel].stringValue == "true")
        #expect(ep["metadata"]["annotations"][EndpointSliceController.triggerTimeAnnotation].stringValue == "2024-05-01T12:00:00Z")
        #expect(EndpointsController.desiredEndpoints(service: svc, pods: pods, current: ep, now: LifecycleFixtures.now) == nil)
    }
}
