import API
import APIMachinery
import Foundation
import Testing

@testable import APIServer

private typealias F = PrinterFixture

@Suite struct WorkloadPrinterTests {
    private let template: JSON = ["spec": ["containers": [["name": "web", "image": "nginx:1"], ["name": "log", "image": "busybox"]]]]

    @Test func deployment() {
        let d: JSON = [
            "metadata": F.meta("web", created: 3 * 86400),
            "spec": [
                "replicas": 3, "template": template,
                "selector": ["matchLabels": ["app": "web"], "matchExpressions": [["key": "tier", "operator": "In", "values": ["b", "a"]]]],
            ],
            "status": ["readyReplicas": 2, "updatedReplicas": 3, "availableReplicas": 2],
        ]
        #expect(F.row("apps", "deployments", d) == ["web", "2/3", 3, 2, "3d", "web,log", "nginx:1,busybox", "app=web,tier in (a,b)"])
        let fresh: JSON = ["metadata": F.meta("new"), "spec": ["template": template]]
        let c = F.cells("apps", "deployments", fresh)
        #expect(c["Ready"] == "0/1")
        #expect(c["Selector"] == "")
        let bad: JSON = ["metadata": F.meta("bad"), "spec": ["replicas": 1, "selector": ["matchExpressions": [["key": "a", "operator": "Near"]]]]]
        #expect(F.cells("apps", "deployments", bad)["Selector"] == "<invalid>")
    }

    @Test func replicaSetAndController() {
        let rs: JSON = [
            "metadata": F.meta("web-abc"), "spec": ["replicas": 2, "template": template, "selector": ["matchLabels": ["app": "web"]]],
            "status": ["replicas": 2, "readyReplicas": 1],
        ]
        #expect(F.row("apps", "replicasets", rs) == ["web-abc", 2, 2, 1, "5m", "web,log", "nginx:1,busybox", "app=web"])
        let rc: JSON = ["metadata": F.meta("old"), "spec": ["replicas": 0, "selector": ["app": "old"]], "status": [:]]
        #expect(F.row("", "replicationcontrollers", rc) == ["old", 0, 0, 0, "5m", "", "", "app=old"])
    }

    @Test func statefulSetAndDaemonSet() {
        let sts: JSON = ["metadata": F.meta("db"), "spec": ["replicas": 3, "template": template], "status": ["readyReplicas": 3]]
        #expect(F.row("apps", "statefulsets", sts) == ["db", "3/3", "5m", "web,log", "nginx:1,busybox"])
        let ds: JSON = [
            "metadata": F.meta("agent"),
            "spec": [
                "selector": ["matchLabels": ["app": "agent"]],
                "template": ["spec": ["nodeSelector": ["kubernetes.io/os": "linux"], "containers": [["name": "a", "image": "b"]]]],
            ],
            "status": ["desiredNumberScheduled": 4, "currentNumberScheduled": 4, "numberReady": 3, "updatedNumberScheduled": 4, "numberAvailable": 3],
        ]
        #expect(F.row("apps", "daemonsets", ds) == ["agent", 4, 4, 3, 4, 3, "kubernetes.io/os=linux", "5m", "a", "b", "app=agent"])
    }

    @Test func jobs() {
        let running: JSON = [
            "metadata": F.meta("pi", created: 120), "spec": ["completions": 3, "parallelism": 1, "template": template, "selector": ["matchLabels": ["job": "pi"]]],
            "status": ["succeeded": 1, "startTime": F.ago(90)],
        ]
        #expect(F.row("batch", "jobs", running) == ["pi", "Running", "1/3", "90s", "2m", "web,log", "nginx:1,busybox", "job=pi"])

        let complete: JSON = [
            "metadata": F.meta("done"), "spec": ["parallelism": 1],
            "status": [
                "succeeded": 1, "startTime": F.ago(300), "completionTime": F.ago(250),
                "conditions": [["type": "SuccessCriteriaMet", "status": "True"], ["type": "Complete", "status": "True"]],
            ],
        ]
        let c = F.cells("batch", "jobs", complete)
        #expect(c["Status"] == "Complete")
        #expect(c["Completions"] == "1/1")
        #expect(c["Duration"] == "50s")

        let parallel: JSON = ["metadata": F.meta("par"), "spec": ["parallelism": 4], "status": [:]]
        #expect(F.cells("batch", "jobs", parallel)["Completions"] == "0/1 of 4")
        #expect(F.cells("batch", "jobs", parallel)["Duration"] == "")

        func status(_ conditions: JSON, deleting: Bool = false) -> JSON? {
            var m = F.meta("j")
            if deleting { m["deletionTimestamp"] = F.ago(1) }
            return F.cells("batch", "jobs", ["metadata": m, "status": ["conditions": conditions]])["Status"]
        }
        #expect(status([["type": "Failed", "status": "True"]]) == "Failed")
        #expect(status([["type": "Suspended", "status": "True"]]) == "Suspended")
        #expect(status([["type": "Suspended", "status": "True"]], deleting: true) == "Terminating")
        #expect(status([["type": "FailureTarget", "status": "True"]]) == "FailureTarget")
        #expect(status([["type": "Complete", "status": "False"]]) == "Running")
    }

    @Test func cronJob() {
        let cj: JSON = [
            "metadata": F.meta("nightly", created: 10 * 86400),
            "spec": [
                "schedule": "0 3 * * *", "suspend": false,
                "jobTemplate": ["spec": ["template": ["spec": ["containers": [["name": "backup", "image": "tool"]]]]]],
            ],
            "status": ["active": [["name": "nightly-1"]], "lastScheduleTime": F.ago(3600)],
        ]
        #expect(F.row("batch", "cronjobs", cj) == ["nightly", "0 3 * * *", "<none>", "False", 1, "60m", "10d", "backup", "tool", "<none>"])
        let never: JSON = ["metadata": F.meta("n"), "spec": ["schedule": "@hourly", "timeZone": "Etc/UTC"]]
        let c = F.cells("batch", "cronjobs", never)
        #expect(c["Last Schedule"] == "<none>")
        #expect(c["Suspend"] == "<unset>")
        #expect(c["Timezone"] == "Etc/UTC")
        #expect(c["Active"] == 0)
    }

    @Test func controllerRevision() {
        let cr: JSON = [
            "metadata": F.meta("web-7d9", extra: [
                "ownerReferences": [
                    ["apiVersion": "v1", "kind": "Pod", "name": "p"],
                    ["apiVersion": "apps/v1", "kind": "StatefulSet", "name": "web", "controller": true],
                ],
            ]),
            "revision": 2,
        ]
        #expect(F.row("apps", "controllerrevisions", cr) == ["web-7d9", "statefulset.apps/web", 2, "5m"])
        #expect(F.cells("apps", "controllerrevisions", ["metadata": F.meta("x")])["Controller"] == "<none>")
    }

    @Test func horizontalPodAutoscaler() {
        let hpa: JSON = [
            "metadata": F.meta("web"),
            "spec": [
                "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "web"], "minReplicas": 1, "maxReplicas": 10,
                "metrics": [
                    ["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 80]]],
                    ["type": "Resource", "resource": ["name": "memory", "target": ["type": "AverageValue", "averageValue": "500Mi"]]],
                    ["type": "Pods", "pods": ["metric": ["name": "qps"], "target": ["type": "AverageValue", "averageValue": "1k"]]],
                ],
            ],
            "status": [
                "currentReplicas": 2,
                "currentMetrics": [["type": "Resource", "resource": ["name": "cpu", "current": ["averageUtilization": 45, "averageValue": "90m"]]]],
            ],
        ]
        #expect(F.row("autoscaling", "horizontalpodautoscalers", hpa) == [
            "web", "Deployment/web", "cpu: 45%/80%, memory: <unknown>/500Mi + 1 more...", "1", 10, 2, "5m",
        ])
        let plain: JSON = ["metadata": F.meta("x"), "spec": ["scaleTargetRef": ["kind": "Deployment", "name": "x"], "maxReplicas": 3]]
        let c = F.cells("autoscaling", "horizontalpodautoscalers", plain)
        #expect(c["Targets"] == "<none>")
        #expect(c["MinPods"] == "<unset>")
        let external: JSON = [
            "metadata": F.meta("e"),
            "spec": ["metrics": [
                ["type": "External", "external": ["target": ["type": "Value", "value": "10"]]],
                ["type": "Object", "object": ["target": ["type": "AverageValue", "averageValue": "2"]]],
            ]],
            "status": ["currentMetrics": [["type": "External", "external": ["current": ["value": "7"]]]]],
        ]
        #expect(F.cells("autoscaling", "horizontalpodautoscalers", external)["Targets"] == "7/10, <unknown>/2 (avg)")
    }

    @Test func podDisruptionBudget() {
        let pdb: JSON = ["metadata": F.meta("web"), "spec": ["minAvailable": 2], "status": ["disruptionsAllowed": 1]]
        #expect(F.row("policy", "poddisruptionbudgets", pdb) == ["web", "2", "N/A", 1, "5m"])
        let percent: JSON = ["metadata": F.meta("web"), "spec": ["maxUnavailable": "25%"]]
        #expect(F.row("policy", "poddisruptionbudgets", percent) == ["web", "N/A", "25%", 0, "5m"])
    }
}

@Suite struct ServicePrinterTests {
    private func service(_ spec: JSON, status: JSON = [:]) -> JSON {
        ["metadata": F.meta("svc"), "spec": spec, "status": status]
    }

    @Test func clusterIPService() {
        let s = service([
            "type": "ClusterIP", "clusterIP": "10.96.0.10", "clusterIPs": ["10.96.0.10"],
            "ports": [["port": 80, "protocol": "TCP"], ["port": 53, "protocol": "UDP"]], "selector": ["app": "web"],
        ])
        #expect(F.row("", "services", s) == ["svc", "ClusterIP", "10.96.0.10", "<none>", "80/TCP,53/UDP", "5m", "app=web"])
    }

    @Test func nodePortsAndHeadless() {
        let s = service([
            "type": "NodePort", "clusterIPs": ["10.96.0.11"], "externalIPs": ["1.2.3.4"],
            "ports": [["port": 80, "protocol": "TCP"], ["port": 443, "nodePort": 30443, "protocol": "TCP"]],
        ])
        let c = F.cells("", "services", s)
        #expect(c["Port(s)"] == "80/TCP,443:30443/TCP")
        #expect(c["External-IP"] == "1.2.3.4")
        #expect(c["Selector"] == "<none>")
        let headless = F.cells("", "services", service(["clusterIP": "None", "clusterIPs": ["None"]]))
        #expect(headless["Cluster-IP"] == "None")
        #expect(headless["Port(s)"] == "<none>")
        #expect(headless["Type"] == "ClusterIP")
    }

    @Test func loadBalancerExternalIP() {
        let pending = service(["type": "LoadBalancer", "clusterIPs": ["10.96.0.12"], "ports": [["port": 80, "nodePort": 31000, "protocol": "TCP"]]])
        #expect(F.cells("", "services", pending)["External-IP"] == "<pending>")
        let assigned = service(
            ["type": "LoadBalancer", "clusterIPs": ["10.96.0.12"]],
            status: ["loadBalancer": ["ingress": [["ip": "203.0.113.9"], ["hostname": "lb.example.com"], ["ip": "203.0.113.9"]]]])
        #expect(F.cells("", "services", assigned)["External-IP"] == "203.0.113.9,lb.example.com")
        let both = service(
            ["type": "LoadBalancer", "externalIPs": ["198.51.100.1"]],
            status: ["loadBalancer": ["ingress": [["ip": "203.0.113.9"]]]])
        #expect(F.cells("", "services", both)["External-IP"] == "203.0.113.9,198.51.100.1")
        let external = service(["type": "ExternalName", "externalName": "db.example.com"])
        #expect(F.cells("", "services", external)["External-IP"] == "db.example.com")
        #expect(F.cells("", "services", external)["Cluster-IP"] == "<none>")
    }

    @Test func endpoints() {
        let ep: JSON = [
            "metadata": F.meta("svc"),
            "subsets": [
                ["addresses": [["ip": "10.1.0.1"], ["ip": "fd00::2"]], "ports": [["port": 8080], ["port": 9090]]],
                ["addresses": [["ip": "10.1.0.3"]]],
            ],
        ]
        #expect(F.cells("", "endpoints", ep)["Endpoints"] == "10.1.0.1:8080,[fd00::2]:8080,10.1.0.1:9090 + 2 more...")
        #expect(F.cells("", "endpoints", ["metadata": F.meta("e")])["Endpoints"] == "<none>")
        let small: JSON = ["metadata": F.meta("e"), "subsets": [["addresses": [["ip": "10.1.0.1"]], "ports": [["port": 80]]]]]
        #expect(F.cells("", "endpoints", small)["Endpoints"] == "10.1.0.1:80")
    }

    @Test func endpointSlice() {
        let slice: JSON = [
            "metadata": F.meta("svc-abc"), "addressType": "IPv4",
            "ports": [["port": 80, "name": "http"], ["name": "metrics"], [:]],
            "endpoints": [["addresses": ["10.1.0.1"]], ["addresses": ["10.1.0.2"]], ["addresses": ["10.1.0.3"]], ["addresses": ["10.1.0.4"]]],
        ]
        #expect(F.row("discovery.k8s.io", "endpointslices", slice) == [
            "svc-abc", "IPv4", "80,metrics,*", "10.1.0.1,10.1.0.2,10.1.0.3 + 1 more...", "5m",
        ])
        let empty: JSON = ["metadata": F.meta("e"), "addressType": "IPv6"]
        #expect(F.row("discovery.k8s.io", "endpointslices", empty) == ["e", "IPv6", "<unset>", "<unset>", "5m"])
    }

    @Test func ingress() {
        let ing: JSON = [
            "metadata": F.meta("site"),
            "spec": [
                "ingressClassName": "nginx", "tls": [["hosts": ["a.example.com"]]],
                "rules": [["host": "a.example.com"], ["host": "b.example.com"], [:], ["host": "c.example.com"], ["host": "d.example.com"]],
            ],
            "status": ["loadBalancer": ["ingress": [["ip": "192.0.2.1"]]]],
        ]
        #expect(F.row("networking.k8s.io", "ingresses", ing) == [
            "site", "nginx", "a.example.com,b.example.com,c.example.com + 2 more...", "192.0.2.1", "80, 443", "5m",
        ])
        let bare: JSON = ["metadata": F.meta("b"), "spec": ["rules": [[:]]]]
        #expect(F.row("networking.k8s.io", "ingresses", bare) == ["b", "<none>", "*", "", "80", "5m"])
    }

    @Test func ingressClassAndNetworkPolicy() {
        let ic: JSON = [
            "metadata": F.meta("nginx"),
            "spec": ["controller": "k8s.io/ingress-nginx", "parameters": ["apiGroup": "k8s.example.com", "kind": "IngressParameters", "name": "p"]],
        ]
        #expect(F.row("networking.k8s.io", "ingressclasses", ic) == ["nginx", "k8s.io/ingress-nginx", "IngressParameters.k8s.example.com/p", "5m"])
        let np: JSON = ["metadata": F.meta("deny"), "spec": ["podSelector": [:]]]
        #expect(F.row("networking.k8s.io", "networkpolicies", np) == ["deny", "<none>", "5m"])
        let sel: JSON = [
            "metadata": F.meta("allow"),
            "spec": ["podSelector": ["matchExpressions": [["key": "role", "operator": "Exists"], ["key": "env", "operator": "DoesNotExist"], ["key": "app", "operator": "NotIn", "values": ["x"]]]]],
        ]
        #expect(F.cells("networking.k8s.io", "networkpolicies", sel)["Pod-Selector"] == "app notin (x),!env,role")
    }
}

@Suite struct ClusterPrinterTests {
    private func node(labels: JSON = [:], conditions: JSON, unschedulable: Bool = false) -> JSON {
        [
            "metadata": ["name": "node-1", "creationTimestamp": F.ago(9 * 86400), "labels": labels],
            "spec": unschedulable ? ["unschedulable": true] : [:],
            "status": [
                "conditions": conditions,
                "addresses": [["type": "Hostname", "address": "node-1"], ["type": "InternalIP", "address": "192.168.1.10"]],
                "nodeInfo": ["kubeletVersion": "v1.33.0", "osImage": "Debian GNU/Linux 13", "kernelVersion": "6.12.0", "containerRuntimeVersion": "containerd://2.1.0"],
            ],
        ]
    }

    @Test func nodeRolesAndStatus() {
        let n = node(
            labels: ["node-role.kubernetes.io/control-plane": "", "node-role.kubernetes.io/etcd": "true", "kubernetes.io/role": "master", "node-role.kubernetes.io/": "x"],
            conditions: [["type": "MemoryPressure", "status": "False"], ["type": "Ready", "status": "True"]], unschedulable: true)
        #expect(F.row("", "nodes", n) == [
            "node-1", "Ready,SchedulingDisabled", "control-plane,etcd,master", "9d", "v1.33.0", "192.168.1.10", "<none>",
            "Debian GNU/Linux 13", "6.12.0", "containerd://2.1.0",
        ])
        let notReady = F.cells("", "nodes", node(conditions: [["type": "Ready", "status": "Unknown"]]))
        #expect(notReady["Status"] == "NotReady")
        #expect(notReady["Roles"] == "<none>")
        #expect(F.cells("", "nodes", node(conditions: [])) ["Status"] == "Unknown")
        let bare = F.cells("", "nodes", ["metadata": ["name": "n"]])
        #expect(bare["OS-Image"] == "<unknown>")
        #expect(bare["Internal-IP"] == "<none>")
        #expect(bare["Age"] == "<unknown>")
    }

    @Test func namespaceLeasePriorityClass() {
        #expect(F.row("", "namespaces", ["metadata": F.meta("kube-system"), "status": ["phase": "Active"]]) == ["kube-system", "Active", "5m"])
        let lease: JSON = ["metadata": F.meta("kube-scheduler"), "spec": ["holderIdentity": "host_1234"]]
        #expect(F.row("coordination.k8s.io", "leases", lease) == ["kube-scheduler", "host_1234", "5m"])
        let pc: JSON = ["metadata": F.meta("high"), "value": 1000, "globalDefault": true, "preemptionPolicy": "PreemptLowerPriority"]
        #expect(F.row("scheduling.k8s.io", "priorityclasses", pc) == ["high", 1000, true, "5m", "PreemptLowerPriority"])
    }

    @Test func coreEvent() {
        let ev: JSON = [
            "metadata": F.meta("web.17a"),
            "involvedObject": ["kind": "Pod", "name": "web", "fieldPath": "spec.containers{app}"],
            "type": "Warning", "reason": "BackOff", "message": "  Back-off restarting failed container\n",
            "source": ["component": "kubelet", "host": "node-1"],
            "firstTimestamp": F.ago(3600), "lastTimestamp": F.ago(30), "count": 12,
        ]
        #expect(F.row("", "events", ev) == [
            "30s", "Warning", "BackOff", "pod/web", "spec.containers{app}", "kubelet, node-1",
            "Back-off restarting failed container", "60m", 12, "web.17a",
        ])
        let fresh: JSON = [
            "metadata": F.meta("x"), "involvedObject": ["kind": "Node"], "type": "Normal", "reason": "Starting",
            "eventTime": .string("2023-11-14T22:13:10.123456Z"), "reportingComponent": "kube-proxy", "reportingInstance": "node-1",
        ]
        let c = F.cells("", "events", fresh)
        #expect(c["Last Seen"] == "9s")
        #expect(c["First Seen"] == "9s")
        #expect(c["Count"] == 1)
        #expect(c["Object"] == "node")
        #expect(c["Source"] == "kube-proxy, node-1")
    }

    @Test func eventsV1Event() {
        let ev: JSON = [
            "metadata": F.meta("web.17b"), "regarding": ["kind": "Deployment", "name": "web"],
            "type": "Normal", "reason": "ScalingReplicaSet", "note": "Scaled up", "reportingController": "deployment-controller",
            "eventTime": F.ago(600), "series": ["count": 3, "lastObservedTime": F.ago(120)],
        ]
        #expect(F.row("events.k8s.io", "events", ev) == [
            "2m", "Normal", "ScalingReplicaSet", "deployment/web", "", "deployment-controller", "Scaled up", "10m", 3, "web.17b",
        ])
    }

    @Test func bindings() {
        let rb: JSON = [
            "metadata": F.meta("read"), "roleRef": ["apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"],
            "subjects": [
                ["kind": "User", "name": "alice"], ["kind": "Group", "name": "devs"], ["kind": "User", "name": "bob"],
                ["kind": "ServiceAccount", "name": "ci", "namespace": "tools"],
            ],
        ]
        #expect(F.row("rbac.authorization.k8s.io", "rolebindings", rb) == ["read", "ClusterRole/view", "5m", "alice, bob", "devs", "tools/ci"])
        let crb: JSON = ["metadata": F.meta("admin"), "roleRef": ["kind": "ClusterRole", "name": "cluster-admin"]]
        #expect(F.row("rbac.authorization.k8s.io", "clusterrolebindings", crb) == ["admin", "ClusterRole/cluster-admin", "5m", "", "", ""])
    }
}

@Suite struct ConfigAndStoragePrinterTests {
    @Test func configMapSecretServiceAccount() {
        let cm: JSON = ["metadata": F.meta("cfg"), "data": ["a": "1", "b": "2"], "binaryData": ["c": "AA=="]]
        #expect(F.row("", "configmaps", cm) == ["cfg", 3, "5m"])
        let secret: JSON = ["metadata": F.meta("tls"), "type": "kubernetes.io/tls", "data": ["tls.crt": "", "tls.key": ""]]
        #expect(F.row("", "secrets", secret) == ["tls", "kubernetes.io/tls", 2, "5m"])
        let sa: JSON = ["metadata": F.meta("default")]
        #expect(F.row("", "serviceaccounts", sa) == ["default", 0, "5m"])
    }

    @Test func resourceQuota() {
        let q: JSON = [
            "metadata": F.meta("compute"),
            "status": [
                "hard": ["requests.cpu": "2", "limits.memory": "4Gi", "pods": "10", "limits.cpu": "4"],
                "used": ["requests.cpu": "500m", "limits.memory": "1Gi", "pods": 3],
            ],
        ]
        #expect(F.row("", "resourcequotas", q) == [
            "compute", "pods: 3/10, requests.cpu: 500m/2", "limits.cpu: 0/4, limits.memory: 1Gi/4Gi", "5m",
        ])
    }

    @Test func persistentVolumes() {
        let pv: JSON = [
            "metadata": F.meta("pv-1"),
            "spec": [
                "capacity": ["storage": "10Gi"], "accessModes": ["ReadWriteMany", "ReadWriteOnce"], "persistentVolumeReclaimPolicy": "Retain",
                "claimRef": ["namespace": "default", "name": "data"], "storageClassName": "fast", "volumeMode": "Filesystem",
            ],
            "status": ["phase": "Bound"],
        ]
        #expect(F.row("", "persistentvolumes", pv) == [
            "pv-1", "10Gi", "RWO,RWX", "Retain", "Bound", "default/data", "fast", "<unset>", "", "5m", "Filesystem",
        ])
        let claim: JSON = [
            "metadata": F.meta("data"),
            "spec": ["volumeName": "pv-1", "storageClassName": "fast", "resources": ["requests": ["storage": "5Gi"]]],
            "status": ["phase": "Bound", "capacity": ["storage": "10Gi"], "accessModes": ["ReadWriteOnce"]],
        ]
        #expect(F.row("", "persistentvolumeclaims", claim) == ["data", "Bound", "pv-1", "10Gi", "RWO", "fast", "<unset>", "5m", "<unset>"])
        var m = F.meta("pending")
        m["deletionTimestamp"] = F.ago(1)
        m["annotations"] = ["volume.beta.kubernetes.io/storage-class": "legacy"]
        let pending: JSON = ["metadata": m, "spec": ["storageClassName": "fast"], "status": ["phase": "Pending"]]
        #expect(F.row("", "persistentvolumeclaims", pending) == ["pending", "Terminating", "", "", "", "legacy", "<unset>", "5m", "<unset>"])
    }

    @Test func storageClass() {
        let sc: JSON = [
            "metadata": F.meta("standard", extra: ["annotations": ["storageclass.kubernetes.io/is-default-class": "true"]]),
            "provisioner": "rancher.io/local-path", "volumeBindingMode": "WaitForFirstConsumer",
        ]
        #expect(F.row("storage.k8s.io", "storageclasses", sc) == [
            "standard (default)", "rancher.io/local-path", "Delete", "WaitForFirstConsumer", false, "5m",
        ])
    }
}

@Suite struct SelectorFormattingTests {
    @Test func selectors() {
        #expect(PrintFormat.selectorString(nil) == "")
        #expect(PrintFormat.selectorString([:]) == "")
        #expect(PrintFormat.labelSelector([:]) == "<none>")
        #expect(PrintFormat.labelSelector(["matchExpressions": [["key": "a", "operator": "In"]]]) == "<error>")
        #expect(PrintFormat.labelSelector(["matchExpressions": [["key": "a", "operator": "Exists", "values": ["x"]]]]) == "<error>")
        let s: JSON = [
            "matchLabels": ["z": "1", "a": "2"],
            "matchExpressions": [["key": "m", "operator": "In", "values": ["y", "x"]], ["key": "a", "operator": "Exists"]],
        ]
        #expect(PrintFormat.labelSelector(s) == "a=2,a,m in (x,y),z=1")
        #expect(PrintFormat.labels([:]) == "<none>")
        #expect(PrintFormat.labels(["b": "1", "B": "2", "a": ""]) == "B=2,a=,b=1")
    }
}
