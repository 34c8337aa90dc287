import APIMachinery
@testable import Kubelet
import Testing

@Suite struct StaticPodTests {
    let yaml = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels: {app: web}
        spec:
          containers:
          - name: main
            image: busybox
            command: ["sleep", "3600"]
        """

    @Test func manifestBecomesANodeBoundPodWithAHash() throws {
        let pod = try StaticPodManifest.staticPod(manifest: yaml, nodeName: "n1")
        #expect(pod["metadata"]["name"] == "web-n1")
        #expect(pod["metadata"]["namespace"] == "default")
        #expect(pod["spec"]["nodeName"] == "n1")
        let hash = try #require(StaticPodManifest.hash(of: pod))
        #expect(hash.count == 32)
        #expect(pod["metadata"]["uid"].stringValue == hash)
        #expect(pod["metadata"]["annotations"]["kubernetes.io/config.source"] == "file")
        #expect(pod["spec"]["tolerations"] == [["operator": "Exists", "effect": "NoExecute"]])

        // The same pod as JSON hashes the same; another node or another spec does not.
        let json = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","labels":{"app":"web"}},"spec":{"containers":[{"name":"main","image":"busybox","command":["sleep","3600"]}]}}"#
        #expect(StaticPodManifest.hash(of: try StaticPodManifest.staticPod(manifest: json, nodeName: "n1")) == hash)
        #expect(StaticPodManifest.hash(of: try StaticPodManifest.staticPod(manifest: json, nodeName: "n2")) != hash)
        let changed = yaml.replacingOccurrences(of: "3600", with: "60")
        #expect(StaticPodManifest.hash(of: try StaticPodManifest.staticPod(manifest: changed, nodeName: "n1")) != hash)
    }

    @Test func badManifestsAreRejected() {
        #expect(throws: StaticPodManifest.ManifestError.self) { try StaticPodManifest.staticPod(manifest: "kind: Service\nmetadata: {name: x}", nodeName: "n1") }
        #expect(throws: StaticPodManifest.ManifestError.self) { try StaticPodManifest.staticPod(manifest: "kind: Pod\nspec: {containers: [{name: a}]}", nodeName: "n1") }
        #expect(throws: StaticPodManifest.ManifestError.self) { try StaticPodManifest.staticPod(manifest: "{not json", nodeName: "n1") }
        #expect(StaticPodManifest.isManifestFile("a.yaml") && StaticPodManifest.isManifestFile("b.json") && StaticPodManifest.isManifestFile("pod"))
        #expect(!StaticPodManifest.isManifestFile(".a.yaml.swp") && !StaticPodManifest.isManifestFile(""))
    }

    @Test func mirrorPodCarriesTheHashAndIsOwnedByTheNode() throws {
        let pod = try StaticPodManifest.staticPod(manifest: yaml, nodeName: "n1")
        let hash = try #require(StaticPodManifest.hash(of: pod))
        let mirror = StaticPodManifest.mirror(of: pod, nodeName: "n1", nodeUID: "node-uid")
        #expect(mirror["metadata"]["uid"].isNull)
        #expect(mirror["metadata"]["annotations"]["kubernetes.io/config.mirror"].stringValue == hash)
        #expect(mirror["metadata"]["annotations"]["kubernetes.io/config.hash"].stringValue == hash)
        #expect(mirror["metadata"]["ownerReferences"] == [["apiVersion": "v1", "kind": "Node", "name": "n1", "uid": "node-uid", "controller": true]])
        #expect(StaticPodManifest.isMirror(mirror))
        #expect(!StaticPodManifest.isMirror(pod))
        #expect(StaticPodManifest.mirrorIsCurrent(mirror, for: pod))
        #expect(StaticPodManifest.mirrorIsCurrent(mirror, for: pod, nodeUID: "node-uid"))
        // A mirror made before the Node's UID was known is replaced by one owned by the Node.
        let unowned = StaticPodManifest.mirror(of: pod, nodeName: "n1", nodeUID: nil)
        #expect(unowned["metadata"]["ownerReferences"].isNull)
        #expect(!StaticPodManifest.mirrorIsCurrent(unowned, for: pod, nodeUID: "node-uid"))
        var deleting = mirror
        deleting["metadata"]["deletionTimestamp"] = "2026-01-01T00:00:00Z"
        #expect(!StaticPodManifest.mirrorIsCurrent(deleting, for: pod))
        let other = try StaticPodManifest.staticPod(manifest: yaml.replacingOccurrences(of: "3600", with: "60"), nodeName: "n1")
        #expect(!StaticPodManifest.mirrorIsCurrent(mirror, for: other))
    }
}

@Suite struct LifecycleHookTests {
    @Test func hooksParse() {
        let container: JSON = [
            "name": "c", "ports": [["name": "http", "containerPort": 8080]],
            "lifecycle": [
                "postStart": ["exec": ["command": ["sh", "-c", "echo hi"]]],
                "preStop": ["httpGet": ["port": "http", "path": "stop"]],
            ],
        ]
        #expect(LifecycleHook.parse(.postStart, container: container)?.action == .exec(["sh", "-c", "echo hi"]))
        #expect(LifecycleHook.parse(.preStop, container: container)?.action == .httpGet(scheme: "http", host: nil, port: 8080, path: "/stop", headers: [:]))
        #expect(LifecycleHook.parse(.preStop, container: ["lifecycle": ["preStop": ["sleep": ["seconds": 3]]]])?.action == .sleep(seconds: 3))
        #expect(LifecycleHook.parse(.postStart, container: ["name": "c"]) == nil)
        #expect(LifecycleHook.parse(.postStart, container: container)?.failureReason == "FailedPostStartHook")
        #expect(LifecycleHook.parse(.preStop, container: container)?.failureReason == "FailedPreStopHook")
    }
}

@Suite struct HealthCheckCodecTests {
    @Test func requestAndResponseEncoding() throws {
        #expect(HealthCheckCodec.encodeRequest(service: "") == [])
        #expect(HealthCheckCodec.encodeRequest(service: "ab") == [0x0a, 0x02, 0x61, 0x62])
        #expect(HealthCheckCodec.varint(300) == [0xac, 0x02])
        #expect(try HealthCheckCodec.decodeResponse([0x08, 0x01]) == 1)
        #expect(try HealthCheckCodec.decodeResponse([]) == 0)
        // Unknown fields are skipped.
        #expect(try HealthCheckCodec.decodeResponse([0x12, 0x01, 0x78, 0x08, 0x02]) == 2)
        #expect(throws: HealthCheckCodec.DecodeError.self) { try HealthCheckCodec.decodeResponse([0x08]) }
    }
}

@Suite struct PodSourceTests {
    let manifest = "kind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: main, image: busybox}]}"

    @Test func staticPodsWinAndTakeTheirMirrorsStatus() throws {
        let pod = try StaticPodManifest.staticPod(manifest: manifest, nodeName: "n1")
        var mirror = StaticPodManifest.mirror(of: pod, nodeName: "n1", nodeUID: "u")
        mirror["metadata"]["uid"] = "mirror-uid"
        mirror["status"] = ["phase": "Running"]
        guard case .staticPod(let resolved) = PodSource.resolve(staticPod: pod, apiPod: mirror, staticSourceSynced: true) else {
            Issue.record("static pod not chosen")
            return
        }
        #expect(resolved["metadata"]["uid"] == pod["metadata"]["uid"])
        #expect(resolved["status"]["phase"] == "Running")

        // An outdated mirror's status is not taken.
        var stale = mirror
        stale["metadata"]["annotations"]["kubernetes.io/config.mirror"] = "old"
        #expect(PodSource.resolve(staticPod: pod, apiPod: stale, staticSourceSynced: true) == .staticPod(pod))
    }

    @Test func mirrorsWithoutStaticPodsAreOrphansOnceManifestsWereRead() throws {
        let pod = try StaticPodManifest.staticPod(manifest: manifest, nodeName: "n1")
        let mirror = StaticPodManifest.mirror(of: pod, nodeName: "n1", nodeUID: "u")
        #expect(PodSource.resolve(staticPod: nil, apiPod: mirror, staticSourceSynced: true) == .orphanedMirror(mirror))
        #expect(PodSource.resolve(staticPod: nil, apiPod: mirror, staticSourceSynced: false) == .none)
        let regular: JSON = ["metadata": ["name": "x", "uid": "1"]]
        #expect(PodSource.resolve(staticPod: nil, apiPod: regular, staticSourceSynced: true) == .apiPod(regular))
        #expect(PodSource.resolve(staticPod: nil, apiPod: nil, staticSourceSynced: true) == .none)
    }
}
