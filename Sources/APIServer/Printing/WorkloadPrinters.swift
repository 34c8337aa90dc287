import APIMachinery
import Foundation

/// Workload controllers: deployments, replica sets, replication controllers, stateful sets, daemon sets,
/// jobs, cron jobs, controller revisions, horizontal pod autoscalers and pod disruption budgets.
enum WorkloadPrinters {
    static let all: [String: ResourcePrinter] = [
        "apps/deployments": ResourcePrinter(deploymentColumns) { o, ctx in deploymentCells(o, now: ctx.now) },
        "apps/replicasets": ResourcePrinter(replicaSetColumns) { o, ctx in replicaSetCells(o, now: ctx.now) },
        "/replicationcontrollers": ResourcePrinter(replicaSetColumns) { o, ctx in replicationControllerCells(o, now: ctx.now) },
        "apps/statefulsets": ResourcePrinter(statefulSetColumns) { o, ctx in statefulSetCells(o, now: ctx.now) },
        "apps/daemonsets": ResourcePrinter(daemonSetColumns) { o, ctx in daemonSetCells(o, now: ctx.now) },
        "apps/controllerrevisions": ResourcePrinter(controllerRevisionColumns) { o, ctx in
            controllerRevisionCells(o, now: ctx.now)
        },
        "batch/jobs": ResourcePrinter(jobColumns) { o, ctx in jobCells(o, now: ctx.now) },
        "batch/cronjobs": ResourcePrinter(cronJobColumns) { o, ctx in cronJobCells(o, now: ctx.now) },
        "autoscaling/horizontalpodautoscalers": ResourcePrinter(hpaColumns) { o, ctx in hpaCells(o, ctx) },
        "policy/poddisruptionbudgets": ResourcePrinter(pdbColumns) { o, ctx in pdbCells(o, now: ctx.now) },
    ]

    // MARK: Columns

    static let deploymentColumns: [TableColumn] = [
        .name,
        .string("Ready", "Ready pods out of the desired number."),
        .string("Up-to-date", "Pods running the latest pod template."),
        .string("Available", "Pods that have been ready long enough to count as available."),
        .age, .containers, .images, .selector,
    ]

    /// Shared by replica sets and replication controllers.
    static let replicaSetColumns: [TableColumn] = [
        .name,
        .integer("Desired", "The number of pods asked for."),
        .integer("Current", "The number of pods that exist."),
        .integer("Ready", "The number of pods that are ready."),
        .age, .containers, .images, .selector,
    ]

    static let statefulSetColumns: [TableColumn] = [
        .name,
        .string("Ready", "Ready pods out of the desired number."),
        .age, .containers, .images,
    ]

    static let daemonSetColumns: [TableColumn] = [
        .name,
        .integer("Desired", "Nodes that should run the daemon pod."),
        .integer("Current", "Nodes that run at least one daemon pod."),
        .integer("Ready", "Nodes whose daemon pod is ready."),
        .integer("Up-to-date", "Nodes that run the latest daemon pod template."),
        .integer("Available", "Nodes whose daemon pod is available."),
        .string("Node Selector", "The node labels the daemon pods require."),
        .age, .containers, .images, .selector,
    ]

    static let controllerRevisionColumns: [TableColumn] = [
        .name,
        .string("Controller", "The object that owns this revision."),
        .string("Revision", "The revision number."),
        .age,
    ]

    static let jobColumns: [TableColumn] = [
        .name,
        .string("Status", "Where the job stands: Running, Complete, Failed, Suspended, ..."),
        .string("Completions", "Succeeded pods out of the completions asked for."),
        .string("Duration", "How long the job ran, or has been running."),
        .age, .containers, .images, .selector,
    ]

    static let cronJobColumns: [TableColumn] = [
        .name,
        .string("Schedule", "The cron schedule."),
        .string("Timezone", "The time zone the schedule is read in."),
        .boolean("Suspend", "Whether new runs are held back."),
        .integer("Active", "Jobs currently running."),
        .string("Last Schedule", "Time since a job was last scheduled."),
        .age, .containers, .images, .selector,
    ]

    static let hpaColumns: [TableColumn] = [
        .name,
        .string("Reference", "The scaled object."),
        .string("Targets", "Current and target values of the metrics the autoscaler follows."),
        .string("MinPods", "The lower replica bound."),
        .string("MaxPods", "The upper replica bound."),
        .string("Replicas", "The current number of replicas."),
        .age,
    ]

    static let pdbColumns: [TableColumn] = [
        .name,
        .string("Min Available", "Pods that must stay available."),
        .string("Max Unavailable", "Pods that may be unavailable."),
        .integer("Allowed Disruptions", "Pods that may be evicted right now."),
        .age,
    ]

    // MARK: Rows

    static func deploymentCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let desired = o.optionalInt("spec", "replicas") ?? 1
        let c = PrintFormat.containers(o.array("spec", "template", "spec", "containers"))
        let selector = PrintFormat.selectorString(o["spec", "selector"]) ?? "<invalid>"
        return [
            .string(o.name), .string("\(o.int("status", "readyReplicas"))/\(desired)"), .int(o.int("status", "updatedReplicas")),
            .int(o.int("status", "availableReplicas")), o.age(now), .string(c.names), .string(c.images), .string(selector),
        ]
    }

    static func replicaSetCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let c = PrintFormat.containers(o.array("spec", "template", "spec", "containers"))
        return [
            .string(o.name), .int(o.optionalInt("spec", "replicas") ?? 1), .int(o.int("status", "replicas")),
            .int(o.int("status", "readyReplicas")), o.age(now), .string(c.names), .string(c.images),
            .string(PrintFormat.labelSelector(o["spec", "selector"])),
        ]
    }

    static func replicationControllerCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let c = PrintFormat.containers(o.array("spec", "template", "spec", "containers"))
        return [
            .string(o.name), .int(o.optionalInt("spec", "replicas") ?? 1), .int(o.int("status", "replicas")),
            .int(o.int("status", "readyReplicas")), o.age(now), .string(c.names), .string(c.images),
            .string(PrintFormat.labels(o.object("spec", "selector"))),
        ]
    }

    static func statefulSetCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let desired = o.optionalInt("spec", "replicas") ?? 1
        let c = PrintFormat.containers(o.array("spec", "template", "spec", "containers"))
        return [
            .string(o.name), .string("\(o.int("status", "readyReplicas"))/\(desired)"), o.age(now), .string(c.names),
            .string(c.images),
        ]
    }

    static func daemonSetCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let c = PrintFormat.containers(o.array("spec", "template", "spec", "containers"))
        return [
            .string(o.name), .int(o.int("status", "desiredNumberScheduled")), .int(o.int("status", "currentNumberScheduled")),
            .int(o.int("status", "numberReady")), .int(o.int("status", "updatedNumberScheduled")),
            .int(o.int("status", "numberAvailable")),
            .string(PrintFormat.labels(o.object("spec", "template", "spec", "nodeSelector"))), o.age(now),
            .string(c.names), .string(c.images), .string(PrintFormat.labelSelector(o["spec", "selector"])),
        ]
    }

    static func controllerRevisionCells(_ o: PrinterObject, now: Date) -> [JSON] {
        var controller = "<none>"
        if let ref = o.array("metadata", "ownerReferences").first(where: { $0["controller"].boolValue == true }) {
            let apiVersion = ref["apiVersion"].printString
            let group = apiVersion.contains("/") ? String(apiVersion.prefix { $0 != "/" }) : ""
            let kind = ref["kind"].printString
            let name = ref["name"].printString
            if kind.isEmpty && group.isEmpty {
                controller = name
            } else {
                controller = (group.isEmpty ? kind : "\(kind).\(group)").lowercased() + "/" + name
            }
        }
        return [.string(o.name), .string(controller), .int(o.int("revision")), o.age(now)]
    }

    static func jobStatus(_ o: PrinterObject) -> String {
        func isTrue(_ type: String) -> Bool { o.conditionStatus(type, in: "status", "conditions") == "True" }
        if isTrue("Complete") { return "Complete" }
        if isTrue("Failed") { return "Failed" }
        if o.isDeleting { return "Terminating" }
        if isTrue("Suspended") { return "Suspended" }
        if isTrue("FailureTarget") { return "FailureTarget" }
        return "Running"
    }

    static func jobCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let succeeded = o.int("status", "succeeded")
        let completions: String
        if let wanted = o.optionalInt("spec", "completions") {
            completions = "\(succeeded)/\(wanted)"
        } else if let parallelism = o.optionalInt("spec", "parallelism"), parallelism > 1 {
            completions = "\(succeeded)/1 of \(parallelism)"
        } else {
            completions = "\(succeeded)/1"
        }
        var duration = ""
        if let start = o.time("status", "startTime") {
            let end = o.time("status", "completionTime") ?? now
            duration = HumanDuration.string(seconds: end.timeIntervalSince(start))
        }
        let c = PrintFormat.containers(o.array("spec", "template", "spec", "containers"))
        return [
            .string(o.name), .string(jobStatus(o)), .string(completions), .string(duration), o.age(now), .string(c.names),
            .string(c.images), .string(PrintFormat.labelSelector(o["spec", "selector"])),
        ]
    }

    static func cronJobCells(_ o: PrinterObject, now: Date) -> [JSON] {
        var lastSchedule = "<none>"
        if o.has("status", "lastScheduleTime") {
            lastSchedule = HumanDuration.since(o.time("status", "lastScheduleTime"), now: now)
        }
        let suspend = o.optionalBool("spec", "suspend").map { $0 ? "True" : "False" } ?? "<unset>"
        let c = PrintFormat.containers(o.array("spec", "jobTemplate", "spec", "template", "spec", "containers"))
        return [
            .string(o.name), .string(o.string("spec", "schedule")), .string(o.optionalString("spec", "timeZone") ?? "<none>"),
            .string(suspend), .int(Int64(o.array("status", "active").count)), .string(lastSchedule), o.age(now),
            .string(c.names), .string(c.images), .string(PrintFormat.labelSelector(o["spec", "jobTemplate", "spec", "selector"])),
        ]
    }

    static func hpaCells(_ o: PrinterObject, _ ctx: PrintContext) -> [JSON] {
        let reference = "\(o.string("spec", "scaleTargetRef", "kind"))/\(o.string("spec", "scaleTargetRef", "name"))"
        let minPods = o.optionalInt("spec", "minReplicas").map { String($0) } ?? "<unset>"
        return [
            .string(o.name), .string(reference), .string(hpaTargets(o, version: ctx.version)), .string(minPods),
            .int(o.int("spec", "maxReplicas")), .int(o.int("status", "currentReplicas")), o.age(ctx.now),
        ]
    }

    /// The TARGETS cell: each metric as `current/target`, at most two, then "+ N more...".
    static func hpaTargets(_ o: PrinterObject, version: String) -> String {
        var specs = o.array("spec", "metrics")
        var statuses = o.array("status", "currentMetrics")
        if version == "v1" {
            // autoscaling/v1 only knows a CPU utilization target (80% unless set).
            let target = o.optionalInt("spec", "targetCPUUtilizationPercentage") ?? 80
            specs = [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": .int(target)]]]]
            statuses = []
            if let current = o.optionalInt("status", "currentCPUUtilizationPercentage") {
                statuses = [["type": "Resource", "resource": ["name": "cpu", "current": ["averageUtilization": .int(current)]]]]
            }
        }
        if specs.isEmpty { return "<none>" }

        func quantity(_ v: JSON) -> String { PrintFormat.quantity(v) ?? "<nil>" }
        var list: [String] = []
        for (i, spec) in specs.enumerated() {
            let status: JSON = i < statuses.count ? statuses[i] : .null
            switch spec["type"].printString {
            case "External", "Object":
                let field = spec["type"].stringValue == "External" ? "external" : "object"
                let target = spec[field]["target"]
                let current = status[field]
                if !target["averageValue"].isNull {
                    let now = current.isNull || current["current"]["averageValue"].isNull
                        ? "<unknown>" : quantity(current["current"]["averageValue"])
                    list.append("\(now)/\(quantity(target["averageValue"])) (avg)")
                } else {
                    let now = current.isNull ? "<unknown>" : quantity(current["current"]["value"])
                    list.append("\(now)/\(quantity(target["value"]))")
                }
            case "Pods":
                let now = status["pods"].isNull ? "<unknown>" : quantity(status["pods"]["current"]["averageValue"])
                list.append("\(now)/\(quantity(spec["pods"]["target"]["averageValue"]))")
            case "Resource", "ContainerResource":
                let field = spec["type"].stringValue == "Resource" ? "resource" : "containerResource"
                let name = spec[field]["name"].printString
                let target = spec[field]["target"]
                let current = status[field]
                if !target["averageValue"].isNull {
                    let now = current.isNull ? "<unknown>" : quantity(current["current"]["averageValue"])
                    list.append("\(name): \(now)/\(quantity(target["averageValue"]))")
                } else {
                    var now = "<unknown>"
                    if let u = current["current"]["averageUtilization"].intValue, !current.isNull { now = "\(u)%" }
                    let goal = target["averageUtilization"].intValue.map { "\($0)%" } ?? "<auto>"
                    list.append("\(name): \(now)/\(goal)")
                }
            default:
                list.append("<unknown type>")
            }
        }
        let max = 2
        if list.count > max {
            return list.prefix(max).joined(separator: ", ") + " + \(list.count - max) more..."
        }
        return list.joined(separator: ", ")
    }

    static func pdbCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let minAvailable = o.has("spec", "minAvailable") ? PrintFormat.intOrString(o["spec", "minAvailable"]) : "N/A"
        let maxUnavailable = o.has("spec", "maxUnavailable") ? PrintFormat.intOrString(o["spec", "maxUnavailable"]) : "N/A"
        return [
            .string(o.name), .string(minAvailable), .string(maxUnavailable), .int(o.int("status", "disruptionsAllowed")),
            o.age(now),
        ]
    }
}
