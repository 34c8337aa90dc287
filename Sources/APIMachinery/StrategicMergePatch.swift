/// An error applying or creating a strategic merge patch, worded as upstream words it.
public struct StrategicMergePatchError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension JSON {
    /// Applies a strategic merge patch (`application/strategic-merge-patch+json`) to this object.
    ///
    /// `schema` is the schema of the object's kind; the patch strategies and merge keys of its nodes
    /// (`x-kubernetes-patch-strategy`, `x-kubernetes-patch-merge-key`) decide how lists merge:
    /// lists of objects with strategy `merge` merge item by item on the merge key, lists of scalars
    /// with strategy `merge` merge as sets, other lists are replaced. Objects merge recursively and
    /// `null` deletes a member. The directives `$patch` (`replace`, `delete`), `$retainKeys`,
    /// `$setElementOrder/<list>` and `$deleteFromPrimitiveList/<list>` are honoured. Item order follows
    /// upstream: the patch's (or `$setElementOrder`'s) order first, items only on the server kept in
    /// their relative place.
    ///
    /// With no schema, or a root schema that only preserves unknown fields (custom resources and other
    /// unstructured objects), the patch is applied as a JSON merge patch. Below a schema node that does
    /// not describe a member, the member is merged with no strategy (lists replaced, directives still
    /// honoured), as upstream does for fields without patch metadata. As upstream, list items the patch
    /// adds are taken as given (a `null` inside them is kept).
    public func applyingStrategicMergePatch(_ patch: JSON, schema: Schema?) throws(StrategicMergePatchError) -> JSON {
        guard let schema, !(schema.preserveUnknownFields && schema.properties.isEmpty) else {
            return applyingMergePatch(patch)
        }
        guard case .object(let original) = self, case .object(let p) = patch else {
            throw StrategicMergePatchError("invalid JSON document")
        }
        let options = StrategicMerge.Options(mergeParallelList: true, ignoreUnmatchedNulls: true)
        return .object(try StrategicMerge.mergeMap(original, p, PatchSchema(schema), options))
    }

    /// The strategic merge patch that turns `original` into `modified` (what `kubectl` computes
    /// client-side): changed members, `null` for removed members, `$patch: delete` items and
    /// `$deleteFromPrimitiveList` lists for removed list items, `$setElementOrder` lists when a merged
    /// list's content or order changed, and `$retainKeys` for `retainKeys` strategies.
    public static func createTwoWayMergePatch(original: JSON, modified: JSON, schema: Schema?) throws(StrategicMergePatchError)
        -> JSON
    {
        let o = try StrategicMerge.objectOrEmpty(original)
        let m = try StrategicMerge.objectOrEmpty(modified)
        var options = StrategicMerge.DiffOptions()
        options.setElementOrder = true
        return .object(try StrategicMerge.diffMaps(o, m, PatchSchema(schema), options))
    }

    /// The three-way strategic merge patch `kubectl apply` sends: the changes and additions from
    /// `current` (the live object) to `modified` (the new configuration), plus the deletions from
    /// `original` (the last applied configuration) to `modified`. Fields changed on the server and not
    /// mentioned by the configuration are left alone. Conflicts are not checked (kubectl's overwrite mode).
    public static func createThreeWayMergePatch(original: JSON, modified: JSON, current: JSON, schema: Schema?)
        throws(StrategicMergePatchError) -> JSON
    {
        let o = try StrategicMerge.objectOrEmpty(original)
        let m = try StrategicMerge.objectOrEmpty(modified)
        let c = try StrategicMerge.objectOrEmpty(current)
        let s = PatchSchema(schema)
        var deltaOptions = StrategicMerge.DiffOptions()
        deltaOptions.ignoreDeletions = true
        deltaOptions.setElementOrder = true
        let delta = try StrategicMerge.diffMaps(c, m, s, deltaOptions)
        var deletionOptions = StrategicMerge.DiffOptions()
        deletionOptions.setElementOrder = true
        deletionOptions.ignoreChangesAndAdditions = true
        let deletions = try StrategicMerge.diffMaps(o, m, s, deletionOptions)
        let options = StrategicMerge.Options(mergeParallelList: false, ignoreUnmatchedNulls: false)
        return .object(try StrategicMerge.mergeMap(deletions, delta, s, options))
    }
}

/// Patch metadata of one field: its strategies and merge key.
struct PatchMeta {
    var strategies: [String] = []
    var mergeKey = ""
}

/// A position in a kind's schema, as the patch code walks it. A nil node knows nothing.
struct PatchSchema {
    let node: Schema?

    init(_ node: Schema?) { self.node = node }

    private static func meta(_ s: Schema) -> PatchMeta {
        PatchMeta(
            strategies: (s.patchStrategy ?? "").isEmpty
                ? [] : (s.patchStrategy ?? "").split(separator: ",", omittingEmptySubsequences: false).map(String.init),
            mergeKey: s.patchMergeKey ?? "")
    }

    /// The schema and metadata of member `key` holding an object.
    func lookupStruct(_ key: String) -> (PatchSchema, PatchMeta) {
        guard let child = node?.child(key) else { return (PatchSchema(nil), PatchMeta()) }
        return (PatchSchema(child), Self.meta(child))
    }

    /// The item schema and the list's metadata of member `key` holding a list.
    func lookupSlice(_ key: String) -> (PatchSchema, PatchMeta) {
        guard let child = node?.child(key) else { return (PatchSchema(nil), PatchMeta()) }
        return (PatchSchema(child.items), Self.meta(child))
    }

    /// What upstream's struct-based lookup calls a schema in messages.
    var name: String { "struct" }
}

/// The strategic merge patch algorithms (a re-implementation of upstream's `strategicpatch` package).
enum StrategicMerge {
    typealias Error = StrategicMergePatchError
    typealias Object = [String: JSON]

    static let directiveMarker = "$patch"
    static let deleteDirective = "delete"
    static let replaceDirective = "replace"
    static let mergeDirective = "merge"
    static let retainKeysStrategy = "retainKeys"
    static let retainKeysDirective = "$retainKeys"
    static let deleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList"
    static let setElementOrderPrefix = "$setElementOrder"

    struct Options {
        /// Apply parallel lists (`$deleteFromPrimitiveList`, `$setElementOrder`, `$retainKeys`) rather than carry them.
        var mergeParallelList: Bool
        /// Drop `null` members that have nothing to delete.
        var ignoreUnmatchedNulls: Bool
    }

    struct DiffOptions {
        var setElementOrder = false
        var ignoreChangesAndAdditions = false
        var ignoreDeletions = false
        var buildRetainKeysDirective = false
    }

    static func objectOrEmpty(_ v: JSON) throws(Error) -> Object {
        switch v {
        case .object(let o): return o
        case .null: return [:]
        default: throw Error("invalid JSON document")
        }
    }

    // MARK: - Error texts

    static func goTypeName(_ v: JSON) -> String {
        switch v {
        case .null: return "%!s(<nil>)"
        case .bool: return "bool"
        case .int: return "int64"
        case .double: return "float64"
        case .string: return "string"
        case .array: return "[]interface {}"
        case .object: return "map[string]interface {}"
        }
    }

    static func badArgType(expectedMap: Bool, _ actual: JSON) -> Error {
        Error("expected a \(expectedMap ? "map[string]interface {}" : "[]interface {}"), but received a \(goTypeName(actual))")
    }

    static func noMergeKey(_ m: Object, _ key: String) -> Error {
        Error("map: \(GoFormat.value(.object(m))) does not contain declared merge key: \(key)")
    }

    static func badPatchType(_ t: JSON, _ m: Object) -> Error {
        Error("unknown patch type: \(GoFormat.value(t)) in map: \(GoFormat.value(.object(m)))")
    }

    static let badRetainKeys = Error("invalid patch format of retainKeys")
    static let badPrimitiveList = Error("invalid patch format of primitive list")
    static let badSetElementOrder = Error("invalid patch format of setElementOrder list")
    static let noListOfLists = Error("lists of lists are not supported")

    // MARK: - Helpers

    /// Splits a patch strategy list into "has retainKeys" and the other strategy.
    static func retainKeysAndStrategy(_ strategies: [String]) throws(Error) -> (Bool, String) {
        switch strategies.count {
        case 0: return (false, "")
        case 1: return strategies[0] == retainKeysStrategy ? (true, "") : (false, strategies[0])
        case 2:
            if strategies[0] == retainKeysStrategy { return (true, strategies[1]) }
            if strategies[1] == retainKeysStrategy { return (true, strategies[0]) }
            fallthrough
        default:
            throw Error("unexpected patch strategy: [\(strategies.joined(separator: " "))]")
        }
    }

    /// The key of the list a parallel directive refers to (`$setElementOrder/containers` → `containers`).
    static func extractKey(_ s: String, prefix: String) throws(Error) -> String {
        let parts = s.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count > 1, parts[0] == prefix else {
            switch prefix {
            case deleteFromPrimitiveListPrefix: throw badPrimitiveList
            case setElementOrderPrefix: throw badSetElementOrder
            default: throw Error("fail to find unknown prefix \"\(prefix)\" in \(s)\n")
            }
        }
        return String(parts[1])
    }

    /// The kind of the elements of the given lists (true for objects), which must all be alike.
    static func elementIsObject(_ lists: [JSON]...) throws(Error) -> Bool {
        var first: JSON?
        for list in lists {
            for v in list {
                if let f = first {
                    if !sameKind(f, v) {
                        throw Error("list element types are not identical: \(GoFormat.value(.array(lists.map(JSON.array))))")
                    }
                } else {
                    if case .array = v { throw noListOfLists }
                    if v.isNull { throw Error("list elements must not be null") }
                    first = v
                }
            }
        }
        guard let first else { throw Error("no elements in any of the given slices") }
        if case .object = first { return true }
        return false
    }

    static func sameKind(_ a: JSON, _ b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null), (.bool, .bool), (.int, .int), (.double, .double), (.string, .string), (.array, .array),
            (.object, .object):
            return true
        default: return false
        }
    }

    /// Removes `$patch` directives: an object carrying one is dropped (nil), others are cleaned recursively.
    static func removeDirectives(_ v: JSON) -> JSON? {
        switch v {
        case .object(let o):
            if o[directiveMarker] != nil { return nil }
            var out: Object = [:]
            for (k, child) in o {
                if let kept = removeDirectives(child) { out[k] = kept }
            }
            return .object(out)
        case .array(let a):
            return .array(a.compactMap(removeDirectives))
        default:
            return v
        }
    }

    /// Drops `null` object members everywhere below `v`.
    static func discardNulls(_ v: JSON) -> JSON {
        switch v {
        case .object(let o):
            var out: Object = [:]
            for (k, child) in o where !child.isNull { out[k] = discardNulls(child) }
            return .object(out)
        case .array(let a):
            return .array(a.map(discardNulls))
        default:
            return v
        }
    }

    // MARK: - Applying

    static func mergeMap(_ originalIn: Object, _ patchIn: Object, _ schema: PatchSchema, _ options: Options) throws(Error) -> Object {
        if let directive = patchIn[directiveMarker] {
            switch directive {
            case .string(replaceDirective):
                var p = patchIn
                p.removeValue(forKey: directiveMarker)
                return p
            case .string(deleteDirective):
                return [:]
            default:
                throw badPatchType(directive, patchIn)
            }
        }
        var original = originalIn
        var patch = patchIn
        try applyRetainKeys(&original, &patch, options)
        try mergeSetElementOrder(&original, &patch, schema, options)

        for rawKey in patch.keys.sorted(by: GoFormat.less) {
            guard let patchV = patch[rawKey] else { continue }
            var key = rawKey
            var isDeleteList = false
            if rawKey.hasPrefix(deleteFromPrimitiveListPrefix) {
                if !options.mergeParallelList {
                    original[rawKey] = patchV
                    continue
                }
                let k = try extractKey(rawKey, prefix: deleteFromPrimitiveListPrefix)
                isDeleteList = true
                if !k.isEmpty { key = k }
            }

            if patchV.isNull {
                original.removeValue(forKey: key)
                if options.ignoreUnmatchedNulls { continue }
            }

            guard let originalV = original[key] else {
                if !isDeleteList {
                    let v = options.ignoreUnmatchedNulls ? discardNulls(patchV) : patchV
                    original[key] = removeDirectives(v)
                }
                continue
            }

            if !sameKind(originalV, patchV) {
                if !isDeleteList {
                    let v = options.ignoreUnmatchedNulls ? discardNulls(patchV) : patchV
                    original[key] = removeDirectives(v)
                }
                continue
            }

            switch (originalV, patchV) {
            case (.object(let o), .object(let p)):
                let (sub, meta) = schema.lookupStruct(key)
                let (_, strategy) = try retainKeysAndStrategy(meta.strategies)
                original[key] = nil
                original[key] = .object(strategy == replaceDirective ? p : try mergeMap(o, p, sub, options))
            case (.array(let o), .array(let p)):
                let (sub, meta) = schema.lookupSlice(key)
                let (_, strategy) = try retainKeysAndStrategy(meta.strategies)
                original[key] = nil
                if strategy == mergeDirective || isDeleteList {
                    original[key] = .array(try mergeSlice(o, p, sub, meta.mergeKey, options, isDeleteList: isDeleteList))
                } else {
                    original[key] = .array(p)
                }
            default:
                original[key] = removeDirectives(patchV)
            }
        }
        return original
    }

    /// Handles `$retainKeys`: members of the original missing from the list are cleared.
    static func applyRetainKeys(_ original: inout Object, _ patch: inout Object, _ options: Options) throws(Error) {
        guard let retain = patch.removeValue(forKey: retainKeysDirective) else { return }
        if !options.mergeParallelList {
            if let existing = original[retainKeysDirective] {
                if existing != retain {
                    throw Error(
                        "\(GoFormat.value(existing)) and \(GoFormat.value(retain)) are not deep equal: this may happen when calculating the 3-way diff patch"
                    )
                }
            } else {
                original[retainKeysDirective] = retain
            }
            return
        }
        guard case .array(let list) = retain else { throw badRetainKeys }
        var keep: Set<String> = []
        for case .string(let s) in list { keep.insert(s) }
        for (k, v) in patch {
            if v.isNull || k.hasPrefix(deleteFromPrimitiveListPrefix) || k.hasPrefix(setElementOrderPrefix) { continue }
            if !keep.contains(k) { throw badRetainKeys }
        }
        for k in Array(original.keys) where !keep.contains(k) {
            original.removeValue(forKey: k)
        }
    }

    /// Handles `$setElementOrder/<list>` together with the patch for `<list>`.
    static func mergeSetElementOrder(_ original: inout Object, _ patch: inout Object, _ schema: PatchSchema, _ options: Options)
        throws(Error)
    {
        for key in patch.keys.sorted(by: GoFormat.less) where key.hasPrefix(setElementOrderPrefix) {
            guard let orderValue = patch.removeValue(forKey: key) else { continue }
            if !options.mergeParallelList {
                if let existing = original[key] {
                    if existing != orderValue { throw badSetElementOrder }
                } else {
                    original[key] = orderValue
                }
            }
            guard case .array(let order) = orderValue else { throw badArgType(expectedMap: false, orderValue) }
            let listKey = try extractKey(key, prefix: setElementOrderPrefix)

            var originalList: [JSON]?
            var patchList: [JSON]?
            if let o = original[listKey] {
                guard case .array(let a) = o else { throw badArgType(expectedMap: false, o) }
                originalList = a
            }
            if let p = patch[listKey] {
                guard case .array(let a) = p else { throw badArgType(expectedMap: false, p) }
                patchList = a
            }
            let (sub, meta) = schema.lookupSlice(listKey)
            let (_, strategy) = try retainKeysAndStrategy(meta.strategies)
            try validatePatchWithSetOrderList(patchList ?? [], order, meta.mergeKey)

            let merged: [JSON]
            // Upstream merges the list in place, so the "server order" it sorts by afterwards is the
            // original list's storage as the merge left it (deleted items shifted out, appended items
            // written into the freed slots). `serverOrder` reproduces that.
            var serverOrder = originalList ?? []
            switch (originalList, patchList) {
            case (let o?, nil):
                merged = o
            case (nil, let p?):
                guard case .array(let cleaned)? = removeDirectives(.array(p)) else { continue }
                merged = cleaned
            case (let o?, let p?):
                if strategy == mergeDirective {
                    var storage: [JSON]? = o
                    merged = try mergeSlice(o, p, sub, meta.mergeKey, options, isDeleteList: false, storage: &storage)
                    serverOrder = storage ?? o
                } else {
                    merged = p
                }
            case (nil, nil):
                continue
            }

            let (patchItems, serverOnly) =
                meta.mergeKey.isEmpty
                ? partitionPrimitives(merged, by: order)
                : try partitionMaps(merged, by: order, meta.mergeKey)
            let isObject = try elementIsObject(originalList ?? [], patchList ?? [])
            original[listKey] = .array(
                try normalizeElementOrder(
                    patchItems, serverOnly, patchOrder: order, serverOrder: serverOrder, mergeKey: meta.mergeKey,
                    isObject: isObject))
            patch.removeValue(forKey: listKey)
        }
    }

    /// Checks that the patch list's items appear in the `$setElementOrder` list, in the same relative order.
    static func validatePatchWithSetOrderList(_ patchList: [JSON], _ order: [JSON], _ mergeKey: String) throws(Error) {
        if order.isEmpty || patchList.isEmpty { return }
        let nonDelete = mergeKey.isEmpty ? patchList : try extractToDeleteItems(patchList).0
        var pi = 0
        var oi = 0
        while pi < nonDelete.count && oi < order.count {
            if case .object(let m) = nonDelete[pi], m[directiveMarker] != nil {
                pi += 1
                continue
            }
            if try mergeKeyValueEqual(nonDelete[pi], order[oi], mergeKey) { pi += 1 }
            oi += 1
        }
        if pi < nonDelete.count && oi >= order.count {
            throw Error(
                "The order in patch list:\n\(GoFormat.value(.array(patchList)))\n doesn't match \(setElementOrderPrefix) list:\n\(GoFormat.value(.array(order)))\n"
            )
        }
    }

    static func mergeKeyValueEqual(_ left: JSON, _ right: JSON, _ mergeKey: String) throws(Error) -> Bool {
        if mergeKey.isEmpty { return left == right }
        guard case .object(let l) = left else { throw badArgType(expectedMap: true, left) }
        guard case .object(let r) = right else { throw badArgType(expectedMap: true, right) }
        guard let lv = l[mergeKey] else { throw noMergeKey(l, mergeKey) }
        guard let rv = r[mergeKey] else { throw noMergeKey(r, mergeKey) }
        return lv == rv
    }

    /// Splits a list of objects into items without and with `$patch: delete`.
    static func extractToDeleteItems(_ list: [JSON]) throws(Error) -> ([JSON], [JSON]) {
        var keep: [JSON] = []
        var delete: [JSON] = []
        for v in list {
            guard case .object(let m) = v else { throw badArgType(expectedMap: true, v) }
            if m[directiveMarker] == .string(deleteDirective) { delete.append(v) } else { keep.append(v) }
        }
        return (keep, delete)
    }

    static func mergeSlice(
        _ original: [JSON], _ patch: [JSON], _ schema: PatchSchema, _ mergeKey: String, _ options: Options, isDeleteList: Bool
    ) throws(Error) -> [JSON] {
        var storage: [JSON]? = nil
        return try mergeSlice(original, patch, schema, mergeKey, options, isDeleteList: isDeleteList, storage: &storage)
    }

    /// Merges two lists. When `storage` is given it starts as the original list and ends as upstream's
    /// in-place merge leaves the original list's storage.
    static func mergeSlice(
        _ original: [JSON], _ patch: [JSON], _ schema: PatchSchema, _ mergeKey: String, _ options: Options, isDeleteList: Bool,
        storage: inout [JSON]?
    ) throws(Error) -> [JSON] {
        if original.isEmpty && patch.isEmpty { return original }
        let isObject = try elementIsObject(original, patch)
        var merged: [JSON]
        var serverOrder = original
        var patchOrder = patch
        if !isObject {
            if options.mergeParallelList && isDeleteList {
                let remove = Set(patch)
                return original.filter { !remove.contains($0) }
            }
            merged = deduplicateScalars(original + patch)
        } else {
            if mergeKey.isEmpty { throw Error("cannot merge lists without merge key for \(schema.name)") }
            let replaced: Bool
            (serverOrder, patchOrder, replaced) = try mergeSliceWithSpecialElements(original, patch, mergeKey, storage: &storage)
            if replaced {
                // The patch items replace the list; the original storage is no longer written to.
                var detached: [JSON]? = nil
                merged = try mergeSliceWithoutSpecialElements(serverOrder, patchOrder, mergeKey, schema, options, storage: &detached)
            } else {
                merged = try mergeSliceWithoutSpecialElements(serverOrder, patchOrder, mergeKey, schema, options, storage: &storage)
            }
        }
        let (patchItems, serverOnly) =
            mergeKey.isEmpty
            ? partitionPrimitives(merged, by: patchOrder)
            : try partitionMaps(merged, by: patchOrder, mergeKey)
        return try normalizeElementOrder(
            patchItems, serverOnly, patchOrder: patchOrder, serverOrder: serverOrder, mergeKey: mergeKey, isObject: isObject)
    }

    /// Upstream's in-place de-duplication (it moves the last element into each duplicate's place).
    static func deduplicateScalars(_ input: [JSON]) -> [JSON] {
        var s = input
        var length = s.count - 1
        var i = 0
        while i < length {
            var j = i + 1
            while j <= length {
                if s[i] == s[j] {
                    s[j] = s[length]
                    s.removeLast(s.count - length)
                    length -= 1
                    j -= 1
                }
                j += 1
            }
            i += 1
        }
        return s
    }

    /// Applies `$patch: delete` and `$patch: replace` items; returns the new original and the remaining patch items.
    static func mergeSliceWithSpecialElements(_ originalIn: [JSON], _ patch: [JSON], _ mergeKey: String, storage: inout [JSON]?)
        throws(Error) -> ([JSON], [JSON], Bool)
    {
        var original = originalIn
        var rest: [JSON] = []
        var replace = false
        for v in patch {
            guard case .object(let m) = v else { throw badArgType(expectedMap: true, v) }
            guard let directive = m[directiveMarker] else {
                rest.append(v)
                continue
            }
            switch directive {
            case .string(deleteDirective):
                guard let value = m[mergeKey] else { throw noMergeKey(m, mergeKey) }
                while let idx = try findMap(original, mergeKey, value)?.1 {
                    original.remove(at: idx)
                    // Removing shifts the later items left within the same storage; the last slot keeps its value.
                    if storage != nil {
                        for i in idx..<original.count { storage?[i] = original[i] }
                    }
                }
            case .string(replaceDirective):
                replace = true
            case .string(mergeDirective):
                throw Error("merging lists cannot yet be specified in the patch")
            default:
                throw badPatchType(directive, m)
            }
        }
        return replace ? (rest, [], true) : (original, rest, false)
    }

    static func mergeSliceWithoutSpecialElements(
        _ originalIn: [JSON], _ patch: [JSON], _ mergeKey: String, _ schema: PatchSchema, _ options: Options,
        storage: inout [JSON]?
    ) throws(Error) -> [JSON] {
        var original = originalIn
        var attached = storage != nil
        for v in patch {
            guard case .object(let m) = v else { throw badArgType(expectedMap: true, v) }
            guard let value = m[mergeKey] else { throw noMergeKey(m, mergeKey) }
            if let (found, idx) = try findMap(original, mergeKey, value) {
                original[idx] = .null
                let merged = JSON.object(try mergeMap(found, m, schema, options))
                original[idx] = merged
                if attached { storage?[idx] = merged }
            } else {
                // Appending reuses free slots of the original storage until it is full, then moves elsewhere.
                if attached, let count = storage?.count, original.count < count {
                    storage?[original.count] = v
                } else {
                    attached = false
                }
                original.append(v)
            }
        }
        return original
    }

    /// The first object in `list` whose `key` member equals `value`, and its index.
    static func findMap(_ list: [JSON], _ key: String, _ value: JSON) throws(Error) -> (Object, Int)? {
        for (i, v) in list.enumerated() {
            guard case .object(let m) = v else { throw Error("value for key \(i) is not a map") }
            if let have = m[key], have == value { return (m, i) }
        }
        return nil
    }

    static func partitionPrimitives(_ list: [JSON], by: [JSON]) -> ([JSON], [JSON]) {
        let present = Set(by)
        var inPatch: [JSON] = []
        var serverOnly: [JSON] = []
        for v in list {
            if present.contains(v) { inPatch.append(v) } else { serverOnly.append(v) }
        }
        return (inPatch, serverOnly)
    }

    static func partitionMaps(_ list: [JSON], by: [JSON], _ mergeKey: String) throws(Error) -> ([JSON], [JSON]) {
        var inPatch: [JSON] = []
        var serverOnly: [JSON] = []
        for v in list {
            guard case .object(let m) = v else { throw badArgType(expectedMap: true, v) }
            guard let value = m[mergeKey] else { throw noMergeKey(m, mergeKey) }
            if try findMap(by, mergeKey, value) != nil { inPatch.append(v) } else { serverOnly.append(v) }
        }
        return (inPatch, serverOnly)
    }

    // MARK: - Ordering

    /// The value a list item is identified by: its merge key's value for objects, itself otherwise.
    private static func identity(_ item: JSON, _ mergeKey: String, _ isObject: Bool) -> JSON {
        guard isObject else { return item }
        if case .object(let m) = item { return m[mergeKey] ?? .null }
        return .null
    }

    /// First index of each identity in `list`.
    private static func positions(_ list: [JSON], _ mergeKey: String, _ isObject: Bool) -> [JSON: Int] {
        var out: [JSON: Int] = [:]
        for (i, v) in list.enumerated() {
            let id = identity(v, mergeKey, isObject)
            if out[id] == nil { out[id] = i }
        }
        return out
    }

    /// Sorts `patch` by `patchOrder` and `serverOnly` by `serverOrder`, then interleaves them.
    static func normalizeElementOrder(
        _ patch: [JSON], _ serverOnly: [JSON], patchOrder: [JSON], serverOrder: [JSON], mergeKey: String, isObject: Bool
    ) throws(Error) -> [JSON] {
        let p = try normalizeSliceOrder(patch, patchOrder, mergeKey, isObject)
        let s = try normalizeSliceOrder(serverOnly, serverOrder, mergeKey, isObject)
        return mergeSortedSlice(left: s, right: p, serverOrder: serverOrder, mergeKey: mergeKey, isObject: isObject)
    }

    /// Stable-sorts `toSort` by the position of its items in `order`; for objects, `$patch: delete`
    /// items go last.
    static func normalizeSliceOrder(_ input: [JSON], _ order: [JSON], _ mergeKey: String, _ isObject: Bool) throws(Error)
        -> [JSON]
    {
        var toSort = input
        var toDelete: [JSON] = []
        if isObject {
            for list in [toSort, order] {
                for item in list {
                    guard case .object(let m) = item else { throw badArgType(expectedMap: true, item) }
                    if m[mergeKey] == nil { throw noMergeKey(m, mergeKey) }
                }
            }
            (toSort, toDelete) = try extractToDeleteItems(toSort)
        }
        let pos = positions(order, mergeKey, isObject)
        let indices = toSort.map { pos[identity($0, mergeKey, isObject)] }
        if indices.allSatisfy({ $0 != nil }) {
            let sorted = zip(indices, toSort).enumerated().sorted { a, b in
                let (ia, ib) = (a.element.0 ?? 0, b.element.0 ?? 0)
                return ia != ib ? ia < ib : a.offset < b.offset
            }
            return sorted.map(\.element.1) + toDelete
        }
        // Some items are not in `order`: reproduce upstream's insertion sort with its comparator,
        // which puts such an item before anything it is compared with.
        var items = Array(zip(indices, toSort))
        for i in 1..<max(items.count, 1) {
            var j = i
            while j > 0 {
                let (a, b) = (items[j].0, items[j - 1].0)
                let less: Bool
                if let a, let b { less = a < b } else { less = true }
                if !less { break }
                items.swapAt(j, j - 1)
                j -= 1
            }
        }
        return items.map(\.1) + toDelete
    }

    /// Inserts the server-only items (`left`) among the patch items (`right`), keeping both relative orders
    /// and using the server's order where both items are known to it.
    static func mergeSortedSlice(left: [JSON], right: [JSON], serverOrder: [JSON], mergeKey: String, isObject: Bool) -> [JSON] {
        let pos = positions(serverOrder, mergeKey, isObject)
        var out: [JSON] = []
        out.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if i >= left.count {
                out.append(right[j])
                j += 1
            } else if j >= right.count {
                out.append(left[i])
                i += 1
            } else if let li = pos[identity(left[i], mergeKey, isObject)], let ri = pos[identity(right[j], mergeKey, isObject)],
                li < ri
            {
                out.append(left[i])
                i += 1
            } else {
                out.append(right[j])
                j += 1
            }
        }
        return out
    }

    // MARK: - Creating patches

    static func diffMaps(_ original: Object, _ modified: Object, _ schema: PatchSchema, _ options: DiffOptions) throws(Error)
        -> Object
    {
        var patch: Object = [:]
        var retainKeys: [JSON] = []
        for key in modified.keys.sorted(by: GoFormat.less) {
            guard let modifiedV = modified[key] else { continue }
            if options.buildRetainKeysDirective && !modifiedV.isNull { retainKeys.append(.string(key)) }
            guard let originalV = original[key] else {
                if !options.ignoreChangesAndAdditions { patch[key] = modifiedV }
                continue
            }
            if key == directiveMarker {
                guard case .string(let o) = originalV, case .string(let m) = modifiedV else {
                    throw Error("invalid value for special key: \(directiveMarker)")
                }
                if o != m { patch[directiveMarker] = modifiedV }
                continue
            }
            if !sameKind(originalV, modifiedV) {
                if !options.ignoreChangesAndAdditions { patch[key] = modifiedV }
                continue
            }
            switch (originalV, modifiedV) {
            case (.object(let o), .object(let m)):
                let (sub, meta) = schema.lookupStruct(key)
                let (retain, strategy) = try retainKeysAndStrategy(meta.strategies)
                var subOptions = options
                subOptions.buildRetainKeysDirective = retain
                if strategy == replaceDirective {
                    if !options.ignoreChangesAndAdditions { patch[key] = modifiedV }
                } else {
                    let d = try diffMaps(o, m, sub, subOptions)
                    if !d.isEmpty { patch[key] = .object(d) }
                }
            case (.array(let o), .array(let m)):
                let (sub, meta) = schema.lookupSlice(key)
                let (retain, strategy) = try retainKeysAndStrategy(meta.strategies)
                if strategy == mergeDirective {
                    var listOptions = options
                    listOptions.buildRetainKeysDirective = retain
                    let (add, delete, order) = try diffLists(o, m, sub, meta.mergeKey, listOptions)
                    if !add.isEmpty { patch[key] = .array(add) }
                    if !delete.isEmpty { patch["\(deleteFromPrimitiveListPrefix)/\(key)"] = .array(delete) }
                    if !order.isEmpty { patch["\(setElementOrderPrefix)/\(key)"] = .array(order) }
                } else if !options.ignoreChangesAndAdditions && originalV != modifiedV {
                    patch[key] = modifiedV
                }
            default:
                if !options.ignoreChangesAndAdditions && originalV != modifiedV { patch[key] = modifiedV }
            }
        }
        if !options.ignoreDeletions {
            for key in original.keys where modified[key] == nil { patch[key] = .null }
        }
        let hasAdditionalField = original.contains { !$0.value.isNull && modified[$0.key] == nil }
        if !retainKeys.isEmpty && (!patch.isEmpty || hasAdditionalField) {
            patch[retainKeysDirective] = .array(sortScalars(retainKeys))
        }
        return patch
    }

    /// Sorts scalars by their printed form, as upstream does.
    static func sortScalars(_ list: [JSON]) -> [JSON] {
        list.enumerated().sorted { a, b in
            let (x, y) = (GoFormat.value(a.element), GoFormat.value(b.element))
            return x != y ? GoFormat.less(x, y) : a.offset < b.offset
        }.map(\.element)
    }

    /// The additions/changes, deletions and `$setElementOrder` list for a list with merge strategy.
    static func diffLists(_ original: [JSON], _ modified: [JSON], _ schema: PatchSchema, _ mergeKey: String, _ options: DiffOptions)
        throws(Error) -> ([JSON], [JSON], [JSON])
    {
        if original.isEmpty {
            if modified.isEmpty || options.ignoreChangesAndAdditions { return ([], [], []) }
            return (modified, [], [])
        }
        let isObject = try elementIsObject(original, modified)
        if isObject {
            var (patchList, deleteList) = try diffListsOfMaps(original, modified, schema, mergeKey, options)
            patchList = try normalizeSliceOrder(patchList, modified, mergeKey, true)
            var orderSame = original.count == modified.count
            if orderSame {
                for (o, m) in zip(original, modified) where !(try mergeKeyValueEqual(o, m, mergeKey)) {
                    orderSame = false
                    break
                }
            }
            patchList += deleteList
            deleteList = []
            var order: [JSON] = []
            if options.setElementOrder
                && ((!options.ignoreChangesAndAdditions && (!patchList.isEmpty || !orderSame))
                    || (!options.ignoreDeletions && !patchList.isEmpty))
            {
                order = modified.map { item in
                    if case .object(let m) = item { return .object([mergeKey: m[mergeKey] ?? .null]) }
                    return .object([mergeKey: .null])
                }
            }
            return (patchList, deleteList, order)
        }
        let (add, delete) = diffListsOfScalars(original, modified, options)
        let patchList = try normalizeSliceOrder(add, modified, mergeKey, false)
        var order: [JSON] = []
        // Upstream compares the (by then sorted in place) original with the modified list.
        if options.setElementOrder
            && ((!options.ignoreDeletions && !delete.isEmpty)
                || (!options.ignoreChangesAndAdditions && sortScalars(original) != modified))
        {
            order = modified
        }
        return (patchList, delete, order)
    }

    static func diffListsOfScalars(_ original: [JSON], _ modified: [JSON], _ options: DiffOptions) -> ([JSON], [JSON]) {
        let o = sortScalars(original)
        let m = sortScalars(modified)
        var oi = 0
        var mi = 0
        var add: [JSON] = []
        var delete: [JSON] = []
        while oi < o.count || mi < m.count {
            let os = oi < o.count ? GoFormat.value(o[oi]) : ""
            let ms = mi < m.count ? GoFormat.value(m[mi]) : ""
            if oi < o.count && mi < m.count && os == ms {
                oi += 1
                mi += 1
            } else if oi >= o.count || (mi < m.count && GoFormat.less(ms, os)) {
                if !options.ignoreChangesAndAdditions { add.append(m[mi]) }
                mi += 1
            } else {
                if !options.ignoreDeletions { delete.append(o[oi]) }
                oi += 1
            }
        }
        return (add, deduplicateScalars(delete))
    }

    static func diffListsOfMaps(_ original: [JSON], _ modified: [JSON], _ schema: PatchSchema, _ mergeKey: String, _ options: DiffOptions)
        throws(Error) -> ([JSON], [JSON])
    {
        func sortedByKey(_ list: [JSON]) throws(Error) -> [(Object, JSON, String)] {
            var out: [(Object, JSON, String)] = []
            for item in list {
                guard case .object(let m) = item else { throw badArgType(expectedMap: true, item) }
                let v = m[mergeKey] ?? .null
                out.append((m, v, GoFormat.value(v)))
            }
            return out.enumerated().sorted { a, b in
                a.element.2 != b.element.2 ? GoFormat.less(a.element.2, b.element.2) : a.offset < b.offset
            }.map(\.element)
        }
        let o = try sortedByKey(original)
        let m = try sortedByKey(modified)
        var patch: [JSON] = []
        var deletions: [JSON] = []
        var oi = 0
        var mi = 0
        while oi < o.count || mi < m.count {
            if oi < o.count, o[oi].1.isNull, o[oi].0[mergeKey] == nil { throw noMergeKey(o[oi].0, mergeKey) }
            if mi < m.count, m[mi].1.isNull, m[mi].0[mergeKey] == nil { throw noMergeKey(m[mi].0, mergeKey) }
            if oi < o.count && mi < m.count && o[oi].2 == m[mi].2 {
                var d = try diffMaps(o[oi].0, m[mi].0, schema, options)
                if !d.isEmpty {
                    d[mergeKey] = m[mi].1
                    patch.append(.object(d))
                }
                oi += 1
                mi += 1
            } else if oi >= o.count || (mi < m.count && GoFormat.less(m[mi].2, o[oi].2)) {
                if !options.ignoreChangesAndAdditions { patch.append(.object(m[mi].0)) }
                mi += 1
            } else {
                if !options.ignoreDeletions {
                    deletions.append(.object([mergeKey: o[oi].1, directiveMarker: .string(deleteDirective)]))
                }
                oi += 1
            }
        }
        return (patch, deletions)
    }
}
