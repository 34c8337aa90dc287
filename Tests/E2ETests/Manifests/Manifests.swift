/// Real manifests the end-to-end tests apply.
enum Manifests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: httpd
                image: busybox:1.36
                command: ["httpd", "-f", "-p", "8080"]
                ports:
                - containerPort: 8080
                env:
                - name: MODE
                  value: demo
        """

    static let service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: web
          ports:
          - name: http
            port: 80
            targetPort: 8080
        """

    static let configMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          labels:
            tier: config
        data:
          greeting: hello
          color: blue
        """

    static let secret = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
        type: Opaque
        stringData:
          password: s3cr3t
        """

    static let role = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: pod-reader
        rules:
        - apiGroups: [""]
          resources: ["pods"]
          verbs: ["get", "watch", "list"]
        """

    static var multiDocument: String {
        [configMap, secret, role, service, deployment].joined(separator: "\n---\n")
    }
}
