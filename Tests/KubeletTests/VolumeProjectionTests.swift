import APIMachinery
import Foundation
@testable import Kubelet
import Testing

@Suite struct VolumeProjectionTests {
    let builder = ContainerConfigBuilder(nodeMemoryBytes: 1 << 30, hostIP: "192.0.2.1", nodeName: "n1") { "/v/\($0)" }
    let pod: JSON = [
        "metadata": ["name": "p", "namespace": "ns", "uid": "u1", "labels": ["app": "web", "tier": "front\"end"], "annotations": ["note": "a\nb"]],
        "spec": ["containers": [["name": "main", "resources": ["limits": ["memory": "64Mi", "cpu": "500m"], "requests": ["cpu": "250m"]]]]],
    ]

    func text(_ file: VolumeFile?) -> String? { file.map { String(decoding: $0.data, as: UTF8.self) } }

    @Test func configMapProjectsEveryKeyWithTheDefaultMode() throws {
        let volume: JSON = ["name": "cfg", "configMap": ["name": "settings"]]
        var objects = VolumeObjects()
        objects.configMaps["settings"] = VolumeObjects.configMapData(["data": ["color": "blue"], "binaryData": ["raw": "AAEC"]])
        let files = try VolumeProjection.payload(volume: volume, pod: pod, objects: objects, builder: builder)
        #expect(Set(files.keys) == ["color", "raw"])
        #expect(text(files["color"]) == "blue")
        #expect(files["raw"]?.data == Data([0, 1, 2]))
        #expect(files["color"]?.mode == 0o644)
        #expect(VolumeProjection.hostDirectory(of: volume, volumeRoot: "/r") == "/r/kubernetes.io~configmap/cfg")
    }

    @Test func itemsMapKeysToPathsWithModes() throws {
        let volume: JSON = ["name": "s", "secret": ["secretName": "creds", "defaultMode": 256, "items": [
            ["key": "password", "path": "nested/pw", "mode": 384], ["key": "user", "path": "user.txt"],
        ]]]
        var objects = VolumeObjects()
        objects.secrets["creds"] = VolumeObjects.secretData(["data": ["password": "czNjcjN0", "user": "YWRtaW4=", "other": "eA=="]])
        let files = try VolumeProjection.payload(volume: volume, pod: pod, objects: objects, builder: builder)
        #expect(Set(files.keys) == ["nested/pw", "user.txt"])
        #expect(text(files["nested/pw"]) == "s3cr3t")
        #expect(files["nested/pw"]?.mode == 0o600)
        #expect(files["user.txt"]?.mode == 0o400)
    }

    @Test func missingObjectsFailUnlessOptional() throws {
        let missing: JSON = ["name": "cfg", "configMap": ["name": "absent"]]
        #expect(throws: VolumeSetUpError(volume: "cfg", message: "configmap \"absent\" not found")) {
            try VolumeProjection.payload(volume: missing, pod: pod, objects: VolumeObjects(), builder: builder)
        }
        let optional: JSON = ["name": "cfg", "configMap": ["name": "absent", "optional": true]]
        #expect(try VolumeProjection.payload(volume: optional, pod: pod, objects: VolumeObjects(), builder: builder).isEmpty)
        let error = VolumeSetUpError(volume: "cfg", message: "configmap \"absent\" not found")
        #expect(error.eventMessage == "MountVolume.SetUp failed for volume \"cfg\" : configmap \"absent\" not found")

        var objects = VolumeObjects()
        objects.configMaps["settings"] = ["a": Data("1".utf8)]
        let missingKey: JSON = ["name": "cfg", "configMap": ["name": "settings", "items": [["key": "b", "path": "b"]]]]
        #expect(throws: VolumeSetUpError(volume: "cfg", message: "configmap references non-existent config key: b")) {
            try VolumeProjection.payload(volume: missingKey, pod: pod, objects: objects, builder: builder)
        }
        let optionalKey: JSON = ["name": "cfg", "configMap": ["name": "settings", "optional": true, "items": [["key": "b", "path": "b"], ["key": "a", "path": "a"]]]]
        #expect(Set(try VolumeProjection.payload(volume: optionalKey, pod: pod, objects: objects, builder: builder).keys) == ["a"])
    }

    @Test func downwardAPIWritesMetadataAndResources() throws {
        let volume: JSON = ["name": "info", "downwardAPI": ["items": [
            ["path": "labels", "fieldRef": ["fieldPath": "metadata.labels"]],
            ["path": "annotations", "fieldRef": ["fieldPath": "metadata.annotations"]],
            ["path": "app", "fieldRef": ["fieldPath": "metadata.labels['app']"]],
            ["path": "name", "fieldRef": ["fieldPath": "metadata.name"], "mode": 256],
            ["path": "mem", "resourceFieldRef": ["containerName": "main", "resource": "limits.memory", "divisor": "1Mi"]],
            ["path": "cpu", "resourceFieldRef": ["containerName": "main", "resource": "requests.cpu", "divisor": "1m"]],
        ]]]
        let files = try VolumeProjection.payload(volume: volume, pod: pod, objects: VolumeObjects(), builder: builder)
        #expect(text(files["labels"]) == "app=\"web\"\ntier=\"front\\\"end\"")
        #expect(text(files["annotations"]) == "note=\"a\\nb\"")
        #expect(text(files["app"]) == "web")
        #expect(text(files["name"]) == "p")
        #expect(files["name"]?.mode == 0o400)
        #expect(text(files["mem"]) == "64")
        #expect(text(files["cpu"]) == "250")
    }

    @Test func projectedMergesSourcesAndReportsMissingOnes() throws {
        var objects = VolumeObjects()
        objects.configMaps["settings"] = ["color": Data("blue".utf8)]
        objects.secrets["creds"] = ["password": Data("pw".utf8)]
        objects.tokens["|3600"] = Data("a.b.c".utf8)
        let volume: JSON = ["name": "all", "projected": ["defaultMode": 288, "sources": [
            ["configMap": ["name": "settings"]],
            ["secret": ["name": "creds", "items": [["key": "password", "path": "secret/pw"]]]],
            ["downwardAPI": ["items": [["path": "ns", "fieldRef": ["fieldPath": "metadata.namespace"]]]]],
            ["serviceAccountToken": ["path": "token"]],
        ]]]
        let files = try VolumeProjection.payload(volume: volume, pod: pod, objects: objects, builder: builder)
        #expect(Set(files.keys) == ["color", "secret/pw", "ns", "token"])
        #expect(text(files["token"]) == "a.b.c")
        #expect(files.values.allSatisfy { $0.mode == 0o440 })
        // Without a token from the API server the volume cannot be set up.
        objects.tokens = [:]
        #expect(throws: VolumeSetUpError(volume: "all", message: "failed to fetch token for audience \"\"")) {
            try VolumeProjection.payload(volume: volume, pod: pod, objects: objects, builder: builder)
        }
        #expect(VolumeProjection.references(pod: ["spec": ["volumes": [volume]]]).configMaps == ["settings"])
        #expect(VolumeProjection.references(pod: ["spec": ["volumes": [volume]]]).secrets == ["creds"])

        let broken: JSON = ["name": "all", "projected": ["sources": [["configMap": ["name": "x"]], ["secret": ["name": "y"]]]]]
        #expect(throws: VolumeSetUpError(volume: "all", message: "configmap \"x\" not found, secret \"y\" not found")) {
            try VolumeProjection.payload(volume: broken, pod: pod, objects: objects, builder: builder)
        }
    }

    @Test func watchedObjectsAreThePodsVolumeSources() {
        let pod: JSON = ["metadata": ["namespace": "ns"], "spec": ["volumes": [
            ["name": "a", "configMap": ["name": "settings"]],
            ["name": "b", "secret": ["secretName": "creds"]],
            ["name": "c", "projected": ["sources": [["configMap": ["name": "extra"]], ["secret": ["name": "creds"]]]]],
            ["name": "d", "emptyDir": .emptyObject],
        ]]]
        #expect(VolumeSourceWatcher.references(pod: pod) == [
            .init(resource: "configmaps", namespace: "ns", name: "settings"), .init(resource: "configmaps", namespace: "ns", name: "extra"),
            .init(resource: "secrets", namespace: "ns", name: "creds"),
        ])
    }

    @Test func fsGroupMakesFilesGroupReadable() {
        let payload: VolumePayload = ["a": VolumeFile(data: Data(), mode: 0o400), "b": VolumeFile(data: Data(), mode: 0o644)]
        #expect(VolumeProjection.applyingFSGroup(payload, fsGroup: nil) == payload)
        let grouped = VolumeProjection.applyingFSGroup(payload, fsGroup: 2000)
        #expect(grouped["a"]?.mode == 0o440)
        #expect(grouped["b"]?.mode == 0o644)
    }

    @Test func projectedVolumesMountReadOnly() {
        let pod: JSON = [
            "metadata": ["name": "p", "uid": "u1"],
            "spec": ["volumes": [["name": "cfg", "configMap": ["name": "c"]], ["name": "scratch", "emptyDir": .emptyObject]]],
        ]
        let container: JSON = ["name": "c", "volumeMounts": [["name": "cfg", "mountPath": "/etc/cfg"], ["name": "scratch", "mountPath": "/tmp/s"]]]
        let mounts = builder.mounts(pod: pod, container: container, podUID: "u1")
        #expect(mounts.map(\.hostPath) == ["/v/u1/kubernetes.io~configmap/cfg", "/v/u1/empty-dir/scratch"])
        #expect(mounts.map(\.readonly) == [true, false])
    }
}

@Suite struct AtomicWriterTests {
    func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "atomic-writer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func pathsMustStayInsideTheVolume() {
        #expect(AtomicWriter.validated("a/b") == ["a", "b"])
        #expect(AtomicWriter.validated("../x") == nil)
        #expect(AtomicWriter.validated("/abs") == nil)
        #expect(AtomicWriter.validated("a/../b") == nil)
        #expect(AtomicWriter.validated("..data") == nil)
        #expect(AtomicWriter.topLevelNames(["a/b": VolumeFile(data: Data(), mode: 0o644), "c": VolumeFile(data: Data(), mode: 0o644)]) == ["a", "c"])
        let name = AtomicWriter.versionName(at: Date(timeIntervalSince1970: 0), suffix: "42")
        #expect(name == "..1970_01_01_00_00_00.42")
    }

    @Test func writesTheUpstreamLayoutAndSwapsVersions() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        let writer = AtomicWriter(directory: dir)
        #expect(try writer.write(["color": VolumeFile(data: Data("blue".utf8), mode: 0o600), "sub/x": VolumeFile(data: Data("1".utf8), mode: 0o644)]))
        let first = try fm.destinationOfSymbolicLink(atPath: dir + "/..data")
        #expect(first.hasPrefix(".."))
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/color") == "..data/color")
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/sub") == "..data/sub")
        #expect(try String(contentsOfFile: dir + "/color", encoding: .utf8) == "blue")
        #expect(try String(contentsOfFile: dir + "/sub/x", encoding: .utf8) == "1")
        let mode = try fm.attributesOfItem(atPath: dir + "/" + first + "/color")[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // Same content: nothing is rewritten.
        #expect(try !writer.write(["color": VolumeFile(data: Data("blue".utf8), mode: 0o600), "sub/x": VolumeFile(data: Data("1".utf8), mode: 0o644)]))
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/..data") == first)

        // New content: a new version, the old one and the link of a removed key are gone.
        #expect(try writer.write(["color": VolumeFile(data: Data("red".utf8), mode: 0o600)]))
        let second = try fm.destinationOfSymbolicLink(atPath: dir + "/..data")
        #expect(second != first)
        #expect(try String(contentsOfFile: dir + "/color", encoding: .utf8) == "red")
        let entries = Set(try fm.contentsOfDirectory(atPath: dir))
        #expect(entries == ["..data", second, "color"])
    }

    @Test(.enabled(if: geteuid() == 0, "chown needs root")) func groupOwnsTheFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicWriter(directory: dir, group: 2345).write(["sub/x": VolumeFile(data: Data("1".utf8), mode: 0o440)])
        var info = stat()
        #expect(stat(dir + "/sub/x", &info) == 0 && info.st_gid == 2345)
        #expect(stat(dir + "/..data/sub", &info) == 0 && info.st_gid == 2345 && info.st_mode & 0o2000 != 0)
    }
}

@Suite struct ServiceAccountTokenVolumeTests {
    @Test func tokenSourcesAndRenewal() throws {
        let pod: JSON = ["spec": ["volumes": [["name": "kube-api-access", "projected": ["sources": [
            ["serviceAccountToken": ["path": "token", "expirationSeconds": 3607]],
            ["serviceAccountToken": ["path": "vault-token", "audience": "vault", "expirationSeconds": 60]],
            ["configMap": ["name": "kube-root-ca.crt"]],
        ]]]]]]
        let sources = VolumeProjection.tokenSources(pod: pod)
        #expect(sources.map(\.path) == ["token", "vault-token"])
        #expect(sources.map(\.expirationSeconds) == [3607, 600], "at least 10 minutes, as upstream")
        #expect(sources[1].audience == "vault" && sources[0].audience == "")
        #expect(!TokenSource.needsRenewal(issuedAt: 0, expiresAt: 1000, now: 799))
        #expect(TokenSource.needsRenewal(issuedAt: 0, expiresAt: 1000, now: 800))
        #expect(TokenSource.needsRenewal(issuedAt: 0, expiresAt: 10 * 86400, now: 86400), "renewed daily at the latest")
    }
}
