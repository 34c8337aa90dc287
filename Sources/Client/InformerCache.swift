import APIMachinery
import Synchronization

/// Maps an object to the values it is indexed under (none, one or several).
public typealias IndexFunction<T> = @Sendable (T) -> [String]

/// A named index function for an ``InformerCache``.
public struct Indexer<T: KubernetesObject>: Sendable {
    public let name: String
    public let function: IndexFunction<T>

    public init(name: String, function: @escaping IndexFunction<T>) {
        self.name = name
        self.function = function
    }

    /// Objects by `metadata.namespace` (always present in every cache).
    public static var namespace: Indexer<T> {
        Indexer(name: InformerCache<T>.namespaceIndex) { [$0.namespace] }
    }

    /// Objects by the UIDs of their owners (always present in every cache).
    public static var ownerUID: Indexer<T> {
        Indexer(name: InformerCache<T>.ownerIndex) { obj in
            (obj.json["metadata"]["ownerReferences"].arrayValue ?? []).compactMap { $0["uid"].stringValue }
        }
    }

    /// Objects by the string value at a dotted field path such as `spec.nodeName`; objects where
    /// the field is absent or empty are not indexed. The index is named after the path.
    public static func field(_ path: String) -> Indexer<T> {
        let components = path.split(separator: ".").map(String.init)
        return Indexer(name: path) { obj in
            let v = obj.json[path: components]
            if let s = v.stringValue, !s.isEmpty { return [s] }
            if let i = v.intValue { return [String(i)] }
            if let b = v.boolValue { return [String(b)] }
            return []
        }
    }

    /// Objects by the value of one label; the index is named `label:<key>`.
    public static func label(_ key: String) -> Indexer<T> {
        Indexer(name: "label:" + key) { obj in obj.labels[key].map { [$0] } ?? [] }
    }
}

/// The local, indexed copy of the objects an ``Informer`` watches, keyed by namespace/name.
/// Reads are cheap and never touch the network.
public final class InformerCache<T: KubernetesObject>: Sendable {
    public static var namespaceIndex: String { "namespace" }
    public static var ownerIndex: String { "ownerUID" }

    struct State: Sendable {
        var items: [ObjectKey: T] = [:]
        var indexers: [String: IndexFunction<T>] = [:]
        var indices: [String: [String: Set<ObjectKey>]] = [:]
    }

    let state: Mutex<State>

    public init(indexers: [Indexer<T>] = []) {
        var s = State()
        for ix in [Indexer<T>.namespace, .ownerUID] + indexers {
            s.indexers[ix.name] = ix.function
            s.indices[ix.name] = [:]
        }
        state = Mutex(s)
    }

    // MARK: Reads

    public func get(namespace: String = "", name: String) -> T? {
        state.withLock { $0.items[ObjectKey(namespace: namespace, name: name)] }
    }

    public subscript(key: ObjectKey) -> T? { state.withLock { $0.items[key] } }

    /// Objects in `namespace` (all when nil) whose labels match `selector`, sorted by key.
    public func list(namespace: String? = nil, selector: LabelSelector? = nil) -> [T] {
        // Keyed as stored: a key read from the object in the sort's comparisons would cost a lookup each time.
        let entries = state.withLock { s -> [(key: ObjectKey, object: T)] in
            if let namespace {
                let keys = s.indices[Self.namespaceIndex]?[namespace] ?? []
                return keys.compactMap { key in s.items[key].map { (key, $0) } }
            }
            return s.items.map { ($0.key, $0.value) }
        }
        let filtered = selector.map { sel in entries.filter { sel.matches($0.object.labels) } } ?? entries
        return filtered.sorted { $0.key < $1.key }.map(\.object)
    }

    /// Objects whose index `index` contains `value`, sorted by key.
    public func byIndex(_ index: String, _ value: String) -> [T] {
        state.withLock { s -> [T] in
            (s.indices[index]?[value] ?? []).sorted().compactMap { s.items[$0] }
        }
    }

    /// Keys of the objects whose index `index` contains `value`.
    public func keys(index: String, value: String) -> [ObjectKey] {
        state.withLock { ($0.indices[index]?[value] ?? []).sorted() }
    }

    /// The values present in index `index`.
    public func indexValues(_ index: String) -> [String] {
        state.withLock { s in (s.indices[index] ?? [:]).filter { !$0.value.isEmpty }.keys.sorted() }
    }

    /// Objects that list `owner` (by UID) among their owner references.
    public func owned(by owner: some KubernetesObject) -> [T] {
        byIndex(Self.ownerIndex, owner.uid).filter { !T.namespaced || $0.namespace == owner.namespace || owner.namespace.isEmpty }
    }

    public var keys: [ObjectKey] { state.withLock { $0.items.keys.sorted() } }
    public var count: Int { state.withLock { $0.items.count } }
    public var isEmpty: Bool { count == 0 }

    /// Adds (or replaces) an index and indexes the objects already cached.
    public func addIndexer(_ indexer: Indexer<T>) {
        state.withLock { s in
            s.indexers[indexer.name] = indexer.function
            var index: [String: Set<ObjectKey>] = [:]
            for (key, obj) in s.items {
                for v in indexer.function(obj) { index[v, default: []].insert(key) }
            }
            s.indices[indexer.name] = index
        }
    }

    // MARK: Writes (by the informer)

    /// Inserts or replaces an object; returns the previous version.
    @discardableResult
    func upsert(_ object: T) -> T? {
        let key = ObjectKey(object)
        return state.withLock { s -> T? in
            let old = s.items.updateValue(object, forKey: key)
            if let old { Self.unindex(old, key, &s) }
            Self.index(object, key, &s)
            return old
        }
    }

    /// Removes an object; returns the cached version.
    @discardableResult
    func remove(_ key: ObjectKey) -> T? {
        state.withLock { s -> T? in
            guard let old = s.items.removeValue(forKey: key) else { return nil }
            Self.unindex(old, key, &s)
            return old
        }
    }

    /// Replaces the whole content; returns what changed.
    func replace(_ objects: [T]) -> (added: [T], updated: [(old: T, new: T)], deleted: [T]) {
        state.withLock { s in
            var added: [T] = []
            var updated: [(old: T, new: T)] = []
            var fresh: [ObjectKey: T] = [:]
            fresh.reserveCapacity(objects.count)
            for o in objects {
                let key = ObjectKey(o)
                fresh[key] = o
                if let old = s.items[key] {
                    if old.resourceVersion != o.resourceVersion || old.json != o.json { updated.append((old, o)) }
                } else {
                    added.append(o)
                }
            }
            let deleted = s.items.filter { fresh[$0.key] == nil }.map(\.value)
            s.items = fresh
            for name in s.indexers.keys { s.indices[name] = [:] }
            for (key, o) in fresh { Self.index(o, key, &s) }
            return (added, updated, deleted)
        }
    }

    /// A snapshot of every object.
    func snapshot() -> [T] { state.withLock { Array($0.items.values) } }

    private static func index(_ o: T, _ key: ObjectKey, _ s: inout State) {
        for (name, fn) in s.indexers {
            for v in fn(o) { s.indices[name, default: [:]][v, default: []].insert(key) }
        }
    }

    private static func unindex(_ o: T, _ key: ObjectKey, _ s: inout State) {
        for (name, fn) in s.indexers {
            for v in fn(o) {
                s.indices[name]?[v]?.remove(key)
                if s.indices[name]?[v]?.isEmpty == true { s.indices[name]?[v] = nil }
            }
        }
    }
}
