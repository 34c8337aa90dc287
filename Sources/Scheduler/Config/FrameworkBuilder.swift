import APIMachinery

extension Framework {
    /// Builds the framework of a profile from the in-tree plugins.
    ///
    /// - Parameter defaultSpreadSelector: selector of the Services and controllers owning a pod,
    ///   for PodTopologySpread's default constraints.
    public static func make(
        profile: SchedulerProfile, defaultSpreadSelector: @escaping @Sendable (PodInfo) -> LabelSelector? = { _ in nil }
    ) -> Framework {
        var instances: [String: any SchedulerPlugin] = [:]
        func plugin(_ name: String) -> (any SchedulerPlugin)? {
            if let p = instances[name] { return p }
            let p: (any SchedulerPlugin)?
            switch name {
            case PluginName.nodeName: p = NodeNamePlugin()
            case PluginName.nodeUnschedulable: p = NodeUnschedulablePlugin()
            case PluginName.taintToleration: p = TaintTolerationPlugin()
            case PluginName.nodeAffinity: p = NodeAffinityPlugin()
            case PluginName.nodePorts: p = NodePortsPlugin()
            case PluginName.nodeResourcesFit: p = NodeResourcesFitPlugin(strategy: profile.scoringStrategy)
            case PluginName.nodeResourcesBalancedAllocation: p = NodeResourcesBalancedAllocationPlugin()
            case PluginName.podTopologySpread: p = PodTopologySpreadPlugin(defaultSelector: defaultSpreadSelector)
            case PluginName.interPodAffinity: p = InterPodAffinityPlugin()
            case PluginName.imageLocality: p = ImageLocalityPlugin()
            default: p = nil
            }
            if let p { instances[name] = p }
            return p
        }

        var filterNames: [String] = profile.disabledFilter.contains("*")
            ? [] : SchedulerConfiguration.defaultFilterPlugins.filter { !profile.disabledFilter.contains($0) }
        for n in profile.enabledFilter where !filterNames.contains(n) && SchedulerConfiguration.defaultFilterPlugins.contains(n) {
            filterNames.append(n)
        }
        var scoreList: [(String, Int64)] = profile.disabledScore.contains("*")
            ? [] : SchedulerConfiguration.defaultScorePlugins.filter { !profile.disabledScore.contains($0.0) }
        scoreList = scoreList.map { ($0.0, profile.scoreWeights[$0.0] ?? $0.1) }
        for (n, w) in profile.scoreWeights.sorted(by: { $0.key < $1.key }) where !scoreList.contains(where: { $0.0 == n }) {
            if SchedulerConfiguration.defaultScorePlugins.contains(where: { $0.0 == n }) { scoreList.append((n, w)) }
        }

        var preFilters: [any PreFilterPlugin] = []
        var filters: [any FilterPlugin] = []
        for n in filterNames {
            guard let p = plugin(n) else { continue }
            if let pf = p as? any PreFilterPlugin { preFilters.append(pf) }
            if let f = p as? any FilterPlugin { filters.append(f) }
        }
        var preScores: [any PreScorePlugin] = []
        var scores: [(plugin: any ScorePlugin, weight: Int64)] = []
        for (n, w) in scoreList where w > 0 {
            guard let p = plugin(n) else { continue }
            if let ps = p as? any PreScorePlugin { preScores.append(ps) }
            if let s = p as? any ScorePlugin { scores.append((s, w)) }
        }
        return Framework(
            profileName: profile.schedulerName, preFilterPlugins: preFilters, filterPlugins: filters, preScorePlugins: preScores,
            scorePlugins: scores, postFilterPlugin: profile.preemption ? DefaultPreemption() : nil,
            percentageOfNodesToScore: profile.percentageOfNodesToScore)
    }
}
