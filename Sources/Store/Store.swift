/// One stored key at one revision.
public struct KeyValue: Sendable, Equatable {
    public var key: String
    public var value: [UInt8]
    /// Revision of the write that created the key (etcd's `create_revision`).
    public var createRevision: Int64
    /// Revision of the last write to the key (etcd's `mod_revision`); for a delete event, the delete's revision.
    public var modRevision: Int64

    public init(key: String, value: [UInt8], createRevision: Int64, modRevision: Int64) {
        self.key = key
        self.value = value
        self.createRevision = createRevision
        self.modRevision = modRevision
    }
}

public struct RangeResult: Sendable {
    /// Matching keys in ascending key order.
    public var kvs: [KeyValue]
    /// The store revision the read was served at.
    public var revision: Int64
    /// True when `limit` cut the result short.
    public var more: Bool

    public init(kvs: [KeyValue], revision: Int64, more: Bool) {
        self.kvs = kvs
        self.revision = revision
        self.more = more
    }
}

public enum StoreEventType: Sendable, Equatable {
    case put
    case delete
}

/// A change to one key, as a watch delivers it.
public struct StoreEvent: Sendable, Equatable {
    public var type: StoreEventType
    /// For `.put`: the new value. For `.delete`: the key, the value it had before deletion,
    /// and `modRevision` = the revision of the delete.
    public var kv: KeyValue
    /// The value before this event (nil for a create).
    public var prevKV: KeyValue?
    /// The revision this event happened at.
    public var revision: Int64 { kv.modRevision }

    public init(type: StoreEventType, kv: KeyValue, prevKV: KeyValue?) {
        self.type = type
        self.kv = kv
        self.prevKV = prevKV
    }
}

public enum StoreError: Error, Sendable, Equatable {
    /// `create` of a key that exists.
    case keyExists(key: String)
    /// `update`/`delete` of a key that does not exist.
    case keyNotFound(key: String)
    /// Compare-and-swap failed: the key's current mod revision differs from the expected one.
    case conflict(key: String, currentModRevision: Int64)
    /// The requested revision was compacted away.
    case compacted(requested: Int64, compactRevision: Int64)
    /// The requested revision is newer than the store's current revision.
    case futureRevision(requested: Int64, current: Int64)
    /// The store is closed or failed.
    case unavailable(String)
}

/// A revisioned key-value store shaped like etcd v3.
///
/// Every successful write increments one global revision and returns it. Watches deliver every change
/// after a given revision, in revision order, pushed as they happen.
public protocol Store: Sendable {
    /// The revision of the last write.
    func currentRevision() async throws -> Int64

    /// The oldest revision that can still be read or watched from (history before it is compacted).
    func compactRevision() async throws -> Int64

    /// Reads one key, at the current revision or at `revision` (when not compacted).
    func get(_ key: String, revision: Int64?) async throws -> KeyValue?

    /// Reads keys with `prefix`, in key order, starting strictly after `startAfter` when given,
    /// at the current revision or at `revision`; at most `limit` keys when given.
    func range(prefix: String, startAfter: String?, limit: Int?, revision: Int64?) async throws -> RangeResult

    /// Counts live keys with `prefix` at the current revision.
    func count(prefix: String) async throws -> Int

    /// Creates a key; throws `keyExists` when it exists. Returns the new revision.
    func create(_ key: String, value: [UInt8]) async throws -> Int64

    /// Replaces a key's value. With `expectedModRevision`, only when the key's mod revision equals it
    /// (else `conflict`). Throws `keyNotFound` when absent. Returns the new revision.
    func update(_ key: String, value: [UInt8], expectedModRevision: Int64?) async throws -> Int64

    /// Deletes a key, optionally compare-and-swap on its mod revision. Returns the revision of the
    /// delete and the last value.
    func delete(_ key: String, expectedModRevision: Int64?) async throws -> (revision: Int64, previous: KeyValue)

    /// Streams every change to keys with `prefix` whose revision is greater than `afterRevision`, in order,
    /// batched by revision ranges. Fails with `compacted` when `afterRevision` is older than the compacted history.
    func watch(prefix: String, afterRevision: Int64) -> AsyncThrowingStream<[StoreEvent], Error>

    /// Discards history older than `revision` (live values are kept).
    func compact(revision: Int64) async throws

    /// Closes the store; pending watches end.
    func close() async
}
