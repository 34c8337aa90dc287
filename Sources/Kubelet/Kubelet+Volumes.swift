import API
import APIMachinery
import Client
import Foundation

extension Kubelet {
    func volumeRoot(uid: String) -> String { "\(options.dataDir)/pods/\(uid)/volumes" }

    /// Creates the pod's emptyDirs and writes (or refreshes) its ConfigMap, Secret, downward API and
    /// projected volumes. Throws the first volume that cannot be set up; the others are still written.
    func setUpVolumes(pod: JSON, uid: String) async throws(VolumeSetUpError) {
        let root = volumeRoot(uid: uid)
        let volumes = pod["spec"]["volumes"].arrayValue ?? []
        var firstError: VolumeSetUpError?
        for volume in volumes where !volume["emptyDir"].isNull {
            guard let path = ContainerConfigBuilder.hostPath(of: volume, volumeRoot: root) else { continue }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                firstError = firstError ?? VolumeSetUpError(volume: volume["name"].stringValue ?? "", message: "\(error)")
                continue
            }
            if volume["emptyDir"]["medium"].stringValue == "Memory" {
                let size = ContainerConfigBuilder.bytes(volume["emptyDir"]["sizeLimit"])
                Self.mountTmpfs(at: path, options: "mode=0777" + (size.map { ",size=\($0)" } ?? ""))
            } else {
                chmod(path, 0o777)
            }
        }
        guard volumes.contains(where: { VolumeProjection.kind(of: $0) != nil }) else {
            if let firstError { throw firstError }
            return
        }
        let objects = await volumeObjects(pod: pod)
        for volume in volumes {
            guard let kind = VolumeProjection.kind(of: volume), let dir = VolumeProjection.hostDirectory(of: volume, volumeRoot: root) else { continue }
            do throws(VolumeSetUpError) {
                let fsGroup = pod["spec"]["securityContext"]["fsGroup"].intValue
                let payload = VolumeProjection.applyingFSGroup(
                    try VolumeProjection.payload(volume: volume, pod: pod, objects: objects, builder: containerBuilder), fsGroup: fsGroup)
                do {
                    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    if kind.inMemory { Self.mountTmpfs(at: dir, options: "mode=0755") }
                    let group = fsGroup.flatMap { UInt32(exactly: $0) }
                    if try AtomicWriter(directory: dir, group: group).write(payload) {
                        logger.debug("volume \(volume["name"].stringValue ?? "") of pod \(uid) written")
                    }
                } catch {
                    throw VolumeSetUpError(volume: volume["name"].stringValue ?? "", message: "\(error)")
                }
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
    }

    /// Fetches the ConfigMaps and Secrets the pod's volumes use. Objects that cannot be read (missing,
    /// or the API server unreachable) are left out.
    func volumeObjects(pod: JSON) async -> VolumeObjects {
        let namespace = pod["metadata"]["namespace"].stringValue ?? "default"
        let (configMaps, secrets) = VolumeProjection.references(pod: pod)
        var objects = VolumeObjects()
        for name in configMaps {
            if let object = try? await client.get(ResourcePath(resource: "configmaps", namespace: namespace, name: name)) {
                objects.configMaps[name] = VolumeObjects.configMapData(object)
            }
        }
        for name in secrets {
            if let object = try? await client.get(ResourcePath(resource: "secrets", namespace: namespace, name: name)) {
                objects.secrets[name] = VolumeObjects.secretData(object)
            }
        }
        for source in Set(VolumeProjection.tokenSources(pod: pod)) {
            if let token = await serviceAccountToken(pod: pod, source: source) { objects.tokens[source.key] = token }
        }
        return objects
    }

    /// A token for the pod's service account (TokenRequest bound to the pod), reused until 80% of
    /// its lifetime has passed.
    func serviceAccountToken(pod: JSON, source: TokenSource) async -> Data? {
        let uid = pod["metadata"]["uid"].stringValue ?? ""
        let cacheKey = uid + "|" + source.key
        let now = Date().timeIntervalSince1970
        if let cached = tokenCache.withLock({ $0[cacheKey] }),
           !TokenSource.needsRenewal(issuedAt: cached.issuedAt, expiresAt: cached.expiresAt, now: now) {
            return cached.token
        }
        let namespace = pod["metadata"]["namespace"].stringValue ?? "default"
        let account = pod["spec"]["serviceAccountName"].stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        var spec: JSON = [
            "expirationSeconds": .int(source.expirationSeconds),
            "boundObjectRef": ["apiVersion": "v1", "kind": "Pod", "name": pod["metadata"]["name"], "uid": .string(uid)],
        ]
        if !source.audience.isEmpty { spec["audiences"] = [.string(source.audience)] }
        let request: JSON = ["apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest", "spec": spec]
        do {
            let answer = try await client.createSubresource(
                ResourcePath(resource: "serviceaccounts", namespace: namespace, name: account, subresource: "token"), request)
            guard let token = answer["status"]["token"].stringValue else { return nil }
            let expires = answer["status"]["expirationTimestamp"].stringValue.flatMap { CRILogLine.parseTime($0) }
                ?? now + Double(source.expirationSeconds)
            let data = Data(token.utf8)
            tokenCache.withLock { $0[cacheKey] = (data, now, expires) }
            return data
        } catch {
            logger.warning("service account token for \(namespace)/\(account) failed: \(error)")
            return nil
        }
    }

    /// True when the pod has volumes whose content follows API objects or the pod's metadata.
    static func hasProjectedVolumes(_ pod: JSON) -> Bool {
        (pod["spec"]["volumes"].arrayValue ?? []).contains { VolumeProjection.kind(of: $0) != nil }
    }

    /// Mounts a tmpfs at `path` unless something is mounted there already.
    static func mountTmpfs(at path: String, options: String) {
        guard !isMountPoint(path) else { return }
        _ = path.withCString { target in options.withCString { mount("tmpfs", target, "tmpfs", 0, $0) } }
    }

    /// True when `path` is on another device than its parent.
    static func isMountPoint(_ path: String) -> Bool {
        var own = stat()
        var parent = stat()
        guard stat(path, &own) == 0, stat((path as NSString).deletingLastPathComponent, &parent) == 0 else { return false }
        return own.st_dev != parent.st_dev
    }

    /// Re-syncs the pods with projected volumes every `volumeRefreshInterval`, so ConfigMap and
    /// Secret changes reach running containers.
    func volumeRefreshLoop() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: options.volumeRefreshInterval)
            for pod in pods.list() where Self.hasProjectedVolumes(pod.json) {
                let phase = pod.json["status"]["phase"].stringValue
                if phase != "Succeeded" && phase != "Failed" { queue.add(ObjectKey(pod)) }
            }
            for pod in staticPodsSnapshot() where Self.hasProjectedVolumes(pod) {
                queue.add(ObjectKey(namespace: pod["metadata"]["namespace"].stringValue ?? "default", name: pod["metadata"]["name"].stringValue ?? ""))
            }
        }
    }
}
