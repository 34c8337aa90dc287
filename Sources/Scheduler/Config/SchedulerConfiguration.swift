import APIMachinery
import Foundation

/// One scheduler profile: the pods it takes (by `spec.schedulerName`) and its plugins.
public struct SchedulerProfile: Sendable, Hashable {
    public var schedulerName: String
    /// Filter plugins turned off (`*` turns off all defaults).
    public var disabledFilter: Set<String>
    /// Score plugins turned off (`*` turns off all defaults).
    public var disabledScore: Set<String>
    /// Extra or reweighted score plugins: name → weight.
    public var scoreWeights: [String: Int64]
    /// Filter plugins enabled explicitly (re-enables defaults after `*`).
    public var enabledFilter: [String]
    public var scoringStrategy: ScoringStrategy
    /// Turns preemption off when false.
    public var preemption: Bool
    public var percentageOfNodesToScore: Int32?

    public init(
        schedulerName: String = SchedulerConfiguration.defaultSchedulerName, disabledFilter: Set<String> = [],
        disabledScore: Set<String> = [], scoreWeights: [String: Int64] = [:], enabledFilter: [String] = [],
        scoringStrategy: ScoringStrategy = .leastAllocated, preemption: Bool = true, percentageOfNodesToScore: Int32? = nil
    ) {
        self.schedulerName = schedulerName
        self.disabledFilter = disabledFilter
        self.disabledScore = disabledScore
        self.scoreWeights = scoreWeights
        self.enabledFilter = enabledFilter
        self.scoringStrategy = scoringStrategy
        self.preemption = preemption
        self.percentageOfNodesToScore = percentageOfNodesToScore
    }
}

/// The scheduler's configuration: profiles and global knobs, loadable from an upstream
/// `KubeSchedulerConfiguration` (`kubescheduler.config.k8s.io/v1`) file.
public struct SchedulerConfiguration: Sendable, Hashable {
    public static let defaultSchedulerName = "default-scheduler"

    /// Default filter plugins, in upstream order.
    public static let defaultFilterPlugins = [
        PluginName.nodeUnschedulable, PluginName.nodeName, PluginName.taintToleration, PluginName.nodeAffinity,
        PluginName.nodePorts, PluginName.nodeResourcesFit, PluginName.podTopologySpread, PluginName.interPodAffinity,
    ]
    /// Default score plugins and weights, in upstream order.
    public static let defaultScorePlugins: [(String, Int64)] = [
        (PluginName.taintToleration, 3), (PluginName.nodeAffinity, 2), (PluginName.nodeResourcesFit, 1),
        (PluginName.podTopologySpread, 2), (PluginName.interPodAffinity, 2),
        (PluginName.nodeResourcesBalancedAllocation, 1), (PluginName.imageLocality, 1),
    ]

    public var profiles: [SchedulerProfile]
    /// 0: adaptive.
    public var percentageOfNodesToScore: Int32
    public var leaderElect: Bool
    public var leaseNamespace: String
    /// Lease name; nil: `kube-scheduler` for the default scheduler, else the first profile's name.
    public var leaseName: String?
    /// Backoff of failed pods.
    public var podInitialBackoff: Duration
    public var podMaxBackoff: Duration
    /// How long a pod stays unschedulable before it is retried without an event.
    public var podMaxInUnschedulable: Duration
    /// Client-side cap on concurrent binding requests.
    public var maxConcurrentBinds: Int

    public init(
        profiles: [SchedulerProfile] = [SchedulerProfile()], percentageOfNodesToScore: Int32 = 0, leaderElect: Bool = false,
        leaseNamespace: String = "kube-system", leaseName: String? = nil, podInitialBackoff: Duration = .seconds(1),
        podMaxBackoff: Duration = .seconds(10), podMaxInUnschedulable: Duration = .seconds(60), maxConcurrentBinds: Int = 256
    ) {
        self.profiles = profiles.isEmpty ? [SchedulerProfile()] : profiles
        self.percentageOfNodesToScore = percentageOfNodesToScore
        self.leaderElect = leaderElect
        self.leaseNamespace = leaseNamespace
        self.leaseName = leaseName
        self.podInitialBackoff = podInitialBackoff
        self.podMaxBackoff = podMaxBackoff
        self.podMaxInUnschedulable = podMaxInUnschedulable
        self.maxConcurrentBinds = maxConcurrentBinds
    }

    /// The configuration of a single profile with this scheduler name.
    public static func named(_ schedulerName: String) -> SchedulerConfiguration {
        SchedulerConfiguration(profiles: [SchedulerProfile(schedulerName: schedulerName)])
    }

    public var schedulerNames: [String] { profiles.map(\.schedulerName) }

    /// The lease this scheduler elects its leader with.
    public var effectiveLeaseName: String {
        if let leaseName, !leaseName.isEmpty { return leaseName }
        let first = profiles.first?.schedulerName ?? Self.defaultSchedulerName
        return first == Self.defaultSchedulerName ? "kube-scheduler" : first
    }

    public static func load(path: String) throws -> SchedulerConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError("cannot read scheduler configuration \(path)")
        }
        return try parse(yaml: String(decoding: data, as: UTF8.self))
    }

    /// Parses a `KubeSchedulerConfiguration` (YAML or JSON). Supported: `profiles[].schedulerName`,
    /// `profiles[].plugins.{filter,score,postFilter,multiPoint}.{enabled,disabled}` (with weights),
    /// `profiles[].pluginConfig` `NodeResourcesFitArgs.scoringStrategy`,
    /// `[profiles[].]percentageOfNodesToScore`, `leaderElection`, `podInitialBackoffSeconds`,
    /// `podMaxBackoffSeconds`.
    public static func parse(yaml: String) throws -> SchedulerConfiguration {
        let json: JSON
        do { json = try JSON.parseYAML(yaml) } catch { throw ConfigurationError("invalid scheduler configuration: \(error)") }
        guard json.objectValue != nil else { throw ConfigurationError("scheduler configuration must be an object") }
        if let kind = json["kind"].stringValue, kind != "KubeSchedulerConfiguration" {
            throw ConfigurationError("unexpected kind \(kind), want KubeSchedulerConfiguration")
        }
        if let apiVersion = json["apiVersion"].stringValue, !apiVersion.hasPrefix("kubescheduler.config.k8s.io/") {
            throw ConfigurationError("unexpected apiVersion \(apiVersion)")
        }
        var config = SchedulerConfiguration()
        if let p = json["percentageOfNodesToScore"].intValue {
            guard (0...100).contains(p) else { throw ConfigurationError("percentageOfNodesToScore must be in 0...100, got \(p)") }
            config.percentageOfNodesToScore = Int32(p)
        }
        if let b = json["podInitialBackoffSeconds"].intValue, b > 0 { config.podInitialBackoff = .seconds(b) }
        if let b = json["podMaxBackoffSeconds"].intValue, b > 0 { config.podMaxBackoff = .seconds(b) }
        let le = json["leaderElection"]
        if let on = le["leaderElect"].boolValue { config.leaderElect = on }
        if let ns = le["resourceNamespace"].stringValue, !ns.isEmpty { config.leaseNamespace = ns }
        if let n = le["resourceName"].stringValue, !n.isEmpty { config.leaseName = n }

        if let profiles = json["profiles"].arrayValue, !profiles.isEmpty {
            var seen: Set<String> = []
            config.profiles = try profiles.map { try parseProfile($0) }
            for p in config.profiles {
                guard seen.insert(p.schedulerName).inserted else {
                    throw ConfigurationError("duplicate profile with scheduler name \"\(p.schedulerName)\"")
                }
            }
        }
        return config
    }

    static func parseProfile(_ j: JSON) throws -> SchedulerProfile {
        var p = SchedulerProfile(schedulerName: j["schedulerName"].stringValue ?? defaultSchedulerName)
        if let pct = j["percentageOfNodesToScore"].intValue {
            guard (0...100).contains(pct) else { throw ConfigurationError("percentageOfNodesToScore must be in 0...100, got \(pct)") }
            p.percentageOfNodesToScore = Int32(pct)
        }
        let plugins = j["plugins"]
        func names(_ set: JSON, _ field: String) -> [(String, Int64?)] {
            (set[field].arrayValue ?? []).compactMap { e in
                guard let n = e["name"].stringValue else { return nil }
                return (n, e["weight"].intValue)
            }
        }
        for point in ["multiPoint", "filter", "preFilter"] {
            for (n, _) in names(plugins[point], "disabled") { p.disabledFilter.insert(n) }
            for (n, _) in names(plugins[point], "enabled") { p.enabledFilter.append(n) }
        }
        for point in ["multiPoint", "score", "preScore"] {
            for (n, _) in names(plugins[point], "disabled") { p.disabledScore.insert(n) }
            for (n, w) in names(plugins[point], "enabled") where point != "preScore" {
                let known = defaultScorePlugins.first { $0.0 == n }
                p.scoreWeights[n] = w ?? known?.1 ?? 1
            }
        }
        for point in ["multiPoint", "postFilter"] {
            for (n, _) in names(plugins[point], "disabled") where n == PluginName.defaultPreemption || n == "*" {
                p.preemption = false
            }
        }
        for pc in j["pluginConfig"].arrayValue ?? [] {
            guard pc["name"].stringValue == PluginName.nodeResourcesFit else { continue }
            let s = pc["args"]["scoringStrategy"]
            guard s.objectValue != nil else { continue }
            let typeName = s["type"].stringValue ?? "LeastAllocated"
            guard let kind = ScoringStrategy.Kind(rawValue: typeName) else {
                throw ConfigurationError("unknown NodeResourcesFit scoring strategy \"\(typeName)\"")
            }
            let resources = (s["resources"].arrayValue ?? []).compactMap { r -> ScoringStrategy.Resource? in
                guard let n = r["name"].stringValue else { return nil }
                return ScoringStrategy.Resource(name: n, weight: r["weight"].intValue ?? 1)
            }
            let shape = (s["requestedToCapacityRatio"]["shape"].arrayValue ?? []).compactMap { pt -> ScoringStrategy.ShapePoint? in
                guard let u = pt["utilization"].intValue, let sc = pt["score"].intValue else { return nil }
                return ScoringStrategy.ShapePoint(utilization: u, score: sc)
            }
            for pt in shape where !(0...100).contains(pt.utilization) || !(0...10).contains(pt.score) {
                throw ConfigurationError("requestedToCapacityRatio shape point out of range: utilization \(pt.utilization), score \(pt.score)")
            }
            p.scoringStrategy = ScoringStrategy(type: kind, resources: resources, shape: shape)
        }
        return p
    }
}

public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
