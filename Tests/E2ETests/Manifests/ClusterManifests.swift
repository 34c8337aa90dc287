/// Manifests of the tests that run workloads on simulated nodes.
enum ClusterManifests {
    /// A Deployment `name` of `replicas` busybox pods labelled `app=<name>`; `podSpec` is added to the pod
    /// spec (already indented for it).
    static func deployment(
        _ name: String, replicas: Int, image: String = "busybox:1.36", cpu: String? = nil, podSpec: String = ""
    ) -> String {
        let resources = cpu.map { "\n        resources:\n          requests:\n            cpu: \"\($0)\"" } ?? ""
        return """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: \(name)
            spec:
              replicas: \(replicas)
              selector:
                matchLabels:
                  app: \(name)
              template:
                metadata:
                  labels:
                    app: \(name)
                spec:
                  terminationGracePeriodSeconds: 1
            \(podSpec.isEmpty ? "" : podSpec + "\n")      containers:
                  - name: main
                    image: \(image)\(resources)
            """
    }

    static func pod(_ name: String, cpu: String, extraSpec: String = "") -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: \(name)
        spec:
          terminationGracePeriodSeconds: 1
        \(extraSpec.isEmpty ? "" : extraSpec + "\n")  containers:
          - name: main
            image: busybox:1.36
            resources:
              requests:
                cpu: "\(cpu)"
        """
    }

    static let priorityClasses = """
        apiVersion: scheduling.k8s.io/v1
        kind: PriorityClass
        metadata:
          name: low
        value: 100
        ---
        apiVersion: scheduling.k8s.io/v1
        kind: PriorityClass
        metadata:
          name: high
        value: 1000000
        """

    /// Pod anti-affinity: no two pods labelled `app=<app>` on one node.
    static func antiAffinity(_ app: String) -> String {
        """
              affinity:
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - labelSelector:
                      matchLabels:
                        app: \(app)
                    topologyKey: kubernetes.io/hostname
        """
    }

    /// Tolerates the not-ready and unreachable NoExecute taints for only `seconds`.
    static func shortTolerations(_ seconds: Int) -> String {
        """
              tolerations:
              - key: node.kubernetes.io/unreachable
                operator: Exists
                effect: NoExecute
                tolerationSeconds: \(seconds)
              - key: node.kubernetes.io/not-ready
                operator: Exists
                effect: NoExecute
                tolerationSeconds: \(seconds)
        """
    }
}
