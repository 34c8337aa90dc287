import APIMachinery
import API

/// A PodDisruptionBudget as preemption reads it.
public struct PDBInfo: Sendable, Hashable {
    public var namespace: String
    public var name: String
    /// `LabelSelector.nothing` for a PDB without selector; an empty selector also matches nothing here.
    public var selector: LabelSelector
    public var disruptionsAllowed: Int32
    /// Pods the API server already counted as disrupted (`status.disruptedPods`).
    public var disruptedPods: Set<String>

    public init(namespace: String, name: String, selector: LabelSelector, disruptionsAllowed: Int32, disruptedPods: Set<String> = []) {
        self.namespace = namespace
        self.name = name
        self.selector = selector
        self.disruptionsAllowed = disruptionsAllowed
        self.disruptedPods = disruptedPods
    }

    public init(_ pdb: PolicyV1.PodDisruptionBudget) {
        namespace = pdb.metadata.namespace ?? ""
        name = pdb.metadata.name ?? ""
        selector = (try? LabelSelector(labelSelector: pdb.spec.selector.json)) ?? .nothing
        disruptionsAllowed = pdb.status.disruptionsAllowed ?? 0
        disruptedPods = Set(pdb.json["status"]["disruptedPods"].objectValue?.keys.map { $0 } ?? [])
    }
}

/// A node where evicting `victims` lets the preemptor fit.
public struct PreemptionCandidate: Sendable {
    public var node: String
    /// Sorted most important first.
    public var victims: [PodInfo]
    public var numPDBViolations: Int
}

/// What preemption decided.
public enum PreemptionOutcome: Sendable {
    /// Evict `victims` and nominate the preemptor to `node`.
    case nominate(node: String, victims: [PodInfo])
    /// Preemption does not help; the message goes after `preemption: ` in the failure message.
    case failed(message: String, clearNomination: Bool)
}

/// The default PostFilter: when a pod fits nowhere, finds nodes where evicting lower-priority
/// pods makes it fit, preferring the candidate that violates the fewest PodDisruptionBudgets,
/// then evicts the least important pods possible (upstream `DefaultPreemption`).
public final class DefaultPreemption: Sendable {
    public static let minCandidateNodesPercentage = 10
    public static let minCandidateNodesAbsolute = 100
    public static let noVictimsMessage = "No preemption victims found for incoming pod"
    public static let notHelpfulMessage = "Preemption is not helpful for scheduling"

    public var name: String { PluginName.defaultPreemption }
    public init() {}

    /// Whether the pod may preempt; the message explains why not.
    public func eligible(pod: PodInfo, snapshot: Snapshot, nominatedNodeStatus: Status?) -> (Bool, String) {
        if pod.preemptionPolicy == "Never" { return (false, "not eligible due to preemptionPolicy=Never.") }
        if !pod.nominatedNodeName.isEmpty {
            if nominatedNodeStatus?.code == .unschedulableAndUnresolvable { return (true, "") }
            if let info = snapshot.get(pod.nominatedNodeName) {
                for p in info.pods where p.priority < pod.priority && p.isTerminating {
                    return (false, "not eligible due to a terminating pod on the nominated node.")
                }
            }
        }
        return (true, "")
    }

    /// Runs preemption for a pod that failed the filters with `nodeStatuses` (one per node).
    public func preempt(
        framework: Framework, state: CycleState, pod: PodInfo, snapshot: Snapshot,
        nodeStatuses: [(node: String, status: Status)], pdbs: [PDBInfo], randomOffset: Int? = nil
    ) -> PreemptionOutcome {
        let nominatedStatus = nodeStatuses.first { $0.node == pod.nominatedNodeName }?.status
        let (ok, msg) = eligible(pod: pod, snapshot: snapshot, nominatedNodeStatus: nominatedStatus)
        if !ok { return .failed(message: msg, clearNomination: false) }

        let potential = nodeStatuses.filter { $0.status.code == .unschedulable }.compactMap { snapshot.get($0.node) }
        if potential.isEmpty {
            let fit = FitError(numAllNodes: snapshot.count, absentNodesStatus: Status(.unschedulableAndUnresolvable, Self.notHelpfulMessage))
            return .failed(message: fit.description, clearNomination: true)
        }
        let numCandidates = max(potential.count * Self.minCandidateNodesPercentage / 100, Self.minCandidateNodesAbsolute)
        let wanted = min(numCandidates, potential.count)
        let offset = randomOffset ?? Int.random(in: 0..<potential.count)

        var nonViolating: [PreemptionCandidate] = []
        var violating: [PreemptionCandidate] = []
        var statuses: [(node: String, status: Status)] = []
        for i in 0..<potential.count {
            let info = potential[(offset + i) % potential.count]
            let stateCopy = state.clone()
            let (victims, violations, status) = selectVictimsOnNode(
                framework: framework, state: stateCopy, pod: pod, node: info.clone(), pdbs: pdbs,
                nominated: snapshot.nominatedPods[info.name] ?? [])
            if status.isSuccess && !victims.isEmpty {
                let c = PreemptionCandidate(node: info.name, victims: victims, numPDBViolations: violations)
                if violations == 0 { nonViolating.append(c) } else { violating.append(c) }
                if !nonViolating.isEmpty && nonViolating.count + violating.count >= wanted { break }
            } else if status.isSuccess {
                statuses.append((info.name, Status(.unschedulableAndUnresolvable, Self.noVictimsMessage)))
            } else {
                statuses.append((info.name, status))
            }
        }
        let candidates = nonViolating + violating
        guard let best = Self.pickOneNode(candidates) else {
            let fit = FitError(
                numAllNodes: snapshot.count, nodeStatuses: statuses,
                absentNodesStatus: Status(.unschedulableAndUnresolvable, Self.notHelpfulMessage))
            return .failed(message: fit.description, clearNomination: false)
        }
        return .nominate(node: best.node, victims: best.victims)
    }

    /// Finds the fewest, least important pods to evict from `node` so `pod` fits, reprieving
    /// PDB-protected pods first. Returns the victims (most important first), how many of them
    /// violate a PDB, and the filter status when even evicting everything lower does not help.
    public func selectVictimsOnNode(
        framework: Framework, state: CycleState, pod: PodInfo, node: NodeInfo, pdbs: [PDBInfo], nominated: [PodInfo] = []
    ) -> ([PodInfo], Int, Status) {
        var potential: [PodInfo] = []
        for p in node.pods where p.priority < pod.priority {
            potential.append(p)
        }
        if potential.isEmpty { return ([], 0, Status(.unschedulableAndUnresolvable, Self.noVictimsMessage)) }
        for p in potential {
            node.removePod(uid: p.uid)
            framework.runRemovePod(state, pod: pod, removed: p, node: node)
        }
        let status = framework.runFilterWithNominatedPods(state, pod: pod, node: node, nominated: nominated)
        if !status.isSuccess { return ([], 0, status) }

        potential.sort { $0.isMoreImportant(than: $1) }
        let (violatingPods, nonViolatingPods) = Self.splitByPDBViolation(potential, pdbs)
        var victims: [PodInfo] = []
        var numViolating = 0
        func reprieve(_ p: PodInfo) -> Bool {
            node.addPod(p)
            framework.runAddPod(state, pod: pod, added: p, node: node)
            let fits = framework.runFilterWithNominatedPods(state, pod: pod, node: node, nominated: nominated).isSuccess
            if !fits {
                node.removePod(uid: p.uid)
                framework.runRemovePod(state, pod: pod, removed: p, node: node)
                victims.append(p)
            }
            return fits
        }
        for p in violatingPods where !reprieve(p) { numViolating += 1 }
        for p in nonViolatingPods { _ = reprieve(p) }
        if !violatingPods.isEmpty && !nonViolatingPods.isEmpty {
            victims.sort { $0.isMoreImportant(than: $1) }
        }
        return (victims, numViolating, .success)
    }

    /// Splits pods into those whose eviction would exceed a matching PDB's allowed disruptions
    /// and the rest, counting down each PDB's budget in order.
    public static func splitByPDBViolation(_ pods: [PodInfo], _ pdbs: [PDBInfo]) -> (violating: [PodInfo], nonViolating: [PodInfo]) {
        var allowed = pdbs.map(\.disruptionsAllowed)
        var violating: [PodInfo] = []
        var nonViolating: [PodInfo] = []
        for p in pods {
            var violated = false
            if !p.labels.isEmpty {
                for (i, pdb) in pdbs.enumerated() {
                    if pdb.namespace != p.namespace { continue }
                    if pdb.selector.isEmpty || pdb.selector.matchesNothing || !pdb.selector.matches(p.labels) { continue }
                    if pdb.disruptedPods.contains(p.name) { continue }
                    allowed[i] -= 1
                    if allowed[i] < 0 { violated = true }
                }
            }
            if violated { violating.append(p) } else { nonViolating.append(p) }
        }
        return (violating, nonViolating)
    }

    /// Picks the candidate with, in order: fewest PDB violations, lowest highest-victim priority,
    /// lowest sum of victim priorities, fewest victims, latest start among the most important
    /// victims; else the first.
    public static func pickOneNode(_ candidates: [PreemptionCandidate]) -> PreemptionCandidate? {
        guard !candidates.isEmpty else { return nil }
        if candidates.count == 1 { return candidates[0] }
        var best = candidates
        func keepMin(_ key: (PreemptionCandidate) -> Int64) {
            guard let m = best.map(key).min() else { return }
            best = best.filter { key($0) == m }
        }
        keepMin { Int64($0.numPDBViolations) }
        if best.count == 1 { return best[0] }
        keepMin { Int64($0.victims.first?.priority ?? Int32.min) }
        if best.count == 1 { return best[0] }
        keepMin { c in c.victims.reduce(Int64(0)) { $0 + Int64($1.priority) + Int64(Int32.max) + 1 } }
        if best.count == 1 { return best[0] }
        keepMin { Int64($0.victims.count) }
        if best.count == 1 { return best[0] }
        // Latest "earliest start time among the highest-priority victims".
        func earliestStart(_ c: PreemptionCandidate) -> String {
            guard let top = c.victims.first?.priority else { return "" }
            return c.victims.filter { $0.priority == top }.map(\.startTime).min() ?? ""
        }
        var chosen = best[0]
        var latest = earliestStart(chosen)
        for c in best.dropFirst() {
            let t = earliestStart(c)
            if t > latest {
                latest = t
                chosen = c
            }
        }
        return chosen
    }
}
