import API
import APIMachinery

/// Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs, CronJobs, ReplicationControllers: defaults of
/// their specs and pod templates, status reset on create, generation tracking.
enum WorkloadStrategy {
    static func make(_ info: ResourceInfo) -> ResourceStrategy {
        var s = ResourceStrategy()
        s.tracksGeneration = info.resource != "controllerrevisions"
        s.prepareForCreate = { o in o["status"] = .null }
        if info.resource == "controllerrevisions" {
            s.prepareForUpdate = { _, _ in }
            return s
        }
        let kind = info.kind
        s.defaults = { o in
            var spec = o["spec"]
            switch kind {
            case "Deployment":
                if spec["replicas"].isNull { spec["replicas"] = 1 }
                if spec["strategy"].isNull || spec["strategy"]["type"].isNull { spec[path: ["strategy", "type"]] = "RollingUpdate" }
                if spec["strategy"]["type"].stringValue == "RollingUpdate" {
                    if spec["strategy"]["rollingUpdate"]["maxSurge"].isNull { spec[path: ["strategy", "rollingUpdate", "maxSurge"]] = "25%" }
                    if spec["strategy"]["rollingUpdate"]["maxUnavailable"].isNull { spec[path: ["strategy", "rollingUpdate", "maxUnavailable"]] = "25%" }
                }
                if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
                if spec["progressDeadlineSeconds"].isNull { spec["progressDeadlineSeconds"] = 600 }
            case "ReplicaSet", "ReplicationController":
                if spec["replicas"].isNull { spec["replicas"] = 1 }
                if kind == "ReplicationController", spec["selector"].isNull, case .object(let l) = spec["template"]["metadata"]["labels"] {
                    spec["selector"] = .object(l)
                }
            case "StatefulSet":
                if spec["replicas"].isNull { spec["replicas"] = 1 }
                if spec["podManagementPolicy"].isNull { spec["podManagementPolicy"] = "OrderedReady" }
                if spec["updateStrategy"].isNull { spec["updateStrategy"] = ["type": "RollingUpdate", "rollingUpdate": ["partition": 0]] }
                if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
                if spec["persistentVolumeClaimRetentionPolicy"].isNull {
                    spec["persistentVolumeClaimRetentionPolicy"] = ["whenDeleted": "Retain", "whenScaled": "Retain"]
                }
            case "DaemonSet":
                if spec["updateStrategy"].isNull { spec["updateStrategy"] = ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": 1, "maxSurge": 0]] }
                if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
            case "Job":
                if spec["parallelism"].isNull { spec["parallelism"] = 1 }
                if spec["completions"].isNull && spec["parallelism"].intValue == 1 { spec["completions"] = 1 }
                if spec["backoffLimit"].isNull { spec["backoffLimit"] = 6 }
                if spec["completionMode"].isNull { spec["completionMode"] = "NonIndexed" }
                if spec["suspend"].isNull { spec["suspend"] = false }
                if spec["podReplacementPolicy"].isNull { spec["podReplacementPolicy"] = "TerminatingOrFailed" }
                if spec["manualSelector"].isNull, spec["selector"].isNull, let uid = o["metadata"]["uid"].stringValue {
                    spec["selector"] = ["matchLabels": ["batch.kubernetes.io/controller-uid": .string(uid)]]
                    spec[path: ["template", "metadata", "labels", "batch.kubernetes.io/controller-uid"]] = .string(uid)
                    spec[path: ["template", "metadata", "labels", "controller-uid"]] = .string(uid)
                    if let name = o["metadata"]["name"].stringValue {
                        spec[path: ["template", "metadata", "labels", "batch.kubernetes.io/job-name"]] = .string(name)
                        spec[path: ["template", "metadata", "labels", "job-name"]] = .string(name)
                    }
                }
            case "CronJob":
                if spec["concurrencyPolicy"].isNull { spec["concurrencyPolicy"] = "Allow" }
                if spec["suspend"].isNull { spec["suspend"] = false }
                if spec["successfulJobsHistoryLimit"].isNull { spec["successfulJobsHistoryLimit"] = 3 }
                if spec["failedJobsHistoryLimit"].isNull { spec["failedJobsHistoryLimit"] = 1 }
                var jobSpec = spec["jobTemplate"]["spec"]
                var podSpec = jobSpec["template"]["spec"]
                PodSpecDefaults.apply(&podSpec)
                if case .object = podSpec { jobSpec[path: ["template", "spec"]] = podSpec }
                if case .object = jobSpec { spec[path: ["jobTemplate", "spec"]] = jobSpec }
            default: break
            }
            var podSpec = spec["template"]["spec"]
            if case .object = podSpec {
                PodSpecDefaults.apply(&podSpec)
                spec[path: ["template", "spec"]] = podSpec
            }
            if case .object = spec { o["spec"] = spec }
        }
        s.validate = { o in
            var causes: [StatusCause] = []
            let spec = o["spec"]
            if kind == "CronJob" {
                causes += PodSpecDefaults.validate(spec["jobTemplate"]["spec"]["template"]["spec"], path: "spec.jobTemplate.spec.template.spec")
                if (spec["schedule"].stringValue ?? "").isEmpty { causes.append(.required("spec.schedule")) }
                return causes
            }
            if let r = spec["replicas"].intValue, r < 0 {
                causes.append(.invalid("spec.replicas", .int(r), "must be greater than or equal to 0"))
            }
            if ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"].contains(kind) {
                let sel = spec["selector"]
                if sel.isNull {
                    causes.append(.required("spec.selector"))
                } else if let ml = sel["matchLabels"].objectValue, sel["matchExpressions"].isNull {
                    let tl = spec["template"]["metadata"]["labels"].objectValue ?? [:]
                    if ml.contains(where: { tl[$0.key] != $0.value }) {
                        causes.append(.invalid("spec.template.metadata.labels", .object(tl), "`selector` does not match template `labels`"))
                    }
                    if ml.isEmpty {
                        causes.append(.invalid("spec.selector", sel, "empty selector is invalid for deployment"))
                    }
                }
            }
            causes += PodSpecDefaults.validate(spec["template"]["spec"], path: "spec.template.spec")
            if kind != "Job", let rp = spec["template"]["spec"]["restartPolicy"].stringValue, rp != "Always" {
                causes.append(.notSupported("spec.template.spec.restartPolicy", .string(rp), ["Always"]))
            }
            return causes
        }
        s.validateUpdate = { new, old in
            if ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"].contains(kind), !new["spec"]["selector"].semanticallyEquals(old["spec"]["selector"]) {
                return [.invalid("spec.selector", new["spec"]["selector"], "field is immutable")]
            }
            return []
        }
        return s
    }
}
