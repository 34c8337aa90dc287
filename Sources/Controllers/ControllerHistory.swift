import API
import APIMachinery
import Client
import Foundation

/// ControllerRevisions: the update history of StatefulSets and DaemonSets (upstream
/// `pkg/controller/history`). A revision stores the parent's pod template as a patch
/// (`{"spec":{"template":{..., "$patch":"replace"}}}`) so `kubectl rollout undo` can apply it.
public enum ControllerHistory {
    /// `<parent>-<hash>`, the parent's name cut to 223 characters.
    public static func revisionName(prefix: String, hash: String) -> String {
        let p = prefix.count > 223 ? String(prefix.prefix(223)) : prefix
        return p + "-" + hash
    }

    /// The data of a revision for `template`.
    public static func templatePatch(_ template: JSON) -> JSON {
        var t = template.objectValue == nil ? JSON.object([:]) : template
        t["$patch"] = "replace"
        return ["spec": ["template": t]]
    }

    /// The template a revision's data holds (without the patch directive).
    public static func template(ofRevisionData data: JSON) -> JSON {
        var t = data["spec"]["template"]
        t["$patch"] = .null
        return t
    }

    /// FNV-1 of the data's canonical JSON, then of the collision count's decimal, safe-encoded
    /// (upstream `HashControllerRevision`).
    public static func hash(data: JSON, collisionCount: Int32?) -> String {
        var h = Workloads.fnv32(Workloads.canonical(data).serialized())
        if let collisionCount { h = Workloads.fnv32(Array(String(collisionCount).utf8), into: h) }
        return Workloads.safeEncode(String(h))
    }

    /// A revision of `parent` holding `data`, labelled with the template's labels and its hash,
    /// named `<parent>-<hash>` (`hash` defaults to the hash of the data).
    public static func newRevision<Parent: KubernetesObject>(
        parent: Parent, templateLabels: [String: String], data: JSON, revision: Int64, collisionCount: Int32?,
        hash givenHash: String? = nil, annotations: [String: String] = [:]
    ) -> AppsV1.ControllerRevision {
        let h = givenHash ?? hash(data: data, collisionCount: collisionCount)
        var labels = templateLabels
        labels[Workloads.controllerRevisionHashLabel] = h
        var cr = AppsV1.ControllerRevision()
        cr.json["metadata"] = [
            "name": .string(revisionName(prefix: parent.name, hash: h)), "namespace": .string(parent.namespace),
            "labels": .object(labels.mapValues { .string($0) }),
            "ownerReferences": [Workloads.makeControllerRef(to: parent).json],
        ]
        if !annotations.isEmpty { cr.json[path: ["metadata", "annotations"]] = .object(annotations.mapValues { .string($0) }) }
        cr.json["data"] = data
        cr.json["revision"] = .int(revision)
        return cr
    }

    /// Same hash label and same data.
    public static func equal(_ a: AppsV1.ControllerRevision, _ b: AppsV1.ControllerRevision) -> Bool {
        a.labels[Workloads.controllerRevisionHashLabel] == b.labels[Workloads.controllerRevisionHashLabel]
            && Workloads.canonical(a.json["data"]) == Workloads.canonical(b.json["data"])
    }

    /// Oldest revision first (by revision number, then creation, then name).
    public static func sorted(_ revisions: [AppsV1.ControllerRevision]) -> [AppsV1.ControllerRevision] {
        revisions.sorted { a, b in
            let ra = a.revision ?? 0, rb = b.revision ?? 0
            if ra != rb { return ra < rb }
            let ta = Workloads.creationDate(a.json) ?? .distantPast, tb = Workloads.creationDate(b.json) ?? .distantPast
            if ta != tb { return ta < tb }
            return a.name < b.name
        }
    }

    /// The revision number after the highest of `revisions`.
    public static func nextRevision(_ revisions: [AppsV1.ControllerRevision]) -> Int64 {
        (revisions.map { $0.revision ?? 0 }.max() ?? 0) + 1
    }

    /// What to do with the history for a wanted revision (upstream `getStatefulSetRevisions` / `constructHistory`).
    public enum UpdatePlan: Sendable, Equatable {
        /// The newest revision already holds this data.
        case unchanged(AppsV1.ControllerRevision)
        /// An older revision holds it: give it the next revision number (a rollback).
        case bump(AppsV1.ControllerRevision, to: Int64)
        /// None does: create it.
        case create(AppsV1.ControllerRevision)
    }

    /// Decides how the wanted revision `candidate` enters the (owned) history.
    public static func plan(candidate: AppsV1.ControllerRevision, history: [AppsV1.ControllerRevision]) -> UpdatePlan {
        let sortedHistory = sorted(history)
        let equals = sortedHistory.filter { equal($0, candidate) }
        if let last = sortedHistory.last, let lastEqual = equals.last {
            if lastEqual.name == last.name { return .unchanged(last) }
            return .bump(lastEqual, to: nextRevision(sortedHistory))
        }
        return .create(candidate)
    }

    /// Revisions beyond `limit` that no live object uses (oldest first): what history cleanup deletes.
    public static func revisionsToDelete(_ history: [AppsV1.ControllerRevision], live: Set<String>, limit: Int) -> [AppsV1.ControllerRevision] {
        let unused = sorted(history).filter { !live.contains($0.name) }
        let excess = unused.count - max(0, limit)
        return excess > 0 ? Array(unused.prefix(excess)) : []
    }

    /// Brings `candidate` into the history through the API: reuses, bumps or creates it. On a
    /// name collision with different data the collision count is raised and the hash recomputed
    /// by `rehash` (up to a few times). Returns the revision and the collision count used.
    static func apply(
        candidate initial: AppsV1.ControllerRevision, history: [AppsV1.ControllerRevision], collisionCount: Int32,
        client: APIClient, rehash: (Int32) -> AppsV1.ControllerRevision
    ) async throws -> (revision: AppsV1.ControllerRevision, collisionCount: Int32) {
        switch plan(candidate: initial, history: history) {
        case .unchanged(let r):
            return (r, collisionCount)
        case .bump(let r, let to):
            var copy = r
            copy.revision = to
            return (try await client.update(copy), collisionCount)
        case .create:
            var count = collisionCount
            var candidate = initial
            for _ in 0..<5 {
                do {
                    return (try await client.create(candidate, namespace: candidate.namespace), count)
                } catch let e as APIError where e.isAlreadyExists {
                    let existing = try await client.get(
                        AppsV1.ControllerRevision.self, namespace: candidate.namespace, name: candidate.name)
                    if equal(existing, candidate),
                        Workloads.controllerRef(existing.json)?.uid == Workloads.controllerRef(candidate.json)?.uid
                    {
                        return (existing, count)
                    }
                    count += 1
                    candidate = rehash(count)
                }
            }
            throw ClientError("could not create a ControllerRevision for \(candidate.name): too many hash collisions")
        }
    }
}
