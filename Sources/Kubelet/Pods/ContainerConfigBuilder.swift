import APIMachinery
import CRI
import Foundation

/// Turns one container of a Pod into the CRI container config (pure).
struct ContainerConfigBuilder {
    /// Node memory, for the OOM score of Burstable pods.
    var nodeMemoryBytes: Int64
    /// The node's IP, for `status.hostIP` field references.
    var hostIP: String
    var nodeName: String
    /// Directory of the pod's volumes on the host.
    var volumeRoot: (_ podUID: String) -> String

    /// Kinds of container, in the label so restarts and status find them again.
    enum Kind: String { case initContainer = "init", app = "app" }

    func build(pod: JSON, container: JSON, kind: Kind, attempt: UInt32, podIP: String, sources: EnvSources = EnvSources()) throws(KubeletError) -> Runtime_V1_ContainerConfig {
        let name = container["name"].stringValue ?? ""
        let meta = pod["metadata"]
        let uid = meta["uid"].stringValue ?? ""

        var config = Runtime_V1_ContainerConfig()
        config.metadata.name = name
        config.metadata.attempt = attempt
        config.image.image = container["image"].stringValue ?? ""
        config.image.userSpecifiedImage = config.image.image
        config.logPath = "\(name)/\(attempt).log"
        config.workingDir = container["workingDir"].stringValue ?? ""
        config.stdin = container["stdin"].boolValue == true
        config.stdinOnce = container["stdinOnce"].boolValue == true
        config.tty = container["tty"].boolValue == true
        config.labels = [
            PodLabels.containerName: name,
            PodLabels.podName: meta["name"].stringValue ?? "",
            PodLabels.podNamespace: meta["namespace"].stringValue ?? "",
            PodLabels.podUID: uid,
            PodLabels.containerKind: kind.rawValue,
            PodLabels.managedBy: PodLabels.managedByValue,
        ]
        config.annotations = [
            PodLabels.restartCount: String(attempt),
            PodLabels.terminationGracePeriod: String(pod["spec"]["terminationGracePeriodSeconds"].intValue ?? 30),
        ]

        let env = try environment(pod: pod, container: container, podIP: podIP, sources: sources)
        let lookup: (String) -> String? = { key in env.last { $0.0 == key }?.1 }
        config.envs = env.map { key, value in
            var kv = Runtime_V1_KeyValue()
            kv.key = key
            kv.value = Data(value.utf8)
            return kv
        }
        config.command = (container["command"].arrayValue ?? []).compactMap(\.stringValue).map { EnvExpansion.expand($0, lookup) }
        config.args = (container["args"].arrayValue ?? []).compactMap(\.stringValue).map { EnvExpansion.expand($0, lookup) }
        config.mounts = mounts(pod: pod, container: container, podUID: uid)
        config.linux.resources = resources(pod: pod, container: container)
        config.linux.securityContext = securityContext(pod: pod, container: container)
        return config
    }

    /// `envFrom` then `env`, in order, with `$(VAR)` expanded against earlier entries: values,
    /// the pod's field references, the container's resource fields, and ConfigMap/Secret keys from
    /// `sources`. A missing non-optional reference fails with `CreateContainerConfigError`.
    func environment(pod: JSON, container: JSON, podIP: String, sources: EnvSources = EnvSources()) throws(KubeletError) -> [(String, String)] {
        var env: [(String, String)] = []
        func missing(_ what: String) -> KubeletError { KubeletError(reason: "CreateContainerConfigError", message: what) }
        for source in container["envFrom"].arrayValue ?? [] {
            let prefix = source["prefix"].stringValue ?? ""
            let data: [String: String]?
            if let name = source["configMapRef"]["name"].stringValue {
                data = sources.configMaps[name]
                if data == nil && source["configMapRef"]["optional"].boolValue != true { throw missing("configmap \"\(name)\" not found") }
            } else if let name = source["secretRef"]["name"].stringValue {
                data = sources.secrets[name]
                if data == nil && source["secretRef"]["optional"].boolValue != true { throw missing("secret \"\(name)\" not found") }
            } else {
                data = nil
            }
            for (key, value) in (data ?? [:]).sorted(by: { $0.key < $1.key }) { env.append((prefix + key, value)) }
        }
        for item in container["env"].arrayValue ?? [] {
            guard let key = item["name"].stringValue else { continue }
            let lookup: (String) -> String? = { name in env.last { $0.0 == name }?.1 }
            let from = item["valueFrom"]
            if let value = item["value"].stringValue {
                env.append((key, EnvExpansion.expand(value, lookup)))
            } else if let path = from["fieldRef"]["fieldPath"].stringValue {
                env.append((key, fieldValue(pod: pod, path: path, podIP: podIP)))
            } else if let resource = from["resourceFieldRef"]["resource"].stringValue {
                env.append((key, resourceValue(container: container, resource: resource, divisor: from["resourceFieldRef"]["divisor"])))
            } else if let name = from["configMapKeyRef"]["name"].stringValue, let field = from["configMapKeyRef"]["key"].stringValue {
                if let value = sources.configMaps[name]?[field] {
                    env.append((key, value))
                } else if from["configMapKeyRef"]["optional"].boolValue != true {
                    throw missing(sources.configMaps[name] == nil ? "configmap \"\(name)\" not found" : "couldn't find key \(field) in ConfigMap \(pod["metadata"]["namespace"].stringValue ?? "")/\(name)")
                }
            } else if let name = from["secretKeyRef"]["name"].stringValue, let field = from["secretKeyRef"]["key"].stringValue {
                if let value = sources.secrets[name]?[field] {
                    env.append((key, value))
                } else if from["secretKeyRef"]["optional"].boolValue != true {
                    throw missing(sources.secrets[name] == nil ? "secret \"\(name)\" not found" : "couldn't find key \(field) in Secret \(pod["metadata"]["namespace"].stringValue ?? "")/\(name)")
                }
            } else if from.isNull {
                env.append((key, ""))
            }
        }
        return env
    }

    /// `limits.cpu`, `requests.memory`, ... of the container, divided by `divisor` and rounded up
    /// (a limit that is not set reads as the node's capacity).
    func resourceValue(container: JSON, resource: String, divisor: JSON) -> String {
        let parts = resource.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return "" }
        let value = container["resources"][parts[0]][parts[1]]
        if parts[1] == "cpu" {
            let milli = Self.milli(value) ?? (parts[0] == "limits" ? Int64(ProcessInfo.processInfo.activeProcessorCount) * 1000 : 0)
            let per = max(1, Self.milli(divisor) ?? 1000)
            return String((milli + per - 1) / per)
        }
        let bytes = Self.bytes(value) ?? (parts[0] == "limits" ? nodeMemoryBytes : 0)
        let per = max(1, Self.bytes(divisor) ?? 1)
        return String((bytes + per - 1) / per)
    }

    func fieldValue(pod: JSON, path: String, podIP: String) -> String {
        let meta = pod["metadata"]
        switch path {
        case "metadata.name": return meta["name"].stringValue ?? ""
        case "metadata.namespace": return meta["namespace"].stringValue ?? ""
        case "metadata.uid": return meta["uid"].stringValue ?? ""
        case "spec.nodeName": return pod["spec"]["nodeName"].stringValue ?? nodeName
        case "spec.serviceAccountName": return pod["spec"]["serviceAccountName"].stringValue ?? ""
        case "status.podIP", "status.podIPs": return podIP
        case "status.hostIP", "status.hostIPs": return hostIP
        default:
            // metadata.labels['key'] / metadata.annotations['key']
            for field in ["labels", "annotations"] where path.hasPrefix("metadata.\(field)['") && path.hasSuffix("']") {
                let key = String(path.dropFirst("metadata.\(field)['".count).dropLast(2))
                return meta[field][key].stringValue ?? ""
            }
            return ""
        }
    }

    /// emptyDir, hostPath, ConfigMap, Secret, downward API and projected volumes.
    func mounts(pod: JSON, container: JSON, podUID: String) -> [Runtime_V1_Mount] {
        var volumes: [String: JSON] = [:]
        for volume in pod["spec"]["volumes"].arrayValue ?? [] {
            if let name = volume["name"].stringValue { volumes[name] = volume }
        }
        var mounts: [Runtime_V1_Mount] = []
        for mount in container["volumeMounts"].arrayValue ?? [] {
            guard let name = mount["name"].stringValue, let volume = volumes[name], let path = mount["mountPath"].stringValue,
                  let hostPath = Self.hostPath(of: volume, volumeRoot: volumeRoot(podUID)) else { continue }
            var m = Runtime_V1_Mount()
            m.containerPath = path
            m.hostPath = hostPath + (mount["subPath"].stringValue.map { $0.isEmpty ? "" : "/" + $0 } ?? "")
            // ConfigMap, Secret, downward API and projected volumes are always read-only.
            m.readonly = mount["readOnly"].boolValue == true || VolumeProjection.kind(of: volume) != nil
            switch mount["mountPropagation"].stringValue {
            case "HostToContainer": m.propagation = .propagationHostToContainer
            case "Bidirectional": m.propagation = .propagationBidirectional
            default: m.propagation = .propagationPrivate
            }
            mounts.append(m)
        }
        return mounts
    }

    /// Where a volume lives on the host, nil for kinds not supported yet.
    static func hostPath(of volume: JSON, volumeRoot: String) -> String? {
        let name = volume["name"].stringValue ?? ""
        if !volume["hostPath"].isNull { return volume["hostPath"]["path"].stringValue }
        if !volume["emptyDir"].isNull { return volumeRoot + "/empty-dir/" + name }
        return VolumeProjection.hostDirectory(of: volume, volumeRoot: volumeRoot)
    }

    /// cgroup limits: CPU shares from the request, CFS quota from the limit, memory limit, and
    /// the OOM score by QoS class (as upstream).
    func resources(pod: JSON, container: JSON) -> Runtime_V1_LinuxContainerResources {
        var r = Runtime_V1_LinuxContainerResources()
        let requests = container["resources"]["requests"]
        let limits = container["resources"]["limits"]
        let cpuRequest = Self.milli(requests["cpu"]) ?? Self.milli(limits["cpu"])
        r.cpuShares = max(2, (cpuRequest ?? 0) * 1024 / 1000)
        if let cpuLimit = Self.milli(limits["cpu"]), cpuLimit > 0 {
            r.cpuPeriod = 100_000
            r.cpuQuota = max(1000, cpuLimit * 100_000 / 1000)
        }
        if let memoryLimit = Self.bytes(limits["memory"]), memoryLimit > 0 { r.memoryLimitInBytes = memoryLimit }
        let memoryRequest = Self.bytes(requests["memory"]) ?? Self.bytes(limits["memory"]) ?? 0
        switch QoS.of(pod: pod) {
        case .guaranteed: r.oomScoreAdj = -997
        case .bestEffort: r.oomScoreAdj = 1000
        case .burstable:
            let score = nodeMemoryBytes > 0 ? 1000 - (1000 * memoryRequest) / nodeMemoryBytes : 999
            r.oomScoreAdj = min(999, max(2, score))
        }
        return r
    }

    static func milli(_ value: JSON) -> Int64? {
        guard let text = value.stringValue ?? value.intValue.map(String.init), let q = try? Quantity(parsing: text) else { return nil }
        return q.milliValue
    }

    static func bytes(_ value: JSON) -> Int64? {
        guard let text = value.stringValue ?? value.intValue.map(String.init), let q = try? Quantity(parsing: text) else { return nil }
        return q.value
    }

    func securityContext(pod: JSON, container: JSON) -> Runtime_V1_LinuxContainerSecurityContext {
        var s = Runtime_V1_LinuxContainerSecurityContext()
        let podContext = pod["spec"]["securityContext"]
        let context = container["securityContext"]
        if let user = context["runAsUser"].intValue ?? podContext["runAsUser"].intValue { s.runAsUser.value = user }
        if let group = context["runAsGroup"].intValue ?? podContext["runAsGroup"].intValue { s.runAsGroup.value = group }
        s.supplementalGroups = (podContext["supplementalGroups"].arrayValue ?? []).compactMap(\.intValue)
        if let fsGroup = podContext["fsGroup"].intValue { s.supplementalGroups.append(fsGroup) }
        s.privileged = context["privileged"].boolValue == true
        s.readonlyRootfs = context["readOnlyRootFilesystem"].boolValue == true
        s.noNewPrivs = context["allowPrivilegeEscalation"].boolValue == false
        s.capabilities.addCapabilities = (context["capabilities"]["add"].arrayValue ?? []).compactMap(\.stringValue)
        s.capabilities.dropCapabilities = (context["capabilities"]["drop"].arrayValue ?? []).compactMap(\.stringValue)
        var namespaces = Runtime_V1_NamespaceOption()
        let spec = pod["spec"]
        namespaces.network = spec["hostNetwork"].boolValue == true ? .node : .pod
        namespaces.pid = spec["hostPID"].boolValue == true ? .node : (spec["shareProcessNamespace"].boolValue == true ? .pod : .container)
        namespaces.ipc = spec["hostIPC"].boolValue == true ? .node : .pod
        s.namespaceOptions = namespaces
        return s
    }
}

/// The pod's quality-of-service class, from its containers' requests and limits.
enum QoS: String {
    case guaranteed = "Guaranteed", burstable = "Burstable", bestEffort = "BestEffort"

    static func of(pod: JSON) -> QoS {
        let containers = (pod["spec"]["containers"].arrayValue ?? []) + (pod["spec"]["initContainers"].arrayValue ?? [])
        var anySet = false
        var allGuaranteed = true
        for container in containers {
            let requests = container["resources"]["requests"].objectValue ?? [:]
            let limits = container["resources"]["limits"].objectValue ?? [:]
            if !requests.isEmpty || !limits.isEmpty { anySet = true }
            for resource in ["cpu", "memory"] {
                guard let limit = limits[resource] else { allGuaranteed = false; continue }
                if let request = requests[resource], request != limit,
                   ContainerConfigBuilder.milli(request) != ContainerConfigBuilder.milli(limit) { allGuaranteed = false }
            }
        }
        if !anySet { return .bestEffort }
        return allGuaranteed ? .guaranteed : .burstable
    }
}
