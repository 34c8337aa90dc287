import API
import Foundation
import APIMachinery

/// The strategy of each built-in resource.
public enum Strategies {
    public static func strategy(for info: ResourceInfo) -> ResourceStrategy {
        var s = ResourceStrategy()
        switch (info.group, info.resource) {
        case ("", "pods"): s = PodStrategy.make()
        case ("", "namespaces"): s = NamespaceStrategy.make()
        case ("", "services"): s = ServiceStrategy.make()
        case ("", "nodes"):
            s.fields = { o in ["spec.unschedulable": String(o["spec"]["unschedulable"].boolValue ?? false)] }
            s.supportedFields = ["spec.unschedulable"]
        case ("", "secrets"):
            s.defaults = { o in
                if o["type"].isNull { o["type"] = "Opaque" }
                // stringData is write-only: its entries are merged into data (base64) and it is never stored.
                if case .object(let sd) = o["stringData"] {
                    var data = o["data"].objectValue ?? [:]
                    for (k, v) in sd { data[k] = .string(Data((v.stringValue ?? "").utf8).base64EncodedString()) }
                    o["data"] = .object(data)
                }
                o["stringData"] = .null
            }
            s.fields = { o in ["type": o["type"].stringValue ?? ""] }
            s.supportedFields = ["type"]
            s.prepareForUpdate = { _, _ in }
            s.validate = SecretValidation.validate
            s.validateUpdate = ImmutableData.validateUpdate
        case ("", "configmaps"):
            s.prepareForUpdate = { _, _ in }
            s.validateUpdate = ImmutableData.validateUpdate
        case ("", "serviceaccounts"), ("", "endpoints"), ("", "podtemplates"), ("", "limitranges"):
            s.prepareForUpdate = { _, _ in }
        case ("", "events"), ("events.k8s.io", "events"):
            s.nameRule = .subdomain
            s.prepareForUpdate = { _, _ in }
            s.fields = EventStrategy.fields
            s.supportedFields = EventStrategy.supportedFields
        case ("", "replicationcontrollers"), ("apps", "replicasets"):
            s = WorkloadStrategy.make(info)
            s.fields = { o in ["status.replicas": String(o["status"]["replicas"].intValue ?? 0)] }
            s.supportedFields = ["status.replicas"]
        case ("apps", _), ("batch", _):
            s = WorkloadStrategy.make(info)
        case ("rbac.authorization.k8s.io", _):
            s.nameRule = .pathSegment
            s.prepareForUpdate = { _, _ in }
        case ("coordination.k8s.io", _), ("discovery.k8s.io", _), ("scheduling.k8s.io", _), ("storage.k8s.io", _):
            s.prepareForUpdate = { _, _ in }
        case ("networking.k8s.io", "ingressclasses"), ("networking.k8s.io", "networkpolicies"):
            s.tracksGeneration = true
            s.prepareForUpdate = { _, _ in }
        default:
            s.tracksGeneration = true
            s.prepareForCreate = { o in o["status"] = .null }
        }
        if [("", "pods"), ("", "serviceaccounts"), ("", "namespaces"), ("storage.k8s.io", "storageclasses"),
            ("apiextensions.k8s.io", "customresourcedefinitions")].contains(where: { $0 == (info.group, info.resource) }) {
            s.returnsDeletedObject = true
        }
        return s
    }
}

/// Field selectors of core events.
enum EventStrategy {
    static let supportedFields: Set<String> = [
        "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
        "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
        "reportingComponent", "source", "type", "regarding.kind", "regarding.name", "regarding.namespace", "regarding.uid",
    ]

    @Sendable static func fields(_ o: JSON) -> [String: String] {
        let io = o["involvedObject"].isNull ? o["regarding"] : o["involvedObject"]
        var f: [String: String] = [:]
        for k in ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"] {
            f["involvedObject.\(k)"] = io[k].stringValue ?? ""
            f["regarding.\(k)"] = io[k].stringValue ?? ""
        }
        f["reason"] = o["reason"].stringValue ?? ""
        f["reportingComponent"] = o["reportingComponent"].stringValue ?? o["reportingController"].stringValue ?? ""
        f["source"] = o["source"]["component"].stringValue ?? ""
        f["type"] = o["type"].stringValue ?? ""
        return f
    }
}

enum SecretValidation {
    @Sendable static func validate(_ o: JSON) -> [StatusCause] {
        var causes: [StatusCause] = []
        if case .object(let data) = o["data"] {
            for (k, v) in data.sorted(by: { $0.key < $1.key }) {
                if !ConfigKey.isValid(k) {
                    causes.append(.invalid("data[\(k)]", .string(k), "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"))
                }
                if let s = v.stringValue, !Base64Check.isValid(s) {
                    causes.append(.invalid("data[\(k)]", "<secret contents redacted>", "illegal base64 data"))
                }
            }
        }
        return causes
    }
}

enum ConfigKey {
    static func isValid(_ k: String) -> Bool {
        !k.isEmpty && k.utf8.count <= 253 && k != "." && k != ".." && k.utf8.allSatisfy { c in
            NameValidation.isAlnum(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
        }
    }
}

enum Base64Check {
    static func isValid(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count % 4 == 0 else { return false }
        for (i, c) in b.enumerated() {
            let ok = NameValidation.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "/")
                || (c == UInt8(ascii: "=") && i >= b.count - 2)
            if !ok { return false }
        }
        return true
    }
}

/// ConfigMaps and Secrets marked `immutable: true` keep their data and cannot be made mutable again.
enum ImmutableData {
    @Sendable static func validateUpdate(_ new: JSON, _ old: JSON) -> [StatusCause] {
        guard old["immutable"].boolValue == true else { return [] }
        var causes: [StatusCause] = []
        if new["immutable"].boolValue != true {
            causes.append(.forbidden("immutable", "field is immutable when `immutable` is set"))
        }
        for field in ["data", "binaryData", "stringData"] where !new[field].semanticallyEquals(old[field]) && field != "stringData" {
            causes.append(.forbidden(field, "field is immutable when `immutable` is set"))
        }
        return causes
    }
}
