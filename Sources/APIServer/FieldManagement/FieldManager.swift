import APIMachinery
import Foundation

/// Maintains `metadata.managedFields`: which manager set which fields, by Update or by Apply.
enum FieldManager {
    struct Entry {
        var manager: String
        var operation: String
        var apiVersion: String
        var time: String
        var subresource: String?
        var fields: Set<FieldPath>

        init(manager: String, operation: String, apiVersion: String, time: String, subresource: String?, fields: Set<FieldPath>) {
            self.manager = manager
            self.operation = operation
            self.apiVersion = apiVersion
            self.time = time
            self.subresource = subresource
            self.fields = fields
        }

        init?(_ j: JSON) {
            guard let m = j["manager"].stringValue ?? Optional(""), let op = j["operation"].stringValue else { return nil }
            manager = m
            operation = op
            apiVersion = j["apiVersion"].stringValue ?? ""
            time = j["time"].stringValue ?? ""
            subresource = j["subresource"].stringValue
            fields = FieldSet.decode(j["fieldsV1"])
        }

        var json: JSON {
            var o: JSON = [
                "manager": .string(manager), "operation": .string(operation), "apiVersion": .string(apiVersion),
                "time": .string(time), "fieldsType": "FieldsV1", "fieldsV1": FieldSet.encode(fields),
            ]
            if let subresource, !subresource.isEmpty { o["subresource"] = .string(subresource) }
            return o
        }
    }

    /// The manager of a request: the `fieldManager` parameter, else the user agent's program name.
    static func managerName(_ request: HTTPRequest) -> String {
        if let m = request.query("fieldManager"), !m.isEmpty { return m }
        let ua = request.headers.first(name: "user-agent") ?? ""
        let name = ua.split(separator: "/").first.map(String.init) ?? ""
        return name.isEmpty ? "unknown" : String(name.prefix(128))
    }

    static func entries(_ obj: JSON) -> [Entry] {
        (obj["metadata"]["managedFields"].arrayValue ?? []).compactMap(Entry.init)
    }

    static func store(_ entries: [Entry], in obj: inout JSON) {
        let kept = entries.filter { !$0.fields.isEmpty }
        obj[path: ["metadata", "managedFields"]] = kept.isEmpty ? .null : .array(kept.map(\.json))
    }

    /// Records an Update: the fields that changed from `old` to `new` now belong to `manager`.
    static func recordUpdate(
        _ new: inout JSON, old: JSON?, manager: String, operation: String, apiVersion: String, schema: Schema?,
        subresource: String? = nil
    ) {
        if operation == "Apply" { return }
        let isStatus = subresource == "status"
        let newValues = FieldSet.values(new, schema: schema, includeStatus: isStatus)
        let oldValues = old.map { FieldSet.values($0, schema: schema, includeStatus: isStatus) }
        // Without an old object every field is new.
        var changed = Set<FieldPath>()
        for (p, nv) in newValues where !(oldValues?[p].map { nv.semanticallyEquals($0) } ?? false) {
            changed.insert(p)
        }
        let removed = oldValues.map { Set($0.keys).subtracting(newValues.keys) } ?? []
        if let old, changed.isEmpty, removed.isEmpty {
            // Nothing changed hands: the stored record stays as it was.
            new[path: ["metadata", "managedFields"]] = old["metadata"]["managedFields"]
            return
        }
        var entries = old.map(entries) ?? entries(new)
        // Fields that disappeared belong to nobody any more.
        if !removed.isEmpty { for i in entries.indices { entries[i].fields.subtract(removed) } }
        if changed.isEmpty {
            store(entries, in: &new)
            return
        }
        for i in entries.indices where !(entries[i].manager == manager && entries[i].operation == operation && entries[i].subresource == subresource) {
            // An Update takes over changed fields from other updaters; appliers keep ownership (shared) unless values conflict.
            if entries[i].operation == "Update" { entries[i].fields.subtract(changed) }
        }
        let now = ObjectMetaRules.timestamp()
        if let i = entries.firstIndex(where: { $0.manager == manager && $0.operation == operation && $0.subresource == subresource }) {
            entries[i].fields.formUnion(changed)
            entries[i].time = now
            entries[i].apiVersion = apiVersion
        } else {
            entries.append(Entry(manager: manager, operation: operation, apiVersion: apiVersion, time: now, subresource: isStatus ? "status" : subresource, fields: changed))
        }
        store(entries, in: &new)
    }
}
