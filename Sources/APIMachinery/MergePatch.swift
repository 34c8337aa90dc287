extension JSON {
    /// Applies a JSON merge patch (RFC 7386, `application/merge-patch+json`): object members of the
    /// patch are merged recursively, `null` members delete, and any other patch value replaces the target.
    public func applyingMergePatch(_ patch: JSON) -> JSON {
        guard case .object(let members) = patch else { return patch }
        var target: [String: JSON]
        if case .object(let o) = self { target = o } else { target = [:] }
        for (key, value) in members {
            if value.isNull {
                target.removeValue(forKey: key)
            } else {
                let current = target.removeValue(forKey: key) ?? .null
                target[key] = current.applyingMergePatch(value)
            }
        }
        return .object(target)
    }

    /// Applies a JSON merge patch in place (see ``applyingMergePatch(_:)``).
    public mutating func applyMergePatch(_ patch: JSON) {
        let current = self
        self = .null
        self = current.applyingMergePatch(patch)
    }

    /// The JSON merge patch that turns `original` into `modified`: changed and added members with their
    /// new values, objects diffed recursively, removed members as `null`, lists replaced whole.
    /// Numbers compare by value. When either side is not an object the patch is `modified` itself
    /// (or `{}` when nothing changed).
    public static func createMergePatch(from original: JSON, to modified: JSON) -> JSON {
        guard case .object(let a) = original, case .object(let b) = modified else {
            return original.semanticallyEquals(modified) ? .emptyObject : modified
        }
        return .object(mergeDiff(a, b))
    }

    private static func mergeDiff(_ a: [String: JSON], _ b: [String: JSON]) -> [String: JSON] {
        var into: [String: JSON] = [:]
        for (key, bv) in b {
            guard let av = a[key] else {
                into[key] = bv
                continue
            }
            switch (av, bv) {
            case (.object(let ao), .object(let bo)):
                let d = mergeDiff(ao, bo)
                if !d.isEmpty { into[key] = .object(d) }
            default:
                if !av.semanticallyEquals(bv) { into[key] = bv }
            }
        }
        for key in a.keys where b[key] == nil {
            into[key] = .null
        }
        return into
    }
}
