import APIMachinery
import Foundation
import Testing

@testable import Controllers

@Suite struct NamespaceControllerTests {
    func cond(_ list: [JSON], _ type: String) -> JSON? { list.first { $0["type"].stringValue == type } }

    @Test func conditionsWhenContentRemains() {
        let remaining = NamespaceController.Remaining(objects: ["pods": 2, "configmaps": 0], finalizers: ["example.com/keep": 1])
        let c = NamespaceController.deletionConditions(
            discoveryFailures: [], deletionFailures: [], remaining: remaining, existing: [], now: LifecycleFixtures.now)
        #expect(cond(c, "NamespaceDeletionDiscoveryFailure")?["status"].stringValue == "False")
        #expect(cond(c, "NamespaceDeletionDiscoveryFailure")?["reason"].stringValue == "ResourcesDiscovered")
        #expect(cond(c, "NamespaceDeletionContentFailure")?["reason"].stringValue == "ContentDeleted")
        #expect(cond(c, "NamespaceContentRemaining")?["status"].stringValue == "True")
        #expect(cond(c, "NamespaceContentRemaining")?["reason"].stringValue == "SomeResourcesRemain")
        #expect(cond(c, "NamespaceContentRemaining")?["message"].stringValue == "Some resources are remaining: pods has 2 resource instances")
        #expect(cond(c, "NamespaceFinalizersRemaining")?["reason"].stringValue == "SomeFinalizersRemain")
        #expect(!remaining.isEmpty)
    }

    @Test func conditionsWhenEmpty() {
        let c = NamespaceController.deletionConditions(
            discoveryFailures: ["metrics.k8s.io/v1beta1: unavailable"], deletionFailures: [], remaining: .init(), existing: [],
            now: LifecycleFixtures.now)
        #expect(cond(c, "NamespaceDeletionDiscoveryFailure")?["status"].stringValue == "True")
        #expect(cond(c, "NamespaceDeletionDiscoveryFailure")?["reason"].stringValue == "DiscoveryFailed")
        #expect(cond(c, "NamespaceContentRemaining")?["reason"].stringValue == "ContentRemoved")
        #expect(cond(c, "NamespaceFinalizersRemaining")?["reason"].stringValue == "ContentHasNoFinalizers")
        #expect(c.count == 5)
    }

    @Test func transitionTimeKeptWhileStatusUnchanged() {
        let first = NamespaceController.deletionConditions(
            discoveryFailures: [], deletionFailures: [], remaining: .init(objects: ["pods": 1]), existing: [],
            now: LifecycleFixtures.now.addingTimeInterval(-60))
        let second = NamespaceController.deletionConditions(
            discoveryFailures: [], deletionFailures: [], remaining: .init(objects: ["pods": 1]), existing: first, now: LifecycleFixtures.now)
        #expect(cond(second, "NamespaceContentRemaining")?["lastTransitionTime"] == cond(first, "NamespaceContentRemaining")?["lastTransitionTime"])
        #expect(NamespaceController.sameConditions(first, second))
    }

    @Test func deletableResourcesAreNamespacedAndDeletable() {
        let all = [
            DiscoveredResource(group: "", version: "v1", resource: "pods", kind: "Pod", namespaced: true, verbs: ["list", "delete", "deletecollection"]),
            DiscoveredResource(group: "", version: "v1", resource: "nodes", kind: "Node", namespaced: false, verbs: ["list", "delete"]),
            DiscoveredResource(group: "", version: "v1", resource: "bindings", kind: "Binding", namespaced: true, verbs: ["create"]),
            DiscoveredResource(group: "apps", version: "v1", resource: "deployments", kind: "Deployment", namespaced: true, verbs: ["list", "delete"]),
            DiscoveredResource(group: "apps", version: "v1beta1", resource: "deployments", kind: "Deployment", namespaced: true, verbs: ["list", "delete"]),
        ]
        #expect(NamespaceController.deletableResources(all).map(\.description) == ["pods", "deployments.apps"])
    }

    @Test func finalizeRemovesOnlyKubernetes() {
        let ns: JSON = ["spec": ["finalizers": ["kubernetes", "example.com/x"]]]
        #expect(NamespaceController.finalizedSpec(ns) == ["example.com/x"])
    }

    @Test func discoveryParsing() {
        let list: JSON = [
            "resources": [
                ["name": "pods", "kind": "Pod", "namespaced": true, "verbs": ["list", "delete"]],
                ["name": "pods/status", "kind": "Pod", "namespaced": true, "verbs": ["get"]],
            ]
        ]
        let r = ResourceDiscovery.parse(resourceList: list, group: "", version: "v1")
        #expect(r.count == 1 && r[0].resource == "pods" && r[0].namespaced)
        #expect(r[0].path(namespace: "ns", name: "p").path == "/api/v1/namespaces/ns/pods/p")
        let groups: JSON = ["groups": [["name": "apps", "preferredVersion": ["version": "v1"]], ["name": "x.io", "versions": [["version": "v2"]]]]]
        let pv = ResourceDiscovery.preferredGroupVersions(groupList: groups)
        #expect(pv.map { "\($0.group)/\($0.version)" } == ["apps/v1", "x.io/v2"])
    }
}
