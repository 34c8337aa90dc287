import APIMachinery
import Foundation

/// Pods and pod templates.
enum PodPrinters {
    static let all: [String: ResourcePrinter] = [
        "/pods": ResourcePrinter(podColumns) { o, ctx in podCells(o, now: ctx.now) },
        "/podtemplates": ResourcePrinter(podTemplateColumns) { o, _ in podTemplateCells(o) },
    ]

    static let podColumns: [TableColumn] = [
        .name,
        .string("Ready", "Ready containers out of all the pod's containers."),
        .string("Status", "A one-word summary of the pod, from its phase, conditions and containers."),
        .string("Restarts", "How often the pod's containers restarted, and how long ago the latest restart was."),
        .age,
        .wide("IP", "The pod's primary IP address."),
        .wide("Node", "The node the pod is bound to."),
        .wide("Nominated Node", "The node the scheduler nominated for the pod while preempting others."),
        .wide("Readiness Gates", "Readiness gates whose condition is true, out of all of them."),
    ]

    static let podTemplateColumns: [TableColumn] = [
        .name,
        .string("Containers", "Names of the containers in the template."),
        .string("Images", "Images of the containers in the template."),
        .string("Pod Labels", "Labels the template gives its pods."),
    ]

    /// The pod's STATUS cell, READY count and RESTARTS cell as `kubectl get pods` computes them.
    struct Summary: Equatable {
        var ready: Int
        var total: Int
        var status: String
        var restarts: Int64
        var lastRestart: Date?
    }

    static func summarize(_ o: PrinterObject) -> Summary {
        let phase = o.string("status", "phase")
        var reason = phase
        if let r = o.optionalString("status", "reason"), !r.isEmpty { reason = r }
        let conditions = o.array("status", "conditions")
        for c in conditions where c["type"].stringValue == "PodScheduled" && c["reason"].stringValue == "SchedulingGated" {
            reason = "SchedulingGated"
        }

        let initSpecs = o.array("spec", "initContainers")
        var restartable = Set<String>()
        var total = o.array("spec", "containers").count
        for c in initSpecs where c["restartPolicy"].stringValue == "Always" {
            restartable.insert(c["name"].printString)
            total += 1
        }

        var ready = 0
        var restarts: Int64 = 0
        var restartableRestarts: Int64 = 0
        var lastRestart: Date?
        var lastRestartableRestart: Date?
        var initializing = false

        for (i, cs) in o.array("status", "initContainerStatuses").enumerated() {
            let count = cs["restartCount"].intValue ?? 0
            let finished = lastTermination(cs)
            restarts += count
            lastRestart = latest(lastRestart, finished)
            let isRestartable = restartable.contains(cs["name"].printString)
            if isRestartable {
                restartableRestarts += count
                lastRestartableRestart = latest(lastRestartableRestart, finished)
            }
            let terminated = cs["state"]["terminated"]
            let waiting = cs["state"]["waiting"]
            if !terminated.isNull && (terminated["exitCode"].intValue ?? 0) == 0 { continue }
            if isRestartable && cs["started"].boolValue == true {
                if cs["ready"].boolValue == true { ready += 1 }
                continue
            }
            if !terminated.isNull {
                let r = terminated["reason"].printString
                if !r.isEmpty {
                    reason = "Init:" + r
                } else if let signal = terminated["signal"].intValue, signal != 0 {
                    reason = "Init:Signal:\(signal)"
                } else {
                    reason = "Init:ExitCode:\(terminated["exitCode"].intValue ?? 0)"
                }
            } else if let w = waiting["reason"].stringValue, !waiting.isNull, !w.isEmpty, w != "PodInitializing" {
                reason = "Init:" + w
            } else {
                reason = "Init:\(i)/\(initSpecs.count)"
            }
            initializing = true
            break
        }

        let initialized = conditions.first { $0["type"].stringValue == "Initialized" }?["status"].stringValue == "True"
        if !initializing || initialized {
            restarts = restartableRestarts
            lastRestart = lastRestartableRestart
            var hasRunning = false
            for cs in o.array("status", "containerStatuses").reversed() {
                restarts += cs["restartCount"].intValue ?? 0
                lastRestart = latest(lastRestart, lastTermination(cs))
                let terminated = cs["state"]["terminated"]
                if let w = cs["state"]["waiting"]["reason"].stringValue, !w.isEmpty {
                    reason = w
                } else if !terminated.isNull, let r = terminated["reason"].stringValue, !r.isEmpty {
                    reason = r
                } else if !terminated.isNull {
                    if let signal = terminated["signal"].intValue, signal != 0 {
                        reason = "Signal:\(signal)"
                    } else {
                        reason = "ExitCode:\(terminated["exitCode"].intValue ?? 0)"
                    }
                } else if cs["ready"].boolValue == true && !cs["state"]["running"].isNull {
                    hasRunning = true
                    ready += 1
                }
            }
            if reason == "Completed" && hasRunning {
                let podReady = conditions.contains { $0["type"].stringValue == "Ready" && $0["status"].stringValue == "True" }
                reason = podReady ? "Running" : "NotReady"
            }
        }

        if o.isDeleting && o.string("status", "reason") == "NodeLost" {
            reason = "Unknown"
        } else if o.isDeleting && phase != "Succeeded" && phase != "Failed" {
            reason = "Terminating"
        }
        return Summary(ready: ready, total: total, status: reason, restarts: restarts, lastRestart: lastRestart)
    }

    /// When a container last terminated before its current run; nil without a recorded termination.
    private static func lastTermination(_ status: JSON) -> Date? {
        let terminated = status["lastState"]["terminated"]
        guard !terminated.isNull else { return nil }
        return PrinterTime.parse(terminated["finishedAt"])
    }

    private static func latest(_ a: Date?, _ b: Date?) -> Date? {
        guard let b else { return a }
        guard let a else { return b }
        return b > a ? b : a
    }

    static func podCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let s = summarize(o)
        var restarts = String(s.restarts)
        if s.restarts != 0, let last = s.lastRestart {
            restarts = "\(s.restarts) (\(HumanDuration.since(last, now: now)) ago)"
        }

        var ip = o.array("status", "podIPs").first?["ip"].stringValue ?? ""
        if ip.isEmpty { ip = o.string("status", "podIP") }
        var node = o.string("spec", "nodeName")
        var nominated = o.string("status", "nominatedNodeName")
        if ip.isEmpty { ip = "<none>" }
        if node.isEmpty { node = "<none>" }
        if nominated.isEmpty { nominated = "<none>" }

        var gates = "<none>"
        let readinessGates = o.array("spec", "readinessGates")
        if !readinessGates.isEmpty {
            let conditions = o.array("status", "conditions")
            var trueCount = 0
            for gate in readinessGates {
                let type = gate["conditionType"].printString
                if let c = conditions.first(where: { $0["type"].printString == type }), c["status"].stringValue == "True" {
                    trueCount += 1
                }
            }
            gates = "\(trueCount)/\(readinessGates.count)"
        }

        return [
            .string(o.name), .string("\(s.ready)/\(s.total)"), .string(s.status), .string(restarts), o.age(now),
            .string(ip), .string(node), .string(nominated), .string(gates),
        ]
    }

    static func podTemplateCells(_ o: PrinterObject) -> [JSON] {
        let c = PrintFormat.containers(o.array("template", "spec", "containers"))
        return [.string(o.name), .string(c.names), .string(c.images), .string(PrintFormat.labels(o.object("template", "metadata", "labels")))]
    }
}
