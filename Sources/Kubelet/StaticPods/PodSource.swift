import APIMachinery

/// Which pod the kubelet runs for one key: a static pod from a manifest (the API only mirrors it),
/// a pod from the API server, or nothing (pure decision).
enum PodSource: Equatable {
    /// Run the static pod; its status comes from the current mirror pod, if any.
    case staticPod(JSON)
    /// Run the API server's pod.
    case apiPod(JSON)
    /// A mirror pod whose static pod is gone: delete it.
    case orphanedMirror(JSON)
    /// Nothing to run (or not known yet: mirrors are not judged before the manifests were read).
    case none

    static func resolve(staticPod: JSON?, apiPod: JSON?, staticSourceSynced: Bool) -> PodSource {
        if var pod = staticPod {
            if let apiPod, StaticPodManifest.mirrorIsCurrent(apiPod, for: pod) { pod["status"] = apiPod["status"] }
            return .staticPod(pod)
        }
        guard let apiPod else { return .none }
        if StaticPodManifest.isMirror(apiPod) { return staticSourceSynced ? .orphanedMirror(apiPod) : .none }
        return .apiPod(apiPod)
    }
}
