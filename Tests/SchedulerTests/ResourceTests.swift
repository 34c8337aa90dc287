import APIMachinery
import API
import Testing
@testable import Scheduler

@Suite struct ResourceTests {
    @Test func containersAreSummedAndInitContainersTakeTheMax() {
        let pod = makePod(
            "p",
            spec: [
                "containers": [
                    ["name": "a", "resources": ["requests": ["cpu": "100m", "memory": "100Mi"]]],
                    ["name": "b", "resources": ["requests": ["cpu": "200m", "memory": "100Mi"]]],
                ],
                "initContainers": [
                    ["name": "i1", "resources": ["requests": ["cpu": "500m", "memory": "50Mi"]]],
                    ["name": "i2", "resources": ["requests": ["cpu": "100m", "memory": "1Gi"]]],
                ],
                "overhead": ["cpu": "10m", "memory": "1Mi"],
            ])
        #expect(pod.requests.requests.milliCPU == 510)
        #expect(pod.requests.requests.memory == 1024 * 1024 * 1024 + 1024 * 1024)
    }

    @Test func sidecarInitContainersAddToTheContainers() {
        let pod = makePod(
            "p",
            spec: [
                "containers": [["name": "a", "resources": ["requests": ["cpu": "100m"]]]],
                "initContainers": [
                    ["name": "side", "restartPolicy": "Always", "resources": ["requests": ["cpu": "50m"]]],
                    ["name": "init", "resources": ["requests": ["cpu": "100m"]]],
                ],
            ])
        // max(containers 100 + sidecar 50, init 100 + sidecar 50) = 150
        #expect(pod.requests.requests.milliCPU == 150)
    }

    @Test func nonZeroDefaultsApplyToContainersWithoutRequests() {
        let pod = makePod("p", cpu: nil, memory: nil)
        #expect(pod.requests.requests.milliCPU == 0)
        #expect(pod.requests.nonZeroMilliCPU == 100)
        #expect(pod.requests.nonZeroMemory == 200 * 1024 * 1024)
        let withCPU = makePod("q", cpu: "250m")
        #expect(withCPU.requests.nonZeroMilliCPU == 250)
        #expect(withCPU.requests.nonZeroMemory == 200 * 1024 * 1024)
    }

    @Test func nodeInfoTracksRequestsAndPorts() {
        let n = nodeInfo(makeNode("n1"))
        let p = makePod("p", cpu: "1", memory: "1Gi", spec: ["containers": [["name": "a", "resources": ["requests": ["cpu": "1"]], "ports": [["containerPort": 80, "hostPort": 8080]]]]])
        n.addPod(PodInfo(copying: p, nodeName: "n1"))
        #expect(n.requested.milliCPU == 1000)
        #expect(n.usedPorts.conflicts(HostPort(port: 8080)))
        #expect(!n.usedPorts.conflicts(HostPort(proto: "UDP", port: 8080)))
        n.removePod(uid: p.uid)
        #expect(n.requested.milliCPU == 0)
        #expect(n.pods.isEmpty)
        #expect(!n.usedPorts.conflicts(HostPort(port: 8080)))
    }

    @Test func imageNamesAreNormalized() {
        #expect(PodInfo.normalizedImageName("nginx") == "nginx:latest")
        #expect(PodInfo.normalizedImageName("nginx:1.2") == "nginx:1.2")
        #expect(PodInfo.normalizedImageName("localhost:5000/nginx") == "localhost:5000/nginx:latest")
    }
}
