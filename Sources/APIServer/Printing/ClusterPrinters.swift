import APIMachinery
import Foundation

/// Cluster-level objects: nodes, namespaces, events, leases, priority classes and RBAC bindings.
enum ClusterPrinters {
    static let all: [String: ResourcePrinter] = [
        "/nodes": ResourcePrinter(nodeColumns) { o, ctx in nodeCells(o, now: ctx.now) },
        "/namespaces": ResourcePrinter(namespaceColumns) { o, ctx in
            [.string(o.name), .string(o.string("status", "phase")), o.age(ctx.now)]
        },
        "/events": ResourcePrinter(eventColumns) { o, ctx in eventCells(EventFields.core(o), now: ctx.now) },
        "events.k8s.io/events": ResourcePrinter(eventColumns) { o, ctx in eventCells(EventFields.eventsV1(o), now: ctx.now) },
        "coordination.k8s.io/leases": ResourcePrinter(leaseColumns) { o, ctx in
            [.string(o.name), .string(o.string("spec", "holderIdentity")), o.age(ctx.now)]
        },
        "scheduling.k8s.io/priorityclasses": ResourcePrinter(priorityClassColumns) { o, ctx in
            [
                .string(o.name), .int(o.int("value")), .bool(o.bool("globalDefault")), o.age(ctx.now),
                .string(o.string("preemptionPolicy")),
            ]
        },
        "rbac.authorization.k8s.io/rolebindings": ResourcePrinter(bindingColumns(scope: "role binding")) { o, ctx in
            bindingCells(o, now: ctx.now)
        },
        "rbac.authorization.k8s.io/clusterrolebindings": ResourcePrinter(bindingColumns(scope: "cluster role binding")) {
            o, ctx in bindingCells(o, now: ctx.now)
        },
    ]

    // MARK: Columns

    static let nodeColumns: [TableColumn] = [
        .name,
        .string("Status", "Whether the node is ready, and whether it takes new pods."),
        .string("Roles", "The node's roles, from its node-role labels."),
        .age,
        .string("Version", "The kubelet version the node runs."),
        .wide("Internal-IP", "The node's first internal address."),
        .wide("External-IP", "The node's first external address."),
        .wide("OS-Image", "The operating system the node reports."),
        .wide("Kernel-Version", "The kernel version the node reports."),
        .wide("Container-Runtime", "The container runtime and its version."),
    ]

    static let namespaceColumns: [TableColumn] = [
        .name,
        .string("Status", "Active, or Terminating while the namespace is being deleted."),
        .age,
    ]

    static let eventColumns: [TableColumn] = [
        .string("Last Seen", "Time since the event was last observed."),
        .string("Type", "Normal or Warning."),
        .string("Reason", "A short machine-readable cause."),
        .string("Object", "The object the event is about."),
        .wide("Subobject", "The part of the object the event is about, such as a container."),
        .wide("Source", "The component (and host) that reported the event."),
        .string("Message", "What happened, for humans."),
        .wide("First Seen", "Time since the event was first observed."),
        .wide("Count", "How often the event was observed."),
        TableColumn(name: "Name", format: "name", description: "Name of the event object.", priority: 1),
    ]

    static let leaseColumns: [TableColumn] = [
        .name,
        .string("Holder", "The identity currently holding the lease."),
        .age,
    ]

    static let priorityClassColumns: [TableColumn] = [
        .name,
        .integer("Value", "The priority pods of this class get."),
        .boolean("Global-Default", "Whether pods without a class get this one."),
        .age,
        .string("PreemptionPolicy", "Whether pods of this class may preempt others."),
    ]

    static func bindingColumns(scope: String) -> [TableColumn] {
        [
            .name,
            .string("Role", "The role granted, as Kind/name."),
            .age,
            .wide("Users", "Users the \(scope) grants the role to."),
            .wide("Groups", "Groups the \(scope) grants the role to."),
            .wide("ServiceAccounts", "Service accounts (namespace/name) the \(scope) grants the role to."),
        ]
    }

    // MARK: Nodes

    static func nodeStatus(_ o: PrinterObject) -> String {
        var ready: String?
        for c in o.array("status", "conditions") where c["type"].stringValue == "Ready" {
            ready = c["status"].printString
        }
        var status: [String] = []
        if let ready { status.append(ready == "True" ? "Ready" : "NotReady") } else { status.append("Unknown") }
        if o.bool("spec", "unschedulable") { status.append("SchedulingDisabled") }
        return status.joined(separator: ",")
    }

    static func nodeRoles(_ o: PrinterObject) -> [String] {
        var roles = Set<String>()
        let prefix = "node-role.kubernetes.io/"
        for (key, value) in o.object("metadata", "labels") {
            if key.hasPrefix(prefix) {
                let role = String(key.dropFirst(prefix.count))
                if !role.isEmpty { roles.insert(role) }
            } else if key == "kubernetes.io/role", let v = value.stringValue, !v.isEmpty {
                roles.insert(v)
            }
        }
        return roles.sorted(by: PrintFormat.byteOrder)
    }

    static func nodeCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let roles = nodeRoles(o)
        func address(_ type: String) -> String {
            o.array("status", "addresses").first { $0["type"].stringValue == type }?["address"].printString ?? "<none>"
        }
        func info(_ key: String) -> String {
            let v = o.string("status", "nodeInfo", key)
            return v.isEmpty ? "<unknown>" : v
        }
        return [
            .string(o.name), .string(nodeStatus(o)), .string(roles.isEmpty ? "<none>" : roles.joined(separator: ",")),
            o.age(now), .string(o.string("status", "nodeInfo", "kubeletVersion")), .string(address("InternalIP")),
            .string(address("ExternalIP")), .string(info("osImage")), .string(info("kernelVersion")),
            .string(info("containerRuntimeVersion")),
        ]
    }

    // MARK: Events

    /// The fields of an event the table shows, read from either core/v1 or events.k8s.io/v1 JSON.
    struct EventFields {
        var name: String
        var type: String
        var reason: String
        var message: String
        var involved: JSON
        var source: JSON
        var reportingController: String
        var reportingInstance: String
        var firstTimestamp: Date?
        var lastTimestamp: Date?
        var eventTime: Date?
        var count: Int64
        var series: JSON

        static func core(_ o: PrinterObject) -> EventFields {
            EventFields(
                name: o.name, type: o.string("type"), reason: o.string("reason"), message: o.string("message"),
                involved: o["involvedObject"], source: o["source"], reportingController: o.string("reportingComponent"),
                reportingInstance: o.string("reportingInstance"), firstTimestamp: o.time("firstTimestamp"),
                lastTimestamp: o.time("lastTimestamp"), eventTime: o.time("eventTime"), count: o.int("count"),
                series: o["series"])
        }

        static func eventsV1(_ o: PrinterObject) -> EventFields {
            EventFields(
                name: o.name, type: o.string("type"), reason: o.string("reason"), message: o.string("note"),
                involved: o["regarding"], source: o["deprecatedSource"], reportingController: o.string("reportingController"),
                reportingInstance: o.string("reportingInstance"), firstTimestamp: o.time("deprecatedFirstTimestamp"),
                lastTimestamp: o.time("deprecatedLastTimestamp"), eventTime: o.time("eventTime"),
                count: o.int("deprecatedCount"), series: o["series"])
        }
    }

    static func eventCells(_ e: EventFields, now: Date) -> [JSON] {
        let first = e.firstTimestamp == nil ? HumanDuration.since(e.eventTime, now: now) : HumanDuration.since(e.firstTimestamp, now: now)
        var last = e.lastTimestamp == nil ? first : HumanDuration.since(e.lastTimestamp, now: now)
        var count = e.count
        if !e.series.isNull {
            last = HumanDuration.since(PrinterTime.parse(e.series["lastObservedTime"]), now: now)
            count = e.series["count"].intValue ?? 0
        } else if count == 0 {
            count = 1
        }
        let kind = e.involved["kind"].printString.lowercased()
        let involvedName = e.involved["name"].printString
        let target = involvedName.isEmpty ? kind : "\(kind)/\(involvedName)"

        var component = e.source["component"].printString
        if component.isEmpty { component = e.reportingController }
        var host = e.source["host"].printString
        if host.isEmpty { host = e.reportingInstance }
        let source = host.isEmpty ? component : "\(component), \(host)"

        return [
            .string(last), .string(e.type), .string(e.reason), .string(target),
            .string(e.involved["fieldPath"].printString), .string(source),
            .string(e.message.trimmingCharacters(in: .whitespacesAndNewlines)), .string(first), .int(count),
            .string(e.name),
        ]
    }

    // MARK: RBAC

    static func bindingCells(_ o: PrinterObject, now: Date) -> [JSON] {
        var users: [String] = []
        var groups: [String] = []
        var serviceAccounts: [String] = []
        for s in o.array("subjects") {
            switch s["kind"].printString {
            case "ServiceAccount": serviceAccounts.append("\(s["namespace"].printString)/\(s["name"].printString)")
            case "User": users.append(s["name"].printString)
            case "Group": groups.append(s["name"].printString)
            default: break
            }
        }
        return [
            .string(o.name), .string("\(o.string("roleRef", "kind"))/\(o.string("roleRef", "name"))"), o.age(now),
            .string(users.joined(separator: ", ")), .string(groups.joined(separator: ", ")),
            .string(serviceAccounts.joined(separator: ", ")),
        ]
    }
}
