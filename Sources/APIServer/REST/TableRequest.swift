import API
import APIMachinery
import Foundation

/// A request for `meta.k8s.io/v1` Table output (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`).
struct TableRequest {
    enum IncludeObject: String { case none = "None", metadata = "Metadata", object = "Object" }
    let include: IncludeObject

    init?(_ request: HTTPRequest) {
        let accept = request.headers[canonicalForm: "accept"].joined(separator: ",")
        guard let first = accept.split(separator: ",").map({ $0.replacingOccurrences(of: " ", with: "") }).first(where: {
            $0.contains("as=Table") && $0.contains("g=meta.k8s.io") && ($0.contains("v=v1;") || $0.hasSuffix("v=v1") || $0.contains("v=v1beta1"))
        }) else { return nil }
        _ = first
        include = IncludeObject(rawValue: request.query("includeObject") ?? "Metadata") ?? .metadata
    }

    func row(_ obj: JSON, resource: ResourceInfo, now: Date) -> JSON {
        var row: JSON = ["cells": .array(TablePrinter.cells(for: obj, resource: resource, now: now))]
        switch include {
        case .none: break
        case .object: row["object"] = obj
        case .metadata:
            row["object"] = [
                "kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": obj["metadata"],
            ]
        }
        return row
    }

    func render(_ objects: [JSON], resource: ResourceInfo, revision: String, continueToken: String?, remaining: Int64? = nil) -> JSON {
        let now = Date()
        var meta: JSON = ["resourceVersion": .string(revision)]
        if let continueToken, !continueToken.isEmpty { meta["continue"] = .string(continueToken) }
        if let remaining { meta["remainingItemCount"] = .int(remaining) }
        return [
            "kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": meta,
            "columnDefinitions": .array(TablePrinter.columns(for: resource).map(\.json)),
            "rows": .array(objects.map { row($0, resource: resource, now: now) }),
        ]
    }
}
