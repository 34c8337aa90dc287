import APIMachinery

/// One parameter of an API operation (`?dryRun=All`, `{namespace}`).
struct APIParameter: Sendable, Hashable {
    enum Location: String, Sendable { case query, path }
    var name: String
    var location: Location
    /// JSON type of the value: `string`, `integer` or `boolean`.
    var type: String
    var description: String

    var required: Bool { location == .path }

    static func query(_ name: String, _ type: String, _ description: String) -> APIParameter {
        APIParameter(name: name, location: .query, type: type, description: description)
    }

    static func path(_ name: String, _ description: String) -> APIParameter {
        APIParameter(name: name, location: .path, type: "string", description: description)
    }
}

/// What an operation takes or returns.
enum APIPayload: Sendable, Hashable {
    /// An object described by a definition.
    case definition(String)
    /// Text or a stream of bytes (logs, exec).
    case string
}

struct APIResponse: Sendable, Hashable {
    var code: String
    var payload: APIPayload?

    var statusText: String {
        switch code {
        case "200": return "OK"
        case "201": return "Created"
        case "202": return "Accepted"
        case "401": return "Unauthorized"
        default: return ""
        }
    }
}

/// One operation (method) of a path, as both OpenAPI versions publish it.
struct APIOperation: Sendable {
    var method: String
    var operationID: String
    var summary: String
    /// `x-kubernetes-action`: get, list, put, patch, post, delete, deletecollection, watch, watchlist, connect.
    var action: String
    var gvk: GroupVersionKind?
    var tag: String
    var parameters: [APIParameter] = []
    var body: APIPayload?
    var bodyRequired = false
    var consumes: [String] = ["*/*"]
    var produces: [String] = APIMedia.objects
    var responses: [APIResponse]
}

/// A path with the parameters all of its operations share.
struct APIPath: Sendable {
    var path: String
    /// The `/openapi/v3` document the path belongs to: `api/v1`, `apis/apps/v1`, `api`, `apis`, `apis/apps`.
    var document: String
    var parameters: [APIParameter]
    var operations: [APIOperation]
}

enum APIMedia {
    static let json = "application/json"
    static let yaml = "application/yaml"
    static let watchJSON = "application/json;stream=watch"
    static let objects = [json, yaml]
    static let lists = [json, yaml, watchJSON]
    static let watches = [json, watchJSON]
    static let text = ["text/plain", json, yaml]
    static let patchTypes = [
        "application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json",
        "application/strategic-merge-patch+json",
    ]
    static let patchTypesWithoutStrategic = patchTypes.filter { !$0.contains("strategic") }
}

/// The query parameters the API accepts, with the project's own one-line descriptions.
enum APIParameters {
    static let pretty = APIParameter.query("pretty", "string", "When 'true', the response is indented.")
    static let name = APIParameter.path("name", "Name of the object.")
    static let namespace = APIParameter.path("namespace", "Namespace of the objects.")

    static let dryRun = APIParameter.query(
        "dryRun", "string", "'All' runs every stage of the request except persisting its result.")
    static let fieldManager = APIParameter.query(
        "fieldManager", "string", "Name of the actor making the change, recorded in managedFields.")
    static let fieldValidation = APIParameter.query(
        "fieldValidation", "string", "What to do with unknown or duplicate fields: Ignore, Warn or Strict.")
    static let force = APIParameter.query(
        "force", "boolean", "Apply requests only: take over fields other managers own.")

    static let list: [APIParameter] = [
        .query("allowWatchBookmarks", "boolean", "Watch only: send BOOKMARK events."),
        .query("continue", "string", "The continue token of the previous page of a list."),
        .query("fieldSelector", "string", "Select objects by fields; all when empty."),
        .query("labelSelector", "string", "Select objects by labels; all when empty."),
        .query("limit", "integer", "The largest number of items to return in one page."),
        .query("resourceVersion", "string", "The resource version a read may be served from."),
        .query("resourceVersionMatch", "string", "How resourceVersion applies to a list: Exact or NotOlderThan."),
        .query("sendInitialEvents", "boolean", "Watch only: start with synthetic ADDED events for the current state."),
        .query("timeoutSeconds", "integer", "Ends the list or watch call after this many seconds."),
        .query("watch", "boolean", "Stream changes to the selected objects instead of listing them."),
    ]
    static let write = [dryRun, fieldManager, fieldValidation]
    static let patch = [dryRun, fieldManager, fieldValidation, force]
    static let delete: [APIParameter] = [
        dryRun,
        .query("gracePeriodSeconds", "integer", "Seconds the object is given to terminate; 0 deletes it at once."),
        .query(
            "ignoreStoreReadErrorWithClusterBreakingPotential", "boolean",
            "Delete an object that cannot be read from storage (dangerous)."),
        .query("orphanDependents", "boolean", "Deprecated: use propagationPolicy."),
        .query("propagationPolicy", "string", "How dependents are collected: Orphan, Background or Foreground."),
    ]
    static let deleteCollection = delete + list.filter { $0.name != "watch" && $0.name != "allowWatchBookmarks" }

    static let log: [APIParameter] = [
        .query("container", "string", "The container to read; needed when the pod has several."),
        .query("follow", "boolean", "Keep streaming the log."),
        .query("insecureSkipTLSVerifyBackend", "boolean", "Do not verify the kubelet's serving certificate."),
        .query("limitBytes", "integer", "Stop after this many bytes."),
        .query("previous", "boolean", "Read the log of the previous, terminated instance of the container."),
        .query("sinceSeconds", "integer", "Only lines newer than this many seconds."),
        .query("stream", "string", "Which stream to read: All, Stdout or Stderr."),
        .query("tailLines", "integer", "Only this many lines from the end."),
        .query("timestamps", "boolean", "Prefix every line with its RFC 3339 timestamp."),
    ]
    static let attach: [APIParameter] = [
        .query("container", "string", "The container to attach to."),
        .query("stderr", "boolean", "Stream the standard error."),
        .query("stdin", "boolean", "Stream the standard input."),
        .query("stdout", "boolean", "Stream the standard output."),
        .query("tty", "boolean", "Allocate a terminal."),
    ]
    static let exec = [APIParameter.query("command", "string", "The command to run, one argument per parameter.")] + attach
    static let portForward = [APIParameter.query("ports", "integer", "The pod ports to forward.")]
}

/// Builds the operations of the API: discovery paths and every verb of every resource and subresource, in the
/// shapes Kubernetes publishes (the `operationId`s, `x-kubernetes-action`s and parameters clients look for).
struct APIPathBuilder {
    let registry: SchemaRegistry
    let resources: [ResourceInfo]

    static let statusDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.Status"
    static let deleteOptionsDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions"
    static let patchDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.Patch"
    static let watchEventDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent"
    static let connectSubresources: Set<String> = ["exec", "attach", "portforward", "proxy"]

    func build() -> [APIPath] {
        var paths: [APIPath] = []
        paths.append(
            APIPath(
                path: "/api/", document: "api", parameters: [],
                operations: [
                    APIOperation(
                        method: "get", operationID: "getCoreAPIVersions", summary: "The versions of the core group.",
                        action: "get", tag: "core",
                        responses: [ok(.definition("io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions"))])
                ]))
        paths.append(
            APIPath(
                path: "/apis/", document: "apis", parameters: [],
                operations: [
                    APIOperation(
                        method: "get", operationID: "getAPIVersions", summary: "The groups and versions the server offers.",
                        action: "get", tag: "apis",
                        responses: [ok(.definition("io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList"))])
                ]))
        var groupsDone: Set<String> = []
        var groupVersionsDone: Set<String> = []
        for resource in resources {
            if !resource.group.isEmpty, groupsDone.insert(resource.group).inserted {
                paths.append(
                    APIPath(
                        path: "/apis/\(resource.group)/", document: "apis/\(resource.group)", parameters: [],
                        operations: [
                            APIOperation(
                                method: "get", operationID: "get\(Self.groupIdentifier(resource.group))APIGroup",
                                summary: "The versions of this group.", action: "get",
                                tag: Self.groupTag(resource.group),
                                responses: [ok(.definition("io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup"))])
                        ]))
            }
            if groupVersionsDone.insert(resource.groupVersion).inserted {
                let scope = Self.scope(resource.group, resource.version)
                paths.append(
                    APIPath(
                        path: Self.prefix(resource) + "/", document: Self.documentPath(resource), parameters: [],
                        operations: [
                            APIOperation(
                                method: "get", operationID: "get\(scope)APIResources",
                                summary: "The resources of this group-version.", action: "get", tag: Self.tag(resource),
                                responses: [ok(.definition("io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList"))])
                        ]))
            }
            paths.append(contentsOf: resourcePaths(resource))
        }
        return paths
    }

    // MARK: Names

    /// `CoreV1`, `AppsV1`, `RbacAuthorizationV1`, `StableExampleComV1`.
    static func scope(_ group: String, _ version: String) -> String {
        groupIdentifier(group.isEmpty ? "core" : group) + capitalized(version)
    }

    /// The group as an identifier: `.k8s.io` dropped, parts capitalized and joined.
    static func groupIdentifier(_ group: String) -> String {
        groupParts(group).map(capitalized).joined()
    }

    static func groupParts(_ group: String) -> [String] {
        var name = group
        if name.hasSuffix(".k8s.io") { name.removeLast(".k8s.io".count) }
        return name.split(whereSeparator: { $0 == "." || $0 == "-" }).map(String.init)
    }

    /// `core`, `apps`, `rbacAuthorization`.
    static func groupTag(_ group: String) -> String {
        let parts = groupParts(group.isEmpty ? "core" : group)
        guard let first = parts.first else { return group }
        return first + parts.dropFirst().map(capitalized).joined()
    }

    static func tag(_ resource: ResourceInfo) -> String { groupTag(resource.group) + "_" + resource.version }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    static func prefix(_ resource: ResourceInfo) -> String {
        resource.group.isEmpty ? "/api/\(resource.version)" : "/apis/\(resource.group)/\(resource.version)"
    }

    /// The `/openapi/v3` document path of a resource's group-version (`api/v1`, `apis/apps/v1`).
    static func documentPath(_ resource: ResourceInfo) -> String {
        documentPath(groupVersion: resource.groupVersion)
    }

    static func documentPath(groupVersion: String) -> String {
        groupVersion.contains("/") ? "apis/\(groupVersion)" : "api/\(groupVersion)"
    }

    // MARK: Resources

    private func ok(_ payload: APIPayload?) -> APIResponse { APIResponse(code: "200", payload: payload) }

    private func definitionName(of gvk: GroupVersionKind) -> String? {
        registry.schema(for: gvk)?.definitionName
    }

    /// Whether strategic merge patch applies: only to the built-in kinds, whose schemas carry the patch facts.
    private func acceptsStrategicMerge(_ resource: ResourceInfo) -> Bool {
        guard let builtIn = SchemaRegistry.builtIn.schema(named: resource.definitionName) else { return false }
        return registry.schema(named: resource.definitionName) === builtIn
    }

    func resourcePaths(_ r: ResourceInfo) -> [APIPath] {
        let prefix = Self.prefix(r)
        let document = Self.documentPath(r)
        let scope = Self.scope(r.group, r.version)
        let namespaced = r.namespaced ? "Namespaced" : ""
        let nsPath = r.namespaced ? "/namespaces/{namespace}" : ""
        let nsParams = r.namespaced ? [APIParameters.namespace] : []
        let tag = Self.tag(r)
        let object = APIPayload.definition(r.definitionName)
        let listGVK = GroupVersionKind(group: r.group, version: r.version, kind: r.listKind)
        let list: APIPayload? = definitionName(of: listGVK).map { .definition($0) }
        let status = APIPayload.definition(Self.statusDefinition)
        let verbs = Set(r.verbs)
        let kind = r.kind
        var paths: [APIPath] = []

        func op(
            _ method: String, _ id: String, _ summary: String, _ action: String, _ gvk: GroupVersionKind? = nil,
            parameters: [APIParameter] = [], body: APIPayload? = nil, bodyRequired: Bool = false,
            consumes: [String] = ["*/*"], produces: [String] = APIMedia.objects, responses: [APIResponse]
        ) -> APIOperation {
            APIOperation(
                method: method, operationID: id, summary: summary, action: action, gvk: gvk ?? r.gvk, tag: tag,
                parameters: parameters, body: body, bodyRequired: bodyRequired, consumes: consumes,
                produces: produces, responses: responses)
        }
        func created(_ payload: APIPayload?, accepted: Bool = false) -> [APIResponse] {
            var responses = [ok(payload), APIResponse(code: "201", payload: payload)]
            if accepted { responses.append(APIResponse(code: "202", payload: payload)) }
            return responses
        }
        let patchTypes = acceptsStrategicMerge(r) ? APIMedia.patchTypes : APIMedia.patchTypesWithoutStrategic

        // Collection: list, create, deletecollection.
        var collection: [APIOperation] = []
        if verbs.contains("list") {
            collection.append(
                op(
                    "get", "list\(scope)\(namespaced)\(kind)", "Lists \(kind) objects, or watches them with ?watch=true.", "list",
                    parameters: APIParameters.list, produces: APIMedia.lists, responses: [ok(list)]))
        }
        if verbs.contains("create") {
            collection.append(
                op(
                    "post", "create\(scope)\(namespaced)\(kind)", "Creates a \(kind).", "post",
                    parameters: APIParameters.write, body: object, bodyRequired: true,
                    responses: created(object, accepted: true)))
        }
        if verbs.contains("deletecollection") {
            collection.append(
                op(
                    "delete", "delete\(scope)Collection\(namespaced)\(kind)", "Deletes every selected \(kind).",
                    "deletecollection", parameters: APIParameters.deleteCollection,
                    body: .definition(Self.deleteOptionsDefinition), responses: [ok(status)]))
        }
        if !collection.isEmpty {
            paths.append(
                APIPath(
                    path: "\(prefix)\(nsPath)/\(r.resource)", document: document,
                    parameters: nsParams + [APIParameters.pretty], operations: collection))
        }

        // Item: read, replace, patch, delete.
        var item: [APIOperation] = []
        if verbs.contains("get") {
            item.append(op("get", "read\(scope)\(namespaced)\(kind)", "Reads one \(kind).", "get", responses: [ok(object)]))
        }
        if verbs.contains("update") {
            item.append(
                op(
                    "put", "replace\(scope)\(namespaced)\(kind)", "Replaces one \(kind).", "put",
                    parameters: APIParameters.write, body: object, bodyRequired: true, responses: created(object)))
        }
        if verbs.contains("patch") {
            item.append(
                op(
                    "patch", "patch\(scope)\(namespaced)\(kind)", "Patches one \(kind).", "patch",
                    parameters: APIParameters.patch, body: .definition(Self.patchDefinition), bodyRequired: true,
                    consumes: patchTypes, responses: created(object)))
        }
        if verbs.contains("delete") {
            item.append(
                op(
                    "delete", "delete\(scope)\(namespaced)\(kind)", "Deletes one \(kind).", "delete",
                    parameters: APIParameters.delete, body: .definition(Self.deleteOptionsDefinition),
                    responses: [ok(status), APIResponse(code: "202", payload: status)]))
        }
        let itemPath = "\(prefix)\(nsPath)/\(r.resource)/{name}"
        let itemParams = [APIParameters.name] + nsParams
        if !item.isEmpty {
            paths.append(
                APIPath(path: itemPath, document: document, parameters: itemParams + [APIParameters.pretty], operations: item))
        }

        // Lists across namespaces.
        if r.namespaced, verbs.contains("list") {
            paths.append(
                APIPath(
                    path: "\(prefix)/\(r.resource)", document: document,
                    parameters: APIParameters.list + [APIParameters.pretty],
                    operations: [
                        op(
                            "get", "list\(scope)\(kind)ForAllNamespaces", "Lists \(kind) objects of every namespace, or watches them.",
                            "list", produces: APIMedia.lists, responses: [ok(list)])
                    ]))
        }

        // The deprecated watch paths.
        if verbs.contains("watch") {
            let event = APIPayload.definition(Self.watchEventDefinition)
            let watchParams = APIParameters.list + [APIParameters.pretty]
            paths.append(
                APIPath(
                    path: "\(prefix)/watch\(nsPath)/\(r.resource)", document: document,
                    parameters: nsParams + watchParams,
                    operations: [
                        op(
                            "get", "watch\(scope)\(namespaced)\(kind)List",
                            "Watches \(kind) objects (deprecated: list with ?watch=true).", "watchlist",
                            produces: APIMedia.watches, responses: [ok(event)])
                    ]))
            paths.append(
                APIPath(
                    path: "\(prefix)/watch\(nsPath)/\(r.resource)/{name}", document: document,
                    parameters: itemParams + watchParams,
                    operations: [
                        op(
                            "get", "watch\(scope)\(namespaced)\(kind)",
                            "Watches one \(kind) (deprecated: list with ?watch=true).", "watch",
                            produces: APIMedia.watches, responses: [ok(event)])
                    ]))
            if r.namespaced {
                paths.append(
                    APIPath(
                        path: "\(prefix)/watch/\(r.resource)", document: document, parameters: watchParams,
                        operations: [
                            op(
                                "get", "watch\(scope)\(kind)ListForAllNamespaces",
                                "Watches \(kind) objects of every namespace (deprecated).",
                                "watchlist", produces: APIMedia.watches, responses: [ok(event)])
                        ]))
            }
        }

        // Subresources.
        for sub in r.subresources {
            let subVerbs = Set(sub.verbs)
            let subName = Self.capitalized(sub.name)
            let path = "\(itemPath)/\(sub.name)"
            var operations: [APIOperation] = []
            if Self.connectSubresources.contains(sub.name) {
                let parameters: [APIParameter]
                switch sub.name {
                case "exec": parameters = APIParameters.exec
                case "attach": parameters = APIParameters.attach
                case "portforward": parameters = APIParameters.portForward
                default: parameters = []
                }
                for (verb, method, word) in [("get", "get", "Get"), ("create", "post", "Post")] where subVerbs.contains(verb) {
                    operations.append(
                        op(
                            method, "connect\(scope)\(word)\(namespaced)\(kind)\(subName)",
                            "Opens a \(sub.name) stream to a \(kind) (\(method.uppercased())).", "connect", sub.kind,
                            parameters: parameters, produces: ["*/*"], responses: [ok(.string)]))
                }
                if !operations.isEmpty {
                    paths.append(APIPath(path: path, document: document, parameters: itemParams, operations: operations))
                }
                continue
            }
            if sub.name == "log" {
                if subVerbs.contains("get") {
                    operations.append(
                        op(
                            "get", "read\(scope)\(namespaced)\(kind)Log", "Reads the log of a container of a \(kind).", "get",
                            sub.kind, parameters: APIParameters.log, produces: APIMedia.text, responses: [ok(.string)]))
                }
            } else {
                let payload: APIPayload? = definitionName(of: sub.kind).map { .definition($0) }
                if subVerbs.contains("get") {
                    operations.append(
                        op(
                            "get", "read\(scope)\(namespaced)\(kind)\(subName)", "Reads the \(sub.name) of one \(kind).",
                            "get", sub.kind, responses: [ok(payload)]))
                }
                if subVerbs.contains("update") {
                    operations.append(
                        op(
                            "put", "replace\(scope)\(namespaced)\(kind)\(subName)",
                            "Replaces the \(sub.name) of one \(kind).", "put", sub.kind,
                            parameters: APIParameters.write, body: payload, bodyRequired: true, responses: created(payload)))
                }
                if subVerbs.contains("patch") {
                    operations.append(
                        op(
                            "patch", "patch\(scope)\(namespaced)\(kind)\(subName)",
                            "Patches the \(sub.name) of one \(kind).", "patch", sub.kind,
                            parameters: APIParameters.patch, body: .definition(Self.patchDefinition), bodyRequired: true,
                            consumes: patchTypes, responses: created(payload)))
                }
                if subVerbs.contains("create") {
                    operations.append(
                        op(
                            "post", "create\(scope)\(namespaced)\(kind)\(subName)", "Creates a \(sub.name) of one \(kind).",
                            "post", sub.kind, parameters: APIParameters.write, body: payload, bodyRequired: true,
                            responses: created(payload, accepted: true)))
                }
            }
            if !operations.isEmpty {
                paths.append(
                    APIPath(path: path, document: document, parameters: itemParams + [APIParameters.pretty], operations: operations))
            }
        }
        return paths
    }
}
