import APIMachinery
import API

/// One `NodeSelectorRequirement`, checked for validity once.
public struct NodeSelectorRequirementMatcher: Sendable, Hashable {
    public enum Op: Sendable, Hashable { case `in`, notIn, exists, doesNotExist, gt, lt, invalid }
    public var key: String
    public var op: Op
    public var values: [String]

    public init(key: String, op: Op, values: [String]) {
        self.key = key
        self.op = op
        self.values = values
    }

    public init(_ r: CoreV1.NodeSelectorRequirement) {
        key = r.key ?? ""
        values = r.values
        switch r.operator ?? "" {
        case "In": op = values.isEmpty ? .invalid : .in
        case "NotIn": op = values.isEmpty ? .invalid : .notIn
        case "Exists": op = values.isEmpty ? .exists : .invalid
        case "DoesNotExist": op = values.isEmpty ? .doesNotExist : .invalid
        case "Gt": op = values.count == 1 && Int64(values[0]) != nil ? .gt : .invalid
        case "Lt": op = values.count == 1 && Int64(values[0]) != nil ? .lt : .invalid
        default: op = .invalid
        }
        if key.isEmpty { op = .invalid }
    }

    public func matches(_ labels: [String: String]) -> Bool {
        switch op {
        case .in: return labels[key].map { values.contains($0) } ?? false
        case .notIn: return labels[key].map { !values.contains($0) } ?? true
        case .exists: return labels[key] != nil
        case .doesNotExist: return labels[key] == nil
        case .gt, .lt:
            guard let v = labels[key], let have = Int64(v), let want = Int64(values[0]) else { return false }
            return op == .gt ? have > want : have < want
        case .invalid: return false
        }
    }
}

/// A `NodeSelectorTerm`: every expression on labels and every field requirement (only
/// `metadata.name` exists) must hold. A term with neither matches no node.
public struct NodeSelectorTermMatcher: Sendable, Hashable {
    public var expressions: [NodeSelectorRequirementMatcher]
    public var fields: [NodeSelectorRequirementMatcher]

    public init(expressions: [NodeSelectorRequirementMatcher] = [], fields: [NodeSelectorRequirementMatcher] = []) {
        self.expressions = expressions
        self.fields = fields
    }

    public init(_ term: CoreV1.NodeSelectorTerm) {
        expressions = term.matchExpressions.map(NodeSelectorRequirementMatcher.init)
        fields = term.matchFields.map { r in
            var m = NodeSelectorRequirementMatcher(r)
            // Only metadata.name with In/NotIn is a valid field requirement.
            if m.key != "metadata.name" || !(m.op == .in || m.op == .notIn) { m.op = .invalid }
            return m
        }
    }

    public func matches(_ node: ParsedNode) -> Bool {
        if expressions.isEmpty && fields.isEmpty { return false }
        for e in expressions where !e.matches(node.labels) { return false }
        for f in fields where !f.matches(["metadata.name": node.name]) { return false }
        return true
    }
}

public struct PreferredNodeTerm: Sendable, Hashable {
    public var weight: Int32
    public var term: NodeSelectorTermMatcher
}

/// `spec.nodeSelector` and the required node affinity of a pod (upstream `RequiredNodeAffinity`).
public struct RequiredNodeAffinity: Sendable, Hashable {
    public var nodeSelector: [String: String]
    /// nil when the pod has no required node affinity; the terms are ORed.
    public var terms: [NodeSelectorTermMatcher]?

    public init(nodeSelector: [String: String] = [:], terms: [NodeSelectorTermMatcher]? = nil) {
        self.nodeSelector = nodeSelector
        self.terms = terms
    }

    init(nodeSelector: [String: String], affinity: CoreV1.NodeAffinity, errors: inout [String]) {
        self.nodeSelector = nodeSelector
        let required = affinity.requiredDuringSchedulingIgnoredDuringExecution
        terms = required.isPresent ? required.nodeSelectorTerms.map(NodeSelectorTermMatcher.init) : nil
    }

    public var isEmpty: Bool { nodeSelector.isEmpty && terms == nil }

    public func matches(_ node: ParsedNode) -> Bool {
        for (k, v) in nodeSelector where node.labels[k] != v { return false }
        guard let terms else { return true }
        return terms.contains { $0.matches(node) }
    }
}
