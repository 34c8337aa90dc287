import Client
@testable import Kubelet
import Testing

@Suite struct RelistTests {
    @Test func onlyPodsWhoseRuntimeStateChangedAreQueued() {
        let a = ObjectKey(namespace: "default", name: "a")
        let b = ObjectKey(namespace: "default", name: "b")
        let c = ObjectKey(namespace: "default", name: "c")
        let before: [String: Kubelet.RelistEntry] = [
            "ua": .init(key: a, states: ["s1": 0, "c1": 11]),
            "ub": .init(key: b, states: ["s2": 0, "c2": 11]),
            "uc": .init(key: c, states: ["s3": 0]),
        ]
        let after: [String: Kubelet.RelistEntry] = [
            "ua": .init(key: a, states: ["s1": 0, "c1": 11]),  // unchanged
            "ub": .init(key: b, states: ["s2": 0, "c2": 12]),  // container exited
        ]
        #expect(Kubelet.changedPods(before: before, after: after) == [b, c])
    }
}
