import APIMachinery

/// One page (or all pages) of a typed list.
public struct ObjectList<T: KubernetesObject>: Sendable {
    public var items: [T]
    /// `metadata.resourceVersion` of the list: watch from here to see every later change.
    public var resourceVersion: String
    /// Token for the next page; nil on the last page.
    public var continueToken: String?
    public var remainingItemCount: Int?

    public init(items: [T], resourceVersion: String, continueToken: String? = nil, remainingItemCount: Int? = nil) {
        self.items = items
        self.resourceVersion = resourceVersion
        self.continueToken = continueToken
        self.remainingItemCount = remainingItemCount
    }

    init(json: JSON) {
        items = (json["items"].arrayValue ?? []).map { T(json: Self.withKind($0)) }
        resourceVersion = json["metadata"]["resourceVersion"].stringValue ?? ""
        let c = json["metadata"]["continue"].stringValue ?? ""
        continueToken = c.isEmpty ? nil : c
        remainingItemCount = json["metadata"]["remainingItemCount"].intValue.map { Int($0) }
    }

    /// List items come without `kind`/`apiVersion`; put them back so objects look as a `get` returns them.
    static func withKind(_ item: JSON) -> JSON {
        guard case .object(var o) = item else { return item }
        if o["kind"] == nil { o["kind"] = .string(T.kind) }
        if o["apiVersion"] == nil { o["apiVersion"] = .string(T.apiVersion) }
        return .object(o)
    }
}

/// Typed verbs over the generated ``APIMachinery/KubernetesObject`` types. A nil or empty
/// `namespace` of a namespaced kind means: all namespaces for `list`/`watch`, and the object's own
/// namespace (else ``APIClient/defaultNamespace``) for writes of one object.
extension APIClient {
    public func get<T: KubernetesObject>(_ type: T.Type, namespace: String? = nil, name: String) async throws -> T {
        T(json: try await get(ResourcePath(T.self, namespace: objectNamespace(T.self, namespace), name: name)))
    }

    public func list<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, labelSelector: String? = nil, fieldSelector: String? = nil,
        limit: Int? = nil, continue continueToken: String? = nil, resourceVersion: String? = nil
    ) async throws -> ObjectList<T> {
        let json = try await list(
            ResourcePath(T.self, namespace: namespace), labelSelector: labelSelector, fieldSelector: fieldSelector,
            limit: limit, continue: continueToken, resourceVersion: resourceVersion)
        return ObjectList(json: json)
    }

    /// Every page of a list, fetched `pageSize` at a time from one consistent snapshot.
    public func listAll<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, labelSelector: String? = nil, fieldSelector: String? = nil,
        pageSize: Int = 500
    ) async throws -> ObjectList<T> {
        var all: [T] = []
        var token: String?
        while true {
            let page = try await list(
                T.self, namespace: namespace, labelSelector: labelSelector, fieldSelector: fieldSelector,
                limit: pageSize, continue: token)
            all.append(contentsOf: page.items)
            guard let next = page.continueToken else {
                return ObjectList(items: all, resourceVersion: page.resourceVersion)
            }
            token = next
        }
    }

    public func create<T: KubernetesObject>(
        _ object: T, namespace: String? = nil, fieldManager: String? = nil, dryRun: Bool = false
    ) async throws -> T {
        let ns = objectNamespace(T.self, namespace ?? object.namespace)
        return T(json: try await create(ResourcePath(T.self, namespace: ns), Self.withKind(object), fieldManager: fieldManager, dryRun: dryRun))
    }

    /// Replaces the object; a conflict error means it changed since `object` was read.
    public func update<T: KubernetesObject>(_ object: T, fieldManager: String? = nil, dryRun: Bool = false) async throws -> T {
        let path = ResourcePath(T.self, namespace: objectNamespace(T.self, object.namespace), name: object.name)
        return T(json: try await update(path, Self.withKind(object), fieldManager: fieldManager, dryRun: dryRun))
    }

    /// Replaces the object's `status` (other changes are ignored by the server).
    public func updateStatus<T: KubernetesObject>(_ object: T, fieldManager: String? = nil, dryRun: Bool = false)
        async throws -> T
    {
        let path = ResourcePath(T.self, namespace: objectNamespace(T.self, object.namespace), name: object.name)
        return T(json: try await updateStatus(path, Self.withKind(object), fieldManager: fieldManager, dryRun: dryRun))
    }

    public func patch<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, name: String, type patchType: PatchType, _ patch: JSON,
        subresource: String? = nil, fieldManager: String? = nil, dryRun: Bool = false
    ) async throws -> T {
        let path = ResourcePath(T.self, namespace: objectNamespace(T.self, namespace), name: name, subresource: subresource)
        return T(json: try await self.patch(path, type: patchType, patch, fieldManager: fieldManager, dryRun: dryRun))
    }

    /// Server-side apply of `object` (its name and namespace say which object).
    public func apply<T: KubernetesObject>(_ object: T, fieldManager: String, force: Bool = false, subresource: String? = nil)
        async throws -> T
    {
        try await patch(
            T.self, namespace: object.namespace, name: object.name, type: .apply(fieldManager: fieldManager, force: force),
            Self.withKind(object), subresource: subresource)
    }

    /// Deletes an object. Returns it when it still exists afterwards (finalizers or a grace
    /// period), nil when it is gone.
    @discardableResult
    public func delete<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, name: String, propagationPolicy: PropagationPolicy? = nil,
        gracePeriodSeconds: Int? = nil, preconditions: Preconditions? = nil, dryRun: Bool = false
    ) async throws -> T? {
        let path = ResourcePath(T.self, namespace: objectNamespace(T.self, namespace), name: name)
        let result = try await delete(
            path, propagationPolicy: propagationPolicy, gracePeriodSeconds: gracePeriodSeconds,
            preconditions: preconditions, dryRun: dryRun)
        if result["kind"].stringValue == "Status" || result.isNull { return nil }
        return T(json: result)
    }

    /// `POST` to a subresource of an object of kind `T` (`pods/binding`, `pods/eviction`, ...).
    @discardableResult
    public func createSubresource<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, name: String, subresource: String, _ body: JSON
    ) async throws -> JSON {
        let path = ResourcePath(T.self, namespace: objectNamespace(T.self, namespace), name: name, subresource: subresource)
        return try await createSubresource(path, body)
    }

    /// A typed watch. `ERROR` events are thrown as ``APIMachinery/APIError`` (e.g. `410 Gone`, after
    /// which the caller lists again); bookmarks are yielded with an object that carries only
    /// `metadata.resourceVersion`.
    public func watch<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, name: String? = nil, labelSelector: String? = nil,
        fieldSelector: String? = nil, resourceVersion: String? = nil, timeoutSeconds: Int? = nil,
        allowWatchBookmarks: Bool = true
    ) -> AsyncThrowingStream<WatchEvent<T>, Error> {
        let ns = name == nil ? namespace : objectNamespace(T.self, namespace)
        let raw = watch(
            ResourcePath(T.self, namespace: ns, name: name), labelSelector: labelSelector, fieldSelector: fieldSelector,
            resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, allowWatchBookmarks: allowWatchBookmarks)
        let (stream, continuation) = AsyncThrowingStream<WatchEvent<T>, Error>.makeStream()
        let task = Task {
            do {
                for try await event in raw {
                    let mapped: WatchEvent<T>.EventType
                    switch event.type {
                    case .added: mapped = .added
                    case .modified: mapped = .modified
                    case .deleted: mapped = .deleted
                    case .bookmark: mapped = .bookmark
                    case .error: throw event.error ?? APIError.internalError("watch error")
                    }
                    continuation.yield(WatchEvent(type: mapped, object: T(json: event.object)))
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// The namespace a single-object call on `T` uses.
    func objectNamespace<T: KubernetesObject>(_ type: T.Type, _ namespace: String?) -> String? {
        guard T.namespaced else { return nil }
        if let namespace, !namespace.isEmpty { return namespace }
        return defaultNamespace
    }

    static func withKind<T: KubernetesObject>(_ object: T) -> JSON {
        var json = object.json
        guard case .object = json else { return json }
        if json["kind"].isNull { json["kind"] = .string(T.kind) }
        if json["apiVersion"].isNull { json["apiVersion"] = .string(T.apiVersion) }
        return json
    }
}
