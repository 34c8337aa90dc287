import APIMachinery
import Client
import Testing

@testable import Controllers

@Suite struct GarbageCollectorTests {
    func node(
        _ uid: String, owners: [(String, Bool)] = [], deleting: Bool = false, finalizers: [String] = []
    ) -> GCNode {
        GCNode(
            uid: uid, apiVersion: "v1", kind: "Pod", namespace: "default", name: uid,
            owners: owners.map { GCOwnerRef(apiVersion: "apps/v1", kind: "ReplicaSet", name: $0.0, uid: $0.0, blockOwnerDeletion: $0.1) },
            beingDeleted: deleting, finalizers: finalizers)
    }

    @Test func graphTracksDependents() {
        var g = GCGraph()
        g.upsert(node("rs"))
        g.upsert(node("p1", owners: [("rs", true)]))
        g.upsert(node("p2", owners: [("rs", false)]))
        #expect(g.dependentNodes(of: "rs").map(\.uid) == ["p1", "p2"])
        #expect(g.blockingDependents(of: "rs").map(\.uid) == ["p1"])
        // Changing owners moves the edge.
        g.upsert(node("p1", owners: [("other", true)]))
        #expect(g.dependentNodes(of: "rs").map(\.uid) == ["p2"])
        #expect(g.dependentNodes(of: "other").map(\.uid) == ["p1"])
        g.remove("p2")
        #expect(g.dependentNodes(of: "rs").isEmpty)
    }

    @Test func backgroundDeletionOfOrphanedDependent() {
        let d = node("p1", owners: [("rs", true)])
        #expect(GarbageCollector.decide(dependent: d, hasDependents: false, owners: ["rs": .absent]) == .delete(.background))
        #expect(GarbageCollector.decide(dependent: d, hasDependents: false, owners: ["rs": .exists]) == .keep)
    }

    @Test func danglingReferencesAreRemovedWhenAnotherOwnerRemains() {
        let d = node("p1", owners: [("a", false), ("b", false)])
        #expect(
            GarbageCollector.decide(dependent: d, hasDependents: false, owners: ["a": .absent, "b": .exists])
                == .patchOwners(remove: ["a"], unblock: []))
    }

    @Test func foregroundOwnerGetsItsDependentsDeleted() {
        let leaf = node("p1", owners: [("rs", true)])
        #expect(GarbageCollector.decide(dependent: leaf, hasDependents: false, owners: ["rs": .deletingDependents]) == .delete(.background))
        // A dependent with dependents of its own is deleted in the foreground too.
        #expect(GarbageCollector.decide(dependent: leaf, hasDependents: true, owners: ["rs": .deletingDependents]) == .delete(.foreground))
        // With another live owner it stays but stops blocking the deleting owner.
        let shared = node("p2", owners: [("rs", true), ("other", false)])
        #expect(
            GarbageCollector.decide(dependent: shared, hasDependents: false, owners: ["rs": .deletingDependents, "other": .exists])
                == .patchOwners(remove: [], unblock: ["rs"]))
    }

    @Test func dependentsBeingDeletedAreLeftAlone() {
        let d = node("p1", owners: [("rs", true)], deleting: true)
        #expect(GarbageCollector.decide(dependent: d, hasDependents: false, owners: ["rs": .absent]) == .keep)
        let noOwners = node("p2")
        #expect(GarbageCollector.decide(dependent: noOwners, hasDependents: false, owners: [:]) == .keep)
    }

    @Test func dependentsKeepTheirOwnPropagationFinalizer() {
        let d = node("rs", owners: [("deploy", true)], finalizers: ["orphan"])
        #expect(GarbageCollector.decide(dependent: d, hasDependents: true, owners: ["deploy": .absent]) == .delete(.orphan))
    }

    @Test func nodeStates() {
        let fg = node("d", deleting: true, finalizers: ["foregroundDeletion"])
        #expect(fg.deletingDependents && !fg.orphaningDependents)
        let orphan = node("d", deleting: true, finalizers: ["orphan"])
        #expect(orphan.orphaningDependents)
        #expect(!node("d", finalizers: ["foregroundDeletion"]).deletingDependents)
    }

    @Test func ownerReferencePatching() {
        let refs: [JSON] = [["uid": "a", "kind": "X"], ["uid": "b", "kind": "Y", "blockOwnerDeletion": true]]
        let out = GarbageCollector.patchedOwnerReferences(refs, remove: ["a"], unblock: ["b"])
        #expect(out == [["uid": "b", "kind": "Y", "blockOwnerDeletion": false]])
    }

    @Test func nodeFromJSON() {
        let json: JSON = [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": [
                "name": "p", "namespace": "ns", "uid": "u1", "deletionTimestamp": "2024-01-01T00:00:00Z",
                "finalizers": ["foregroundDeletion"],
                "ownerReferences": [["apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "rs", "uid": "u0", "blockOwnerDeletion": true]],
            ],
        ]
        let n = GCNode(json: json, resource: nil)
        #expect(n?.uid == "u1")
        #expect(n?.owners.first?.group == "apps")
        #expect(n?.owners.first?.blockOwnerDeletion == true)
        #expect(n?.deletingDependents == true)
        #expect(GCNode(json: ["metadata": ["name": "x"]], resource: nil) == nil)
    }
}
