/// Label and annotation keys the kubelet puts on CRI sandboxes and containers to find them again
/// (the same keys as upstream's kubelet, so `crictl` output reads the same).
enum PodLabels {
    static let podName = "io.kubernetes.pod.name"
    static let podNamespace = "io.kubernetes.pod.namespace"
    static let podUID = "io.kubernetes.pod.uid"
    static let containerName = "io.kubernetes.container.name"
    static let restartCount = "io.kubernetes.container.restartCount"
    static let terminationGracePeriod = "io.kubernetes.pod.terminationGracePeriod"
    static let containerKind = "apus.io/container-kind"
    /// Marks what this kubelet created, so it never touches other users of a shared runtime.
    static let managedBy = "apus.io/managed-by"
    static let managedByValue = "apus-kubelet"
}
