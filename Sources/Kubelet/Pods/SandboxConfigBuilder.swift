import APIMachinery
import CRI

/// Turns a Pod into the CRI sandbox config (pure).
struct SandboxConfigBuilder {
    var logRoot: String
    var cgroupRoot: String
    /// Cluster DNS servers for `dnsPolicy: ClusterFirst` (empty: the runtime copies the host's resolv.conf).
    var clusterDNS: [String] = []
    var clusterDomain = "cluster.local"

    static func logDirectory(root: String, namespace: String, name: String, uid: String) -> String {
        "\(root)/\(namespace)_\(name)_\(uid)"
    }

    func cgroupParent(uid: String) -> String { "\(cgroupRoot)/pod\(uid)" }

    func build(pod: JSON, attempt: UInt32) -> Runtime_V1_PodSandboxConfig {
        let meta = pod["metadata"]
        let spec = pod["spec"]
        let name = meta["name"].stringValue ?? ""
        let namespace = meta["namespace"].stringValue ?? "default"
        let uid = meta["uid"].stringValue ?? ""

        var config = Runtime_V1_PodSandboxConfig()
        config.metadata.name = name
        config.metadata.namespace = namespace
        config.metadata.uid = uid
        config.metadata.attempt = attempt
        config.hostname = Self.hostname(pod: pod)
        config.logDirectory = Self.logDirectory(root: logRoot, namespace: namespace, name: name, uid: uid)

        var labels: [String: String] = [:]
        for (key, value) in meta["labels"].objectValue ?? [:] { labels[key] = value.stringValue }
        labels[PodLabels.podName] = name
        labels[PodLabels.podNamespace] = namespace
        labels[PodLabels.podUID] = uid
        labels[PodLabels.managedBy] = PodLabels.managedByValue
        config.labels = labels
        var annotations: [String: String] = [:]
        for (key, value) in meta["annotations"].objectValue ?? [:] { annotations[key] = value.stringValue }
        config.annotations = annotations

        let hostNetwork = spec["hostNetwork"].boolValue == true
        for container in (spec["containers"].arrayValue ?? []) {
            for port in container["ports"].arrayValue ?? [] {
                guard let hostPort = port["hostPort"].intValue, hostPort > 0, let containerPort = port["containerPort"].intValue else { continue }
                var mapping = Runtime_V1_PortMapping()
                mapping.containerPort = Int32(clamping: containerPort)
                mapping.hostPort = Int32(clamping: hostPort)
                mapping.hostIp = port["hostIP"].stringValue ?? ""
                switch port["protocol"].stringValue {
                case "UDP": mapping.protocol = .udp
                case "SCTP": mapping.protocol = .sctp
                default: mapping.protocol = .tcp
                }
                config.portMappings.append(mapping)
            }
        }

        if let dns = dnsConfig(pod: pod, namespace: namespace, hostNetwork: hostNetwork) { config.dnsConfig = dns }

        config.linux.cgroupParent = cgroupParent(uid: uid)
        var namespaces = Runtime_V1_NamespaceOption()
        namespaces.network = hostNetwork ? .node : .pod
        namespaces.pid = spec["hostPID"].boolValue == true ? .node : (spec["shareProcessNamespace"].boolValue == true ? .pod : .container)
        namespaces.ipc = spec["hostIPC"].boolValue == true ? .node : .pod
        config.linux.securityContext.namespaceOptions = namespaces
        let podSecurity = spec["securityContext"]
        if let user = podSecurity["runAsUser"].intValue { config.linux.securityContext.runAsUser.value = user }
        if let group = podSecurity["runAsGroup"].intValue { config.linux.securityContext.runAsGroup.value = group }
        config.linux.securityContext.supplementalGroups = (podSecurity["supplementalGroups"].arrayValue ?? []).compactMap(\.intValue)
        if let fsGroup = podSecurity["fsGroup"].intValue { config.linux.securityContext.supplementalGroups.append(fsGroup) }
        for sysctl in podSecurity["sysctls"].arrayValue ?? [] {
            if let key = sysctl["name"].stringValue, let value = sysctl["value"].stringValue { config.linux.sysctls[key] = value }
        }
        return config
    }

    /// `spec.hostname` (+ subdomain is only for DNS) or the pod name, cut to 63 characters.
    static func hostname(pod: JSON) -> String {
        let name = pod["spec"]["hostname"].stringValue ?? pod["metadata"]["name"].stringValue ?? ""
        var host = String(name.prefix(63))
        while host.hasSuffix("-") || host.hasSuffix(".") { host.removeLast() }
        return host
    }

    /// The DNS hook: `None` uses only `dnsConfig`; `ClusterFirst` uses the cluster DNS when one is
    /// configured; otherwise the runtime copies the host's resolv.conf.
    func dnsConfig(pod: JSON, namespace: String, hostNetwork: Bool) -> Runtime_V1_DNSConfig? {
        let spec = pod["spec"]
        let policy = spec["dnsPolicy"].stringValue ?? "ClusterFirst"
        var dns = Runtime_V1_DNSConfig()
        let useCluster = !clusterDNS.isEmpty && (policy == "ClusterFirstWithHostNet" || (policy == "ClusterFirst" && !hostNetwork))
        if useCluster {
            dns.servers = clusterDNS
            dns.searches = ["\(namespace).svc.\(clusterDomain)", "svc.\(clusterDomain)", clusterDomain]
            dns.options = ["ndots:5"]
        }
        let custom = spec["dnsConfig"]
        dns.servers += (custom["nameservers"].arrayValue ?? []).compactMap(\.stringValue)
        dns.searches += (custom["searches"].arrayValue ?? []).compactMap(\.stringValue)
        for option in custom["options"].arrayValue ?? [] {
            guard let name = option["name"].stringValue else { continue }
            dns.options.append(option["value"].stringValue.map { "\(name):\($0)" } ?? name)
        }
        if policy == "None" || useCluster || !dns.servers.isEmpty || !dns.searches.isEmpty || !dns.options.isEmpty { return dns }
        return nil
    }
}
