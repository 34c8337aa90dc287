import APIMachinery
import Store

extension APIServer {
    /// Creates `default`, `kube-system`, `kube-public` and `kube-node-lease`, the `kubernetes` service and the
    /// system PriorityClasses.
    func ensureSystemNamespaces() async throws {
        guard let nsRes = resource(group: "", version: "v1", resource: "namespaces") else { return }
        for name in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            let key = nsRes.key(namespace: nil, name: name)
            if try await store.get(key, revision: nil) != nil { continue }
            var obj: JSON = ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]]
            ObjectMetaRules.prepareForCreate(&obj, tracksGeneration: false)
            nsRes.strategy.prepareForCreate(&obj)
            nsRes.strategy.defaults(&obj)
            do { _ = try await store.create(key, value: Self.storedBytes(obj)) } catch StoreError.keyExists {}
        }
        guard let svcRes = resource(group: "", version: "v1", resource: "services") else { return }
        let key = svcRes.key(namespace: "default", name: "kubernetes")
        if try await store.get(key, revision: nil) == nil {
            var svc: JSON = [
                "apiVersion": "v1", "kind": "Service",
                "metadata": ["name": "kubernetes", "namespace": "default", "labels": ["component": "apiserver", "provider": "kubernetes"]],
                "spec": [
                    "clusterIP": .string(serviceIPs.first),
                    "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443]],
                ],
            ]
            ObjectMetaRules.prepareForCreate(&svc, tracksGeneration: false)
            svcRes.strategy.prepareForCreate(&svc)
            svcRes.strategy.defaults(&svc)
            svc[path: ["spec", "clusterIPs"]] = [.string(serviceIPs.first)]
            do { _ = try await store.create(key, value: Self.storedBytes(svc)) } catch StoreError.keyExists {}
        }
        if let pcRes = resource(group: "scheduling.k8s.io", version: "v1", resource: "priorityclasses") {
            for (name, value) in Self.systemPriorityClasses {
                let key = pcRes.key(namespace: nil, name: name)
                if try await store.get(key, revision: nil) != nil { continue }
                var pc: JSON = [
                    "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": .string(name)],
                    "value": .int(value), "description": "Built-in class for critical system pods.",
                ]
                ObjectMetaRules.prepareForCreate(&pc, tracksGeneration: false)
                pcRes.strategy.prepareForCreate(&pc)
                pcRes.strategy.defaults(&pc)
                do { _ = try await store.create(key, value: Self.storedBytes(pc)) } catch StoreError.keyExists {}
            }
        }
        _ = await hub.wait(for: try await store.currentRevision())
    }
}
