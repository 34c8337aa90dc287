import API
import APIMachinery
import CRI
import Client
import Foundation

/// A static pod read from the manifest directory.
struct StaticPodEntry: Sendable {
    var pod: JSON
    var file: String
}

extension Kubelet {
    func staticPod(for key: ObjectKey) -> JSON? {
        staticPods.withLock { $0[key]?.pod }
    }

    func staticPodsSnapshot() -> [JSON] {
        staticPods.withLock { $0.values.map(\.pod) }
    }

    /// Reads the manifest directory every `manifestCheckInterval`: new manifests start pods,
    /// changed ones replace theirs, removed ones stop theirs.
    func staticPodLoop(directory: String) async {
        var reported: [String: String] = [:]
        while !Task.isCancelled {
            var found: [ObjectKey: StaticPodEntry] = [:]
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter(StaticPodManifest.isManifestFile).sorted()
            for file in files {
                let path = directory + "/" + file
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let data = FileManager.default.contents(atPath: path) else { continue }
                do {
                    let pod = try StaticPodManifest.staticPod(manifest: String(decoding: data, as: UTF8.self), nodeName: options.nodeName)
                    let key = ObjectKey(namespace: pod["metadata"]["namespace"].stringValue ?? "default", name: pod["metadata"]["name"].stringValue ?? "")
                    if found[key] == nil { found[key] = StaticPodEntry(pod: pod, file: path) }
                    reported[path] = nil
                } catch {
                    if reported[path] != error.description {
                        logger.warning("static pod manifest \(path) skipped: \(error)")
                        reported[path] = error.description
                    }
                }
            }
            let previous = staticPods.withLock { current -> [ObjectKey: StaticPodEntry] in
                let before = current
                current = found
                return before
            }
            staticSourceSynced.withLock { $0 = true }
            for (key, entry) in found where previous[key].flatMap({ StaticPodManifest.hash(of: $0.pod) }) != StaticPodManifest.hash(of: entry.pod) {
                if let old = previous[key] {
                    logger.info("static pod \(key) changed; replacing it")
                    await stopStaticPod(old.pod)
                } else {
                    logger.info("static pod \(key) added from \(entry.file)")
                }
                queue.add(key)
            }
            for (key, old) in previous where found[key] == nil {
                logger.info("static pod \(key) removed")
                await stopStaticPod(old.pod)
                queue.add(key)
            }
            try? await Task.sleep(for: options.manifestCheckInterval)
        }
    }

    /// Stops and removes a static pod's containers and sandboxes (its manifest changed or went away).
    func stopStaticPod(_ pod: JSON) async {
        let uid = pod["metadata"]["uid"].stringValue ?? ""
        let key = ObjectKey(namespace: pod["metadata"]["namespace"].stringValue ?? "default", name: pod["metadata"]["name"].stringValue ?? "")
        probes.forget(pod: key)
        volumeSources.forget(pod: key)
        var filter = Runtime_V1_PodSandboxFilter()
        filter.labelSelector = [PodLabels.podUID: uid]
        guard let sandboxes = try? await cri.listPodSandbox(filter: filter) else { return }
        let grace = pod["spec"]["terminationGracePeriodSeconds"].intValue ?? 30
        try? await removePod(uid: uid, gracePeriod: grace, sandboxes: sandboxes, pod: pod)
        containerErrors.withLock { $0[uid] = nil }
        sandboxErrors.withLock { $0[uid] = nil }
    }

    /// Makes the API show the static pod as a current mirror pod: creates it, or replaces one that
    /// mirrors an older manifest or is being deleted. Best effort (the API server may be away).
    func ensureMirrorPod(staticPod: JSON, key: ObjectKey, mirror: JSON?) async {
        let nodeUID = nodeUID.withLock { $0 }
        if let mirror, StaticPodManifest.mirrorIsCurrent(mirror, for: staticPod, nodeUID: nodeUID) { return }
        let path = ResourcePath(resource: "pods", namespace: key.namespace, name: key.name)
        if let mirror, let uid = mirror["metadata"]["uid"].stringValue {
            logger.info("replacing mirror pod \(key)")
            _ = try? await client.delete(path, gracePeriodSeconds: 0, preconditions: Preconditions(uid: uid))
        }
        let object = StaticPodManifest.mirror(of: staticPod, nodeName: options.nodeName, nodeUID: nodeUID)
        do {
            _ = try await client.create(ResourcePath(resource: "pods", namespace: key.namespace), object)
            logger.info("mirror pod \(key) created")
        } catch let error as APIError where error.isAlreadyExists {
            // The old mirror is still going away: the delete event brings us back.
        } catch {
            logger.debug("mirror pod \(key) not created: \(error)")
            queue.addAfter(key, delay: .seconds(5))
        }
    }

    /// Deletes a mirror pod whose static pod no longer exists.
    func deleteOrphanedMirror(_ mirror: JSON, key: ObjectKey) async {
        guard let uid = mirror["metadata"]["uid"].stringValue else { return }
        logger.info("deleting mirror pod \(key) without a static pod")
        _ = try? await client.delete(ResourcePath(resource: "pods", namespace: key.namespace, name: key.name), gracePeriodSeconds: 0, preconditions: Preconditions(uid: uid))
    }
}
