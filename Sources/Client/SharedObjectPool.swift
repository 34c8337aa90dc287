import APIMachinery
import Synchronization

/// Lets the informers of one process share the decoded copy of an object version.
///
/// When several components run in one process (`apus server` runs the scheduler, the controller
/// manager and the node agents beside the API server), each keeps its own informers and receives
/// each object from its own watch. Decoded JSON trees are large; the pool hands every informer
/// that decodes the same version of the same object (same uid and resourceVersion) the one tree
/// already held by another, so the copies share storage. The pool keeps only the newest version
/// it saw of each object and forgets objects when they are deleted.
final class SharedObjectPool: Sendable {
    static let shared = SharedObjectPool()

    private struct Entry: Sendable {
        var resourceVersion: String
        var json: JSON
    }

    private final class Shard: Sendable {
        let entries = Mutex<[String: Entry]>([:])
        func withLock<R>(_ body: (inout [String: Entry]) -> R) -> R { entries.withLock { body(&$0) } }
    }

    private let shards: [Shard] = (0..<16).map { _ in Shard() }

    private func shard(_ uid: String) -> Shard {
        var h: UInt32 = 2_166_136_261
        for b in uid.utf8.suffix(8) { h = (h ^ UInt32(b)) &* 16_777_619 }
        return shards[Int(h % UInt32(shards.count))]
    }

    /// The pooled copy of `json` when the pool holds the same version of the same object; else
    /// `json`, which becomes the pooled copy when it is newer than the one held.
    func intern(_ json: JSON) -> JSON {
        guard let uid = json["metadata"]["uid"].stringValue, !uid.isEmpty,
            let rv = json["metadata"]["resourceVersion"].stringValue, !rv.isEmpty
        else { return json }
        return shard(uid).withLock { entries in
            if let e = entries[uid] {
                if e.resourceVersion == rv { return e.json }
                if let held = Int64(e.resourceVersion), let new = Int64(rv), held > new { return json }
            }
            entries[uid] = Entry(resourceVersion: rv, json: json)
            return json
        }
    }

    /// Forgets a deleted object.
    func remove(_ json: JSON) {
        guard let uid = json["metadata"]["uid"].stringValue, !uid.isEmpty else { return }
        _ = shard(uid).withLock { $0.removeValue(forKey: uid) }
    }
}
