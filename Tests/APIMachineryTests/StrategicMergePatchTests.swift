import Testing

@testable import APIMachinery

/// Small hand-built schemas with the patch metadata of the real kinds.
enum PatchSchemas {
    static func node(_ type: String? = nil) -> Schema {
        let s = Schema()
        if let type { s.types = [type] }
        return s
    }

    static func list(of items: Schema, strategy: String? = nil, key: String? = nil) -> Schema {
        let s = node("array")
        s.items = items
        s.patchStrategy = strategy
        s.patchMergeKey = key
        return s
    }

    static func map(of values: Schema) -> Schema {
        let s = node("object")
        s.additionalProperties = values
        return s
    }

    /// A pod with the upstream tags: containers/initContainers/volumes/env/imagePullSecrets merged by
    /// name, ports by containerPort, volumeMounts by mountPath, finalizers merged as a set, volumes
    /// with `merge,retainKeys`; args and tolerations replaced.
    static let pod: Schema = {
        let string = node("string")
        let integer = node("integer")

        let port = node("object")
        port.properties = ["containerPort": integer, "protocol": string, "name": string]
        let env = node("object")
        env.properties = ["name": string, "value": string]
        let mount = node("object")
        mount.properties = ["name": string, "mountPath": string]
        let container = node("object")
        container.properties = [
            "name": string, "image": string,
            "args": list(of: string), "command": list(of: string),
            "ports": list(of: port, strategy: "merge", key: "containerPort"),
            "env": list(of: env, strategy: "merge", key: "name"),
            "volumeMounts": list(of: mount, strategy: "merge", key: "mountPath"),
        ]
        let volume = node("object")
        let emptyDir = node("object")
        emptyDir.properties = ["medium": string]
        let hostPath = node("object")
        hostPath.properties = ["path": string]
        volume.properties = ["name": string, "emptyDir": emptyDir, "hostPath": hostPath]
        let toleration = node("object")
        toleration.properties = ["key": string, "operator": string]
        let spec = node("object")
        spec.properties = [
            "containers": list(of: container, strategy: "merge", key: "name"),
            "initContainers": list(of: container, strategy: "merge", key: "name"),
            "volumes": list(of: volume, strategy: "merge,retainKeys", key: "name"),
            "tolerations": list(of: toleration),
            "nodeName": string,
            "nodeSelector": map(of: string),
        ]
        let meta = node("object")
        meta.properties = [
            "name": string, "labels": map(of: string), "annotations": map(of: string),
            "finalizers": list(of: string, strategy: "merge"),
        ]
        let pod = node("object")
        pod.properties = ["metadata": meta, "spec": spec]
        return pod
    }()

    /// A deployment-like object whose `strategy` has the `retainKeys` strategy.
    static let deployment: Schema = {
        let rolling = node("object")
        rolling.properties = ["maxSurge": node(), "maxUnavailable": node()]
        let strategy = node("object")
        strategy.properties = ["type": node("string"), "rollingUpdate": rolling]
        strategy.patchStrategy = "retainKeys"
        let spec = node("object")
        spec.properties = ["replicas": node("integer"), "strategy": strategy]
        let d = node("object")
        d.properties = ["spec": spec]
        return d
    }()

    /// The shape of upstream's own test type: `mergingList` merged by name, `mergingIntList` merged as a
    /// set, `nonMergingList` replaced.
    static let mergeItem: Schema = {
        let item = node("object")
        let retainKeysMap = node("object")
        retainKeysMap.patchStrategy = "retainKeys"
        retainKeysMap.properties = [
            "name": node("string"), "value": node("string"), "other": node("string"),
            "mergingIntList": list(of: node("integer"), strategy: "merge"),
        ]
        item.properties = [
            "name": node(), "value": node("string"), "other": node("string"),
            "mergingList": list(of: item, strategy: "merge", key: "name"),
            "nonMergingList": list(of: item),
            "mergingIntList": list(of: node("integer"), strategy: "merge"),
            "nonMergingIntList": list(of: node("integer")),
            "simpleMap": map(of: node("string")),
            "retainKeysMap": retainKeysMap,
            "retainKeysMergingList": list(of: item, strategy: "merge,retainKeys", key: "name"),
        ]
        return item
    }()
}

@Suite struct StrategicMergePatchTests {
    private func apply(_ original: JSON, _ patch: JSON, _ schema: Schema? = PatchSchemas.pod) throws -> JSON {
        try original.applyingStrategicMergePatch(patch, schema: schema)
    }

    private func json(_ s: String) throws -> JSON { try JSON.parse(s) }

    private func containers(_ names: [String]) -> JSON {
        ["spec": ["containers": .array(names.map { ["name": .string($0), "image": .string($0 + ":1")] })]]
    }

    private func names(_ v: JSON, _ path: [String]) -> [String] {
        (v[path: path].arrayValue ?? []).map { $0["name"].stringValue ?? "?" }
    }

    @Test func mapsMergeRecursivelyAndNullDeletes() throws {
        let original: JSON = ["metadata": ["name": "p", "labels": ["a": "1", "b": "2"]], "spec": ["nodeName": "n1"]]
        let patch: JSON = ["metadata": ["labels": ["b": nil, "c": "3", "missing": nil]], "spec": ["nodeName": "n2"]]
        let result = try apply(original, patch)
        #expect(result == ["metadata": ["name": "p", "labels": ["a": "1", "c": "3"]], "spec": ["nodeName": "n2"]])
    }

    @Test func containersMergeByNameAndNewOnesComeFirst() throws {
        let original = containers(["a", "b"])
        // Changing an item keeps the order.
        let changed = try apply(original, ["spec": ["containers": [["name": "b", "image": "b:2"]]]])
        #expect(names(changed, ["spec", "containers"]) == ["a", "b"])
        #expect(changed[path: ["spec", "containers"]][1]["image"] == "b:2")
        #expect(changed[path: ["spec", "containers"]][0]["image"] == "a:1")
        // Upstream puts items only the patch has before the server's items, in patch order.
        let added = try apply(original, ["spec": ["containers": [["name": "c", "image": "c:1"]]]])
        #expect(names(added, ["spec", "containers"]) == ["c", "a", "b"])
        let mixed = try apply(original, ["spec": ["containers": [["name": "b", "image": "b:2"], ["name": "c"]]]])
        #expect(names(mixed, ["spec", "containers"]) == ["a", "b", "c"])
        let mixed2 = try apply(original, ["spec": ["containers": [["name": "c"], ["name": "a", "image": "a:2"]]]])
        #expect(names(mixed2, ["spec", "containers"]) == ["c", "a", "b"])
        // With $setElementOrder (what kubectl sends) the patch decides the order.
        let ordered = try apply(
            original,
            ["spec": ["$setElementOrder/containers": [["name": "a"], ["name": "b"], ["name": "c"]], "containers": [["name": "c"]]]])
        #expect(names(ordered, ["spec", "containers"]) == ["a", "b", "c"])
    }

    @Test func nestedListsMergeByTheirKeys() throws {
        let original: JSON = [
            "spec": [
                "containers": [
                    [
                        "name": "app", "image": "app:1",
                        "env": [["name": "A", "value": "1"], ["name": "B", "value": "2"]],
                        "ports": [["containerPort": 80, "protocol": "TCP"]],
                        "args": ["--x", "--y"],
                    ]
                ]
            ]
        ]
        let patch: JSON = [
            "spec": [
                "containers": [
                    [
                        "name": "app",
                        "env": [["name": "B", "value": "20"], ["name": "C", "value": "3"]],
                        "ports": [["containerPort": 443, "protocol": "TCP"], ["containerPort": 80, "name": "http"]],
                        "args": ["--z"],
                    ]
                ]
            ]
        ]
        let c = try apply(original, patch)[path: ["spec", "containers"]][0]
        #expect(c["image"] == "app:1")
        #expect(c["env"] == [["name": "A", "value": "1"], ["name": "B", "value": "20"], ["name": "C", "value": "3"]])
        #expect(c["ports"] == [["containerPort": 443, "protocol": "TCP"], ["containerPort": 80, "protocol": "TCP", "name": "http"]])
        // Lists without a merge strategy are replaced.
        #expect(c["args"] == ["--z"])
    }

    @Test func deleteAndReplaceDirectivesInLists() throws {
        let original = containers(["a", "b", "c"])
        let deleted = try apply(original, ["spec": ["containers": [["name": "b", "$patch": "delete"]]]])
        #expect(names(deleted, ["spec", "containers"]) == ["a", "c"])
        let deleteMissing = try apply(original, ["spec": ["containers": [["name": "zz", "$patch": "delete"]]]])
        #expect(names(deleteMissing, ["spec", "containers"]) == ["a", "b", "c"])
        let replaced = try apply(
            original, ["spec": ["containers": [["name": "x", "image": "x:1"], ["$patch": "replace"], ["name": "y"]]]])
        #expect(replaced[path: ["spec", "containers"]] == [["name": "x", "image": "x:1"], ["name": "y"]])
        #expect(throws: StrategicMergePatchError("merging lists cannot yet be specified in the patch")) {
            try apply(original, ["spec": ["containers": [["$patch": "merge"]]]])
        }
    }

    @Test func directivesInMaps() throws {
        let original: JSON = ["metadata": ["labels": ["a": "1", "b": "2"]], "spec": ["nodeSelector": ["disk": "ssd"]]]
        let replaced = try apply(original, ["metadata": ["labels": ["$patch": "replace", "c": "3"]]])
        #expect(replaced[path: ["metadata", "labels"]] == ["c": "3"])
        // `$patch: delete` empties the map (upstream leaves the member as an empty object).
        let deleted = try apply(original, ["spec": ["nodeSelector": ["$patch": "delete"]]])
        #expect(deleted[path: ["spec"]] == ["nodeSelector": [:]])
        // A new member carrying a directive is not added.
        let dropped = try apply(original, ["spec": ["nodeSelector2": ["$patch": "delete"]]])
        #expect(dropped[path: ["spec"]] == ["nodeSelector": ["disk": "ssd"]])
        #expect(throws: StrategicMergePatchError("unknown patch type: foo in map: map[$patch:foo]")) {
            try apply(original, ["metadata": ["labels": ["$patch": "foo"]]])
        }
        // At the top level.
        #expect(try apply(original, ["$patch": "delete"]) == [:])
    }

    @Test func primitiveListsMergeAsSets() throws {
        let original: JSON = ["metadata": ["finalizers": ["a", "b"]]]
        let merged = try apply(original, ["metadata": ["finalizers": ["c", "a"]]])
        #expect(merged[path: ["metadata", "finalizers"]] == ["c", "a", "b"])
        let deleted = try apply(original, ["metadata": ["$deleteFromPrimitiveList/finalizers": ["a", "zz"]]])
        #expect(deleted[path: ["metadata", "finalizers"]] == ["b"])
        // Deleting from a list that is not there adds nothing.
        let none = try apply(["metadata": [:]], ["metadata": ["$deleteFromPrimitiveList/finalizers": ["a"]]])
        #expect(none == ["metadata": [:]])
        let both = try apply(
            original, ["metadata": ["finalizers": ["d"], "$deleteFromPrimitiveList/finalizers": ["b"]]])
        #expect(both[path: ["metadata", "finalizers"]] == ["d", "a"])
    }

    @Test func setElementOrderWithServerOnlyItems() throws {
        // Upstream's "set elements order in a list with server-only items".
        let current = try json(
            #"{"mergingList":[{"name":1,"other":"a"},{"name":3,"value":3},{"name":4,"value":4},{"name":2,"value":2},{"name":9}]}"#)
        let patch = try json(#"{"$setElementOrder/mergingList":[{"name":4},{"name":2},{"name":3},{"name":1}]}"#)
        let result = try current.applyingStrategicMergePatch(patch, schema: PatchSchemas.mergeItem)
        #expect((result["mergingList"].arrayValue ?? []).map { $0["name"] } == [4, 2, 3, 1, 9])
        #expect(result["mergingList"][3] == ["name": 1, "other": "a"])

        // "... server-only items 3": the server-only items stay after their predecessor.
        let current3 = try json(
            #"{"mergingList":[{"name":1,"other":"a"},{"name":2,"value":2},{"name":7},{"name":9},{"name":8},{"name":3,"value":3},{"name":4,"value":4}]}"#
        )
        let patch3 = try json(#"{"$setElementOrder/mergingList":[{"name":2},{"name":1},{"name":4},{"name":3}]}"#)
        let result3 = try current3.applyingStrategicMergePatch(patch3, schema: PatchSchemas.mergeItem)
        #expect((result3["mergingList"].arrayValue ?? []).map { $0["name"] } == [2, 1, 7, 9, 8, 4, 3])
    }

    @Test func setElementOrderWithAddAndDelete() throws {
        // Upstream merges in place: the deleted item's slot is reused by the added one, which
        // decides where the server-only item lands ("add map and delete map from merging list").
        let current = try json(#"{"mergingList":[{"name":"a"},{"name":"b","other":"x"},{"name":"d","other":"y"}]}"#)
        let patch = try json(
            #"{"$setElementOrder/mergingList":[{"name":"b"},{"name":"c"}],"mergingList":[{"name":"c"},{"name":"a","$patch":"delete"}]}"#)
        let result = try current.applyingStrategicMergePatch(patch, schema: PatchSchemas.mergeItem)
        #expect((result["mergingList"].arrayValue ?? []).map { $0["name"] } == ["b", "d", "c"])

        let current2 = try json(#"{"mergingList":[{"name":"a","other":"x"},{"name":"d","other":"y"}]}"#)
        let patch2 = try json(
            #"{"$setElementOrder/mergingList":[{"name":"b"},{"name":"c"}],"mergingList":[{"name":"b"},{"name":"c"},{"name":"a","$patch":"delete"}]}"#
        )
        let result2 = try current2.applyingStrategicMergePatch(patch2, schema: PatchSchemas.mergeItem)
        #expect((result2["mergingList"].arrayValue ?? []).map { $0["name"] } == ["d", "b", "c"])
    }

    @Test func setElementOrderForPrimitives() throws {
        // Upstream's "add an item in a list of primitives and preserve order".
        let current: JSON = ["mergingIntList": [1, 4, 2]]
        let patch: JSON = ["$setElementOrder/mergingIntList": [3, 1, 2], "mergingIntList": [3]]
        let result = try current.applyingStrategicMergePatch(patch, schema: PatchSchemas.mergeItem)
        #expect(result == ["mergingIntList": [3, 1, 4, 2]])
        #expect(
            throws: StrategicMergePatchError("The order in patch list:\n[5]\n doesn't match $setElementOrder list:\n[3 1 2]\n"),
            performing: {
                try current.applyingStrategicMergePatch(
                    ["$setElementOrder/mergingIntList": [3, 1, 2], "mergingIntList": [5]], schema: PatchSchemas.mergeItem)
            })
    }

    @Test func retainKeys() throws {
        let original: JSON = ["spec": ["strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 1]]]]
        let patch: JSON = ["spec": ["strategy": ["$retainKeys": ["type"], "type": "Recreate"]]]
        #expect(try apply(original, patch, PatchSchemas.deployment) == ["spec": ["strategy": ["type": "Recreate"]]])
        #expect(throws: StrategicMergePatchError("invalid patch format of retainKeys")) {
            try apply(original, ["spec": ["strategy": ["$retainKeys": ["type"], "rollingUpdate": ["maxSurge": 2]]]], PatchSchemas.deployment)
        }
        // In list items (volumes are merge,retainKeys).
        let pod: JSON = ["spec": ["volumes": [["name": "v", "emptyDir": ["medium": "Memory"]]]]]
        let swapped = try apply(pod, ["spec": ["volumes": [["name": "v", "$retainKeys": ["hostPath", "name"], "hostPath": ["path": "/x"]]]]])
        #expect(swapped == ["spec": ["volumes": [["name": "v", "hostPath": ["path": "/x"]]]]])
    }

    @Test func errors() throws {
        let original: JSON = ["mergingList": [["name": "a"]]]
        #expect(throws: StrategicMergePatchError("map: map[value:x] does not contain declared merge key: name")) {
            try original.applyingStrategicMergePatch(["mergingList": [["value": "x"]]], schema: PatchSchemas.mergeItem)
        }
        #expect(throws: StrategicMergePatchError("invalid JSON document")) {
            try JSON.array([]).applyingStrategicMergePatch([:], schema: PatchSchemas.mergeItem)
        }
        #expect(throws: StrategicMergePatchError("list element types are not identical: [[1] [a]]")) {
            try (["mergingIntList": [1]] as JSON).applyingStrategicMergePatch(["mergingIntList": ["a"]], schema: PatchSchemas.mergeItem)
        }
        #expect(throws: StrategicMergePatchError("invalid patch format of setElementOrder list")) {
            try original.applyingStrategicMergePatch(["$setElementOrderX/mergingList": []], schema: PatchSchemas.mergeItem)
        }
    }

    @Test func typeChangesAndNewMembers() throws {
        let original: JSON = ["spec": ["nodeSelector": ["a": "b"], "nodeName": "x"]]
        let result = try apply(original, ["spec": ["nodeSelector": "oops", "new": ["k": nil, "v": 1]]])
        // A changed type replaces; nulls in new members are dropped.
        #expect(result == ["spec": ["nodeSelector": "oops", "nodeName": "x", "new": ["v": 1]]])
    }

    @Test func replaceListsWithoutStrategy() throws {
        let original: JSON = ["spec": ["tolerations": [["key": "a"], ["key": "b"]]]]
        let result = try apply(original, ["spec": ["tolerations": [["key": "c"]]]])
        #expect(result == ["spec": ["tolerations": [["key": "c"]]]])
    }

    @Test func unknownMembersMergeWithoutStrategy() throws {
        // Members the schema does not describe: maps merge, lists are replaced.
        let original: JSON = ["spec": ["extra": ["list": [1, 2], "m": ["a": 1]]]]
        let result = try apply(original, ["spec": ["extra": ["list": [3], "m": ["b": 2]]]])
        #expect(result == ["spec": ["extra": ["list": [3], "m": ["a": 1, "b": 2]]]])
    }

    @Test func noSchemaMeansMergePatch() throws {
        let original: JSON = ["spec": ["list": [["name": "a"]], "keep": 1, "drop": 2]]
        let patch: JSON = ["spec": ["list": [["name": "b"]], "drop": nil]]
        #expect(try apply(original, patch, nil) == ["spec": ["list": [["name": "b"]], "keep": 1]])
        let unstructured = Schema()
        unstructured.preserveUnknownFields = true
        #expect(try apply(original, patch, unstructured) == ["spec": ["list": [["name": "b"]], "keep": 1]])
        // Directives mean nothing to a merge patch.
        #expect(try apply(["a": 1], ["$patch": "delete"], nil) == ["a": 1, "$patch": "delete"])
    }

    // MARK: - Creating patches

    @Test func twoWayPatch() throws {
        let original: JSON = [
            "metadata": ["labels": ["a": "1", "gone": "x"]],
            "spec": ["containers": [["name": "a", "image": "a:1"]], "nodeName": "n"],
        ]
        let modified: JSON = [
            "metadata": ["labels": ["a": "1", "b": "2"]],
            "spec": ["containers": [["name": "a", "image": "a:2"], ["name": "b", "image": "b:1"]]],
        ]
        let patch = try JSON.createTwoWayMergePatch(original: original, modified: modified, schema: PatchSchemas.pod)
        let expected: JSON = [
            "metadata": ["labels": ["b": "2", "gone": nil]],
            "spec": [
                "$setElementOrder/containers": [["name": "a"], ["name": "b"]],
                "containers": [["name": "a", "image": "a:2"], ["name": "b", "image": "b:1"]],
                "nodeName": nil,
            ],
        ]
        #expect(patch == expected)
        #expect(try apply(original, patch) == modified)
    }

    @Test func twoWayPatchDeletions() throws {
        let original: JSON = ["metadata": ["finalizers": ["x", "y"]], "spec": ["containers": [["name": "a"], ["name": "b"]]]]
        let modified: JSON = ["metadata": ["finalizers": ["y"]], "spec": ["containers": [["name": "a"]]]]
        let patch = try JSON.createTwoWayMergePatch(original: original, modified: modified, schema: PatchSchemas.pod)
        let expected: JSON = [
            "metadata": ["$deleteFromPrimitiveList/finalizers": ["x"], "$setElementOrder/finalizers": ["y"]],
            "spec": ["$setElementOrder/containers": [["name": "a"]], "containers": [["name": "b", "$patch": "delete"]]],
        ]
        #expect(patch == expected)
        #expect(try apply(original, patch) == modified)
        // Upstream's "delete an item in a list of primitives and preserve order".
        let p2 = try JSON.createTwoWayMergePatch(
            original: ["mergingIntList": [1, 2, 3]], modified: ["mergingIntList": [2, 1]], schema: PatchSchemas.mergeItem)
        #expect(p2 == ["$setElementOrder/mergingIntList": [2, 1], "$deleteFromPrimitiveList/mergingIntList": [3]])
        #expect(try (["mergingIntList": [1, 2, 3]] as JSON).applyingStrategicMergePatch(p2, schema: PatchSchemas.mergeItem) == ["mergingIntList": [2, 1]])
    }

    @Test func twoWayPatchRetainKeys() throws {
        let original: JSON = ["spec": ["strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 1]]]]
        let modified: JSON = ["spec": ["strategy": ["type": "Recreate"]]]
        let patch = try JSON.createTwoWayMergePatch(original: original, modified: modified, schema: PatchSchemas.deployment)
        #expect(patch == ["spec": ["strategy": ["$retainKeys": ["type"], "type": "Recreate", "rollingUpdate": nil]]])
        #expect(try apply(original, patch, PatchSchemas.deployment) == modified)
    }

    @Test func twoWayPatchOfEqualObjectsIsEmpty() throws {
        let v: JSON = ["spec": ["containers": [["name": "a", "ports": [["containerPort": 80]]]]], "metadata": ["finalizers": ["a", "b"]]]
        #expect(try JSON.createTwoWayMergePatch(original: v, modified: v, schema: PatchSchemas.pod) == [:])
    }

    @Test func threeWayPatchForPrimitives() throws {
        // Upstream's "add an item in a list of primitives and preserve order".
        let patch = try JSON.createThreeWayMergePatch(
            original: ["mergingIntList": [1, 2]], modified: ["mergingIntList": [3, 1, 2]], current: ["mergingIntList": [1, 4, 2]],
            schema: PatchSchemas.mergeItem)
        #expect(patch == ["$setElementOrder/mergingIntList": [3, 1, 2], "mergingIntList": [3]])
        let result = try (["mergingIntList": [1, 4, 2]] as JSON).applyingStrategicMergePatch(patch, schema: PatchSchemas.mergeItem)
        #expect(result == ["mergingIntList": [3, 1, 4, 2]])
    }

    @Test func threeWayPatchForMaps() throws {
        // Upstream's "add an item in a list and preserve order".
        let original = try json(#"{"mergingList":[{"name":1},{"name":2,"value":2}]}"#)
        let modified = try json(#"{"mergingList":[{"name":3,"value":3},{"name":1},{"name":2,"value":2}]}"#)
        let current = try json(#"{"mergingList":[{"name":1,"other":"a"},{"name":2,"value":2,"other":"b"}]}"#)
        let patch = try JSON.createThreeWayMergePatch(
            original: original, modified: modified, current: current, schema: PatchSchemas.mergeItem)
        #expect(
            patch == (try json(#"{"$setElementOrder/mergingList":[{"name":3},{"name":1},{"name":2}],"mergingList":[{"name":3,"value":3}]}"#)))
        let result = try current.applyingStrategicMergePatch(patch, schema: PatchSchemas.mergeItem)
        #expect(
            result == (try json(#"{"mergingList":[{"name":3,"value":3},{"name":1,"other":"a"},{"name":2,"value":2,"other":"b"}]}"#)))
    }

    @Test func threeWayPatchKeepsServerChangesAndDeletesRemovedFields() throws {
        // The configuration dropped label `old` and changed the image; the server added a label and a status.
        let original: JSON = ["metadata": ["labels": ["app": "web", "old": "x"]], "spec": ["containers": [["name": "c", "image": "v1"]]]]
        let modified: JSON = ["metadata": ["labels": ["app": "web"]], "spec": ["containers": [["name": "c", "image": "v2"]]]]
        let current: JSON = [
            "metadata": ["labels": ["app": "web", "old": "x", "server": "y"]],
            "spec": ["containers": [["name": "c", "image": "v1", "env": [["name": "A"]]]], "nodeName": "n1"],
        ]
        let patch = try JSON.createThreeWayMergePatch(original: original, modified: modified, current: current, schema: PatchSchemas.pod)
        #expect(
            patch == [
                "metadata": ["labels": ["old": nil]],
                "spec": ["$setElementOrder/containers": [["name": "c"]], "containers": [["name": "c", "image": "v2"]]],
            ])
        let result = try apply(current, patch)
        #expect(
            result == [
                "metadata": ["labels": ["app": "web", "server": "y"]],
                "spec": ["containers": [["name": "c", "image": "v2", "env": [["name": "A"]]]], "nodeName": "n1"],
            ])
    }
}
