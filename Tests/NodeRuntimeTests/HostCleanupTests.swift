@testable import NodeRuntime
import Testing

@Suite struct HostCleanupTests {
    @Test func mountPointsBelowAPrefixComeDeepestFirst() {
        let mountinfo = """
            22 1 254:0 / / rw,relatime - ext4 /dev/vda rw
            100 22 0:50 / /tmp/apus-x/containerd/state/io.containerd.grpc.v1.cri/sandboxes/abc/shm rw - tmpfs shm rw
            101 22 0:51 / /tmp/apus-x/containerd/state/io.containerd.runtime.v2.task/k8s.io/abc/rootfs rw - overlay overlay rw
            102 101 0:52 / /tmp/apus-x/containerd/state/io.containerd.runtime.v2.task/k8s.io/abc/rootfs/proc rw - proc proc rw
            103 22 0:53 / /tmp/apus-xy/other rw - tmpfs t rw
            104 22 0:54 / /tmp/apus-x/with\\040space rw - tmpfs t rw
            """
        let points = HostCleanup.mountPoints(under: "/tmp/apus-x", mountinfo: mountinfo)
        #expect(points.count == 4)
        #expect(points.first == "/tmp/apus-x/containerd/state/io.containerd.runtime.v2.task/k8s.io/abc/rootfs/proc")
        #expect(points.contains("/tmp/apus-x/with space"))
        #expect(!points.contains("/tmp/apus-xy/other"))
    }
}

@Suite struct CNIRuleCleanupTests {
    let save = """
        -P POSTROUTING ACCEPT
        -A POSTROUTING -s 10.42.7.2/32 -m comment --comment "name: \\"apus\\" id: \\"abc\\"" -j CNI-111
        -A POSTROUTING -s 10.42.7.3/32 -m comment --comment "name: \\"apus\\" id: \\"def\\"" -j CNI-222
        -A POSTROUTING -s 10.42.8.2/32 -m comment --comment "name: \\"apus\\" id: \\"ghi\\"" -j CNI-333
        -A POSTROUTING -s 10.42.7.9/32 -m comment --comment "name: \\"other\\" id: \\"jkl\\"" -j CNI-444
        """

    @Test func onlyThisNetworksRulesInThePodCIDRAreStale() {
        let stale = CNIRuleCleanup.staleRules(iptablesSave: save, network: "apus", podCIDR: "10.42.7.0/24", keep: ["10.42.7.3"])
        #expect(stale.map(\.chain) == ["CNI-111"])
    }

    @Test func rulesSplitLikeAShell() {
        #expect(CNIRuleCleanup.shellSplit(#"POSTROUTING -s 10.42.7.2/32 -m comment --comment "name: \"apus\" id: \"abc\"" -j CNI-111"#)
            == ["POSTROUTING", "-s", "10.42.7.2/32", "-m", "comment", "--comment", #"name: "apus" id: "abc""#, "-j", "CNI-111"])
    }
}
