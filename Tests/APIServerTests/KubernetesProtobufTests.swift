import API
import APIMachinery
import Testing

@testable import APIServer

/// Builds protobuf wire bytes by hand for the tests.
private struct WireWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func tag(_ number: Int, _ wireType: UInt8) { varint(UInt64(number) << 3 | UInt64(wireType)) }

    mutating func int(_ number: Int, _ value: Int64) {
        tag(number, 0)
        varint(UInt64(bitPattern: value))
    }

    mutating func bool(_ number: Int, _ value: Bool) { int(number, value ? 1 : 0) }

    mutating func bytes(_ number: Int, _ value: [UInt8]) {
        tag(number, 2)
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func string(_ number: Int, _ value: String) { bytes(number, Array(value.utf8)) }

    mutating func fixed32(_ number: Int, _ value: UInt32) {
        tag(number, 5)
        for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(i)))) }
    }

    mutating func fixed64(_ number: Int, _ value: UInt64) {
        tag(number, 1)
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    mutating func message(_ number: Int, _ build: (inout WireWriter) -> Void) {
        var inner = WireWriter()
        build(&inner)
        bytes(number, inner.bytes)
    }

    /// A map entry {1: key, 2: value} with string key and value.
    mutating func entry(_ number: Int, _ key: String, _ value: String) {
        message(number) {
            $0.string(1, key)
            $0.string(2, value)
        }
    }

    /// `k8s\0` + runtime.Unknown{typeMeta, raw}.
    static func envelope(_ apiVersion: String, _ kind: String, extra: (inout WireWriter) -> Void = { _ in },
                         _ build: (inout WireWriter) -> Void) -> [UInt8] {
        var body = WireWriter()
        build(&body)
        var unknown = WireWriter()
        unknown.message(1) {
            $0.string(1, apiVersion)
            $0.string(2, kind)
        }
        unknown.bytes(2, body.bytes)
        extra(&unknown)
        return [0x6b, 0x38, 0x73, 0x00] + unknown.bytes
    }
}

/// ObjectMeta as client-go writes it: every non-pointer field present, the zero creationTimestamp empty.
private func writeMeta(_ w: inout WireWriter, name: String, namespace: String = "", labels: [(String, String)] = []) {
    w.message(1) { m in
        m.string(1, name)
        m.string(2, "")
        m.string(3, namespace)
        m.string(4, "")
        m.string(5, "")
        m.string(6, "")
        m.int(7, 0)
        m.bytes(8, [])
        for (k, v) in labels { m.entry(11, k, v) }
    }
}

private func parse(_ text: String) throws -> JSON { try JSON.parse(text) }

private func bytes(hex: String) -> [UInt8] {
    let digits = hex.unicodeScalars.filter { !$0.properties.isWhitespace }.map { Character($0) }
    var out: [UInt8] = []
    var i = 0
    while i + 1 < digits.count {
        if let byte = UInt8(String(digits[i...i + 1]), radix: 16) { out.append(byte) }
        i += 2
    }
    return out
}

/// Drops the members that are null in `json` but would be lists, as kubectl's JSON has for nil Go slices.
private func withoutNullLists(_ json: JSON) -> JSON {
    switch json {
    case .object(let members):
        var out: [String: JSON] = [:]
        for (key, value) in members {
            if value == .null && key != "creationTimestamp" && !key.hasSuffix("Timestamp") { continue }
            out[key] = withoutNullLists(value)
        }
        return .object(out)
    case .array(let items): return .array(items.map(withoutNullLists))
    default: return json
    }
}

private struct KubectlCapture: Sendable, CustomTestStringConvertible {
    var name: String
    var hex: String
    var json: String
    var testDescription: String { name }
}

@Suite struct KubernetesProtobufTests {
    // MARK: The generated table

    @Test func tableParsesAndCoversTheBuiltInKinds() throws {
        let table = try ProtobufMessageTable.builtIn.get()
        #expect(table.messages.count == ProtobufFields.messageCount)
        #expect(table.messages.values.reduce(0) { $0 + $1.fields.count } == ProtobufFields.fieldCount)
        // Every message a field refers to is described (or has a wire shape of its own).
        let special: Set<String> = [
            "io.k8s.apimachinery.pkg.apis.meta.v1.Time", "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
            "io.k8s.apimachinery.pkg.apis.meta.v1.Duration", "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
            "io.k8s.apimachinery.pkg.util.intstr.IntOrString", "io.k8s.apimachinery.pkg.api.resource.Quantity",
            "io.k8s.apimachinery.pkg.runtime.RawExtension",
        ]
        func check(_ type: ProtobufMessageTable.FieldType, in message: String) {
            switch type {
            case .scalar: break
            case .message(let name):
                #expect(table[name] != nil || special.contains(name), "\(message) refers to \(name)")
            case .map(let key, let value):
                check(key, in: message)
                check(value, in: message)
            }
        }
        for message in table.messages.values {
            for field in message.fields.values { check(field.type, in: message.name) }
        }
        // Every built-in kind of k8s.io/api (and meta/v1) can be read.
        let registry = SchemaRegistry.builtIn
        var missing: [String] = []
        for (name, schema) in registry.definitions where !schema.groupVersionKinds.isEmpty {
            guard name.hasPrefix("io.k8s.api.") else { continue }
            if table[name] == nil { missing.append(name) }
        }
        #expect(missing.isEmpty, "kinds without protobuf fields: \(missing.sorted())")
        let configMap = try #require(table["io.k8s.api.core.v1.ConfigMap"])
        #expect(configMap.fields[2]?.jsonName == "data")
        #expect(configMap.fields[2]?.type == .map(key: .scalar(.string), value: .scalar(.string)))
        #expect(table["io.k8s.api.core.v1.Secret"]?.fields[2]?.type == .map(key: .scalar(.string), value: .scalar(.bytes)))
        #expect(table["io.k8s.api.core.v1.Volume"]?.fields[2]?.isInline == true)
        #expect(table["io.k8s.api.authentication.v1.ExtraValue"]?.isList == true)
    }

    @Test func tableNamesMatchTheSchemaProperties() throws {
        let table = try ProtobufMessageTable.builtIn.get()
        let registry = SchemaRegistry.builtIn
        func names(_ message: ProtobufMessageTable.Message) -> Set<String> {
            var out: Set<String> = []
            for field in message.fields.values {
                if field.isInline, case .message(let inner) = field.type, let part = table[inner] {
                    out.formUnion(names(part))
                } else {
                    out.insert(field.jsonName)
                }
            }
            return out
        }
        for message in table.messages.values where !message.isList {
            guard let schema = registry.schema(named: message.name) else { continue }
            let extra = names(message).subtracting(schema.properties.keys)
            #expect(extra.isEmpty, "\(message.name): \(extra.sorted())")
        }
    }

    // MARK: Hand-built messages

    @Test func configMap() throws {
        let body = WireWriter.envelope("v1", "ConfigMap") { w in
            writeMeta(&w, name: "settings", namespace: "team-a", labels: [("app", "web"), ("tier", "front")])
            w.entry(2, "color", "blue")
            w.entry(2, "empty", "")
            w.message(3) {
                $0.string(1, "blob")
                $0.bytes(2, [0, 1, 2, 250])
            }
            w.bool(4, false)
        }
        let json = try KubernetesProtobuf.decode(body)
        let expected = try parse(
            #"""
            {"apiVersion": "v1", "kind": "ConfigMap",
             "metadata": {"name": "settings", "namespace": "team-a", "creationTimestamp": null,
                          "labels": {"app": "web", "tier": "front"}},
             "data": {"color": "blue", "empty": ""}, "binaryData": {"blob": "AAEC+g=="}, "immutable": false}
            """#)
        #expect(json == expected)
    }

    @Test func secretBytesBecomeBase64() throws {
        let body = WireWriter.envelope("v1", "Secret") { w in
            writeMeta(&w, name: "creds")
            w.message(2) {
                $0.string(1, "password")
                $0.bytes(2, Array("hunter2".utf8))
            }
            w.message(2) {
                $0.string(1, "binary")
                $0.bytes(2, [0xff, 0x00, 0x80])
            }
            w.message(2) { $0.string(1, "none") }  // value left out: empty bytes
            w.string(3, "Opaque")
            w.entry(4, "plain", "text")
        }
        let json = try KubernetesProtobuf.decode(body)
        #expect(json["data"] == ["password": "aHVudGVyMg==", "binary": "/wCA", "none": ""])
        #expect(json["type"] == "Opaque")
        #expect(json["stringData"] == ["plain": "text"])
        #expect(json["immutable"] == .null)
        #expect(json["metadata"] == ["name": "creds", "creationTimestamp": nil])
    }

    @Test func deployment() throws {
        let body = WireWriter.envelope("apps/v1", "Deployment") { w in
            writeMeta(&w, name: "web", namespace: "default", labels: [("app", "web")])
            w.message(2) { spec in
                spec.int(1, 3)  // replicas
                spec.message(2) { $0.entry(1, "app", "web") }  // selector.matchLabels
                spec.message(3) { template in
                    writeMeta(&template, name: "", labels: [("app", "web")])
                    template.message(2) { pod in
                        pod.message(2) { c in  // containers
                            c.string(1, "nginx")
                            c.string(2, "nginx:1.27")
                            c.string(3, "nginx")  // command
                            c.string(3, "-g")
                            c.message(6) { port in
                                port.string(1, "http")
                                port.int(2, 0)  // hostPort 0: not set
                                port.int(3, 80)
                                port.string(4, "TCP")
                                port.string(5, "")
                            }
                            c.message(8) { resources in
                                resources.message(1) {  // limits
                                    $0.string(1, "cpu")
                                    $0.message(2) { $0.string(1, "500m") }
                                }
                                resources.message(1) {
                                    $0.string(1, "memory")
                                    $0.message(2) { $0.string(1, "128Mi") }
                                }
                                resources.message(2) {  // requests with an empty quantity
                                    $0.string(1, "cpu")
                                    $0.message(2) { _ in }
                                }
                            }
                            c.string(14, "IfNotPresent")
                            c.bool(16, false)  // stdin: not set
                        }
                        pod.string(3, "Always")
                    }
                }
                spec.message(4) { strategy in
                    strategy.string(1, "RollingUpdate")
                    strategy.message(2) { rolling in
                        rolling.message(1) {  // maxUnavailable: 1
                            $0.int(1, 0)
                            $0.int(2, 1)
                            $0.string(3, "")
                        }
                        rolling.message(2) {  // maxSurge: "25%"
                            $0.int(1, 1)
                            $0.int(2, 0)
                            $0.string(3, "25%")
                        }
                    }
                }
                spec.int(5, 0)  // minReadySeconds 0: not set
                spec.int(6, 0)  // revisionHistoryLimit 0: a pointer, kept
                spec.bool(7, false)  // paused false: not set
            }
            w.message(3) { _ in }
        }
        let json = try KubernetesProtobuf.decode(body)
        let expected = try parse(
            #"""
            {"apiVersion": "apps/v1", "kind": "Deployment",
             "metadata": {"name": "web", "namespace": "default", "labels": {"app": "web"}, "creationTimestamp": null},
             "spec": {
               "replicas": 3, "revisionHistoryLimit": 0,
               "selector": {"matchLabels": {"app": "web"}},
               "template": {
                 "metadata": {"labels": {"app": "web"}, "creationTimestamp": null},
                 "spec": {"restartPolicy": "Always", "containers": [{
                   "name": "nginx", "image": "nginx:1.27", "command": ["nginx", "-g"],
                   "ports": [{"name": "http", "containerPort": 80, "protocol": "TCP"}],
                   "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}, "requests": {"cpu": "0"}},
                   "imagePullPolicy": "IfNotPresent"}]}},
               "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": "25%"}}},
             "status": {}}
            """#)
        #expect(json == expected)
    }

    @Test func timesAndMicroTimes() throws {
        let body = WireWriter.envelope("v1", "Event") { w in
            w.message(1) { m in
                m.string(1, "e1")
                m.message(8) {  // creationTimestamp 2024-02-29T23:59:58Z
                    $0.int(1, 1_709_251_198)
                    $0.int(2, 0)
                }
                m.message(9) {  // deletionTimestamp with nanoseconds: truncated to seconds
                    $0.int(1, 0)
                    $0.int(2, 999_999_999)
                }
                m.int(10, 30)  // deletionGracePeriodSeconds
            }
            w.message(6) { $0.int(1, -1) }  // firstTimestamp 1969-12-31T23:59:59Z
            w.message(7) { _ in }  // lastTimestamp: zero time
            w.message(10) {  // eventTime (MicroTime) with microseconds
                $0.int(1, 1_700_000_000)
                $0.int(2, 123_456_789)
            }
            w.int(8, -5)  // count: a negative int32 as a 10-byte varint
        }
        let json = try KubernetesProtobuf.decode(body)
        #expect(json["metadata"]["creationTimestamp"] == "2024-02-29T23:59:58Z")
        #expect(json["metadata"]["deletionTimestamp"] == "1970-01-01T00:00:00Z")
        #expect(json["metadata"]["deletionGracePeriodSeconds"] == 30)
        #expect(json["firstTimestamp"] == "1969-12-31T23:59:59Z")
        #expect(json.objectValue?["lastTimestamp"] == .null)
        #expect(json.objectValue?.keys.contains("lastTimestamp") == true)
        #expect(json["eventTime"] == "2023-11-14T22:13:20.123456Z")
        #expect(json["count"] == -5)
    }

    @Test func timeFormatting() {
        #expect(ProtobufTextFormat.rfc3339(seconds: 0, nanos: 0, fractionDigits: 0) == "1970-01-01T00:00:00Z")
        #expect(ProtobufTextFormat.rfc3339(seconds: 951_782_400, nanos: 0, fractionDigits: 0) == "2000-02-29T00:00:00Z")
        #expect(ProtobufTextFormat.rfc3339(seconds: 253_402_300_799, nanos: 0, fractionDigits: 0) == "9999-12-31T23:59:59Z")
        #expect(ProtobufTextFormat.rfc3339(seconds: -62_135_596_800, nanos: 0, fractionDigits: 0) == "0001-01-01T00:00:00Z")
        #expect(ProtobufTextFormat.rfc3339(seconds: 1, nanos: -1, fractionDigits: 6) == "1970-01-01T00:00:00.999999Z")
        #expect(ProtobufTextFormat.rfc3339(seconds: 10, nanos: 1_500_000, fractionDigits: 6) == "1970-01-01T00:00:10.001500Z")
        #expect(ProtobufTextFormat.rfc3339(seconds: 253_402_300_800, nanos: 0, fractionDigits: 0) == nil)
        #expect(ProtobufTextFormat.rfc3339(seconds: .max, nanos: 2_000_000_000, fractionDigits: 0) == nil)
        #expect(ProtobufTextFormat.rfc3339(seconds: .min, nanos: -1, fractionDigits: 0) == nil)
    }

    @Test func durationFormatting() {
        let cases: [(Int64, String)] = [
            (0, "0s"), (1, "1ns"), (999, "999ns"), (1_500, "1.5\u{00B5}s"), (2_000_000, "2ms"), (1_250_000, "1.25ms"),
            (1_000_000_000, "1s"), (1_500_000_000, "1.5s"), (60_000_000_000, "1m0s"), (90_000_000_000, "1m30s"),
            (3_600_000_000_000, "1h0m0s"), (3_723_000_000_001, "1h2m3.000000001s"), (-1_500_000_000, "-1.5s"),
            (.min, "-2562047h47m16.854775808s"), (.max, "2562047h47m16.854775807s"),
        ]
        for (nanoseconds, text) in cases {
            #expect(ProtobufTextFormat.duration(nanoseconds: nanoseconds) == text)
        }
    }

    @Test func base64() {
        #expect(ProtobufTextFormat.base64([UInt8]()) == "")
        #expect(ProtobufTextFormat.base64(Array("f".utf8)) == "Zg==")
        #expect(ProtobufTextFormat.base64(Array("fo".utf8)) == "Zm8=")
        #expect(ProtobufTextFormat.base64(Array("foo".utf8)) == "Zm9v")
        #expect(ProtobufTextFormat.base64(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(ProtobufTextFormat.base64([0xfb, 0xff]) == "+/8=")
    }

    @Test func serviceWithIntOrStringPorts() throws {
        let body = WireWriter.envelope("v1", "Service") { w in
            writeMeta(&w, name: "svc", namespace: "default")
            w.message(2) { spec in
                spec.message(1) { port in
                    port.string(1, "http")
                    port.string(2, "TCP")
                    port.int(3, 80)
                    port.message(4) {
                        $0.int(1, 1)
                        $0.string(3, "web")
                    }
                    port.int(5, 0)
                }
                spec.message(1) { port in
                    port.string(1, "")
                    port.int(3, 443)
                    port.message(4) { $0.int(2, 8443) }  // type left out: int
                }
                spec.entry(2, "app", "web")
                spec.string(3, "")
                spec.string(4, "ClusterIP")
                spec.string(18, "10.0.0.1")  // clusterIPs
            }
        }
        let json = try KubernetesProtobuf.decode(body)
        #expect(json["spec"] == (try parse(
            #"""
            {"ports": [{"name": "http", "protocol": "TCP", "port": 80, "targetPort": "web"},
                       {"port": 443, "targetPort": 8443}],
             "selector": {"app": "web"}, "type": "ClusterIP", "clusterIPs": ["10.0.0.1"]}
            """#)))
    }

    @Test func inlineMessagesMergeIntoTheParent() throws {
        let body = WireWriter.envelope("v1", "Pod") { w in
            writeMeta(&w, name: "p")
            w.message(2) { pod in
                pod.message(1) { volume in  // volumes
                    volume.string(1, "cache")
                    volume.message(2) { $0.message(2) { _ in } }  // VolumeSource.emptyDir {}
                }
                pod.message(1) { volume in
                    volume.string(1, "config")
                    volume.message(2) { source in
                        source.message(19) {  // configMap
                            $0.message(1) { $0.string(1, "settings") }  // LocalObjectReference inline
                            $0.int(3, 420)  // defaultMode
                        }
                    }
                }
                pod.message(2) { c in
                    c.string(1, "app")
                    c.message(10) { probe in  // livenessProbe
                        probe.message(1) { handler in  // ProbeHandler inline
                            handler.message(2) {  // httpGet
                                $0.string(1, "/healthz")
                                $0.message(2) {
                                    $0.int(1, 0)
                                    $0.int(2, 8080)
                                }
                            }
                        }
                        probe.int(2, 5)
                        probe.int(3, 0)
                    }
                }
                pod.message(14) { security in  // securityContext
                    security.int(4, 1000)  // supplementalGroups, unpacked
                    security.bytes(4, [0xe9, 0x07, 0xea, 0x07])  // packed 1001, 1002
                    security.bool(3, false)  // runAsNonRoot: a pointer, kept
                }
            }
        }
        let json = try KubernetesProtobuf.decode(body)
        #expect(json["spec"]["volumes"] == (try parse(
            #"""
            [{"name": "cache", "emptyDir": {}},
             {"name": "config", "configMap": {"name": "settings", "defaultMode": 420}}]
            """#)))
        #expect(json["spec"]["containers"][0]["livenessProbe"] == (try parse(
            #"{"httpGet": {"path": "/healthz", "port": 8080}, "initialDelaySeconds": 5}"#)))
        #expect(json["spec"]["securityContext"] == ["supplementalGroups": [1000, 1001, 1002], "runAsNonRoot": false])
    }

    @Test func embeddedJSONListsAndRepeatedOccurrences() throws {
        let revision = WireWriter.envelope("apps/v1", "ControllerRevision") { w in
            w.message(1) { m in
                m.string(1, "rev")
                m.message(17) { entry in  // managedFields
                    entry.string(1, "kubectl")
                    entry.string(2, "Update")
                    entry.message(7) { $0.string(1, #"{"f:data":{}}"#) }
                }
            }
            w.message(2) { $0.string(1, #"{"spec": {"template": {"x": [1, 2.5, true]}}}"#) }
            w.int(3, 7)
        }
        let json = try KubernetesProtobuf.decode(revision)
        #expect(json["data"] == (try parse(#"{"spec": {"template": {"x": [1, 2.5, true]}}}"#)))
        #expect(json["revision"] == 7)
        #expect(json["metadata"]["managedFields"][0]["fieldsV1"] == ["f:data": [:]])

        // map<string, ExtraValue>: the named list becomes a JSON array.
        let review = WireWriter.envelope("authorization.k8s.io/v1", "SubjectAccessReview") { w in
            w.message(2) { spec in
                spec.message(2) { $0.string(1, "/healthz"); $0.string(2, "get") }
                spec.string(3, "alice")
                spec.message(5) {
                    $0.string(1, "scopes")
                    $0.message(2) { $0.string(1, "a"); $0.string(1, "b") }
                }
            }
        }
        let reviewJSON = try KubernetesProtobuf.decode(review)
        #expect(reviewJSON["spec"] == (try parse(
            #"{"nonResourceAttributes": {"path": "/healthz", "verb": "get"}, "user": "alice", "extra": {"scopes": ["a", "b"]}}"#)))

        // A singular message seen twice is merged, as protobuf merges; unknown fields of every wire type are skipped.
        let merged = WireWriter.envelope("v1", "Namespace") { w in
            w.message(1) { $0.string(1, "first"); $0.entry(11, "a", "1") }
            w.fixed32(99, 7)
            w.fixed64(98, 7)
            w.tag(97, 3)  // a group with a field inside
            w.int(1, 5)
            w.tag(97, 4)
            w.int(96, 1)
            w.message(1) { $0.string(1, "second"); $0.entry(11, "b", "2") }
        }
        let ns = try KubernetesProtobuf.decode(merged)
        #expect(ns["metadata"] == ["name": "second", "labels": ["a": "1", "b": "2"]])
    }

    @Test func nestedProtobufInsideRawExtension() throws {
        let inner = WireWriter.envelope("v1", "ConfigMap") { w in
            writeMeta(&w, name: "inner")
            w.entry(2, "k", "v")
        }
        let revision = WireWriter.envelope("apps/v1", "ControllerRevision") { w in
            writeMeta(&w, name: "outer")
            w.message(2) { $0.bytes(1, inner) }
        }
        let json = try KubernetesProtobuf.decode(revision)
        #expect(json["data"] == (try parse(
            #"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "inner", "creationTimestamp": null}, "data": {"k": "v"}}"#)))
    }

    @Test func jsonInsideTheEnvelope() throws {
        let body = WireWriter.envelope("v1", "ConfigMap", extra: { $0.string(4, "application/json") }) { w in
            w.bytes.append(contentsOf: Array(#"{"metadata": {"name": "j"}, "data": {"a": "b"}}"#.utf8))
        }
        let json = try KubernetesProtobuf.decode(body)
        #expect(json == ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "j"], "data": ["a": "b"]])
    }

    // MARK: Malformed input

    @Test func malformedInputThrows() throws {
        let good = WireWriter.envelope("v1", "ConfigMap") { w in
            writeMeta(&w, name: "x", labels: [("a", "b")])
            w.entry(2, "k", "v")
        }
        #expect(throws: ProtobufDecodingError.self) { try KubernetesProtobuf.decode([]) }
        #expect(throws: ProtobufDecodingError.self) { try KubernetesProtobuf.decode(Array(#"{"kind":"ConfigMap"}"#.utf8)) }
        #expect(throws: ProtobufDecodingError.self) { try KubernetesProtobuf.decode([0x6b, 0x38, 0x73, 0x00]) }
        // Unknown kind, a content encoding, a kind without a protobuf description.
        #expect(throws: ProtobufDecodingError.self) {
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "NoSuchKind") { _ in })
        }
        #expect(throws: ProtobufDecodingError.self) {
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "ConfigMap", extra: { $0.string(3, "gzip") }) { _ in })
        }
        #expect(throws: ProtobufDecodingError.self) {
            try KubernetesProtobuf.decode(WireWriter.envelope("apiextensions.k8s.io/v1", "CustomResourceDefinition") { _ in })
        }
        // A known field with the wrong wire type; field number zero; an overlong varint; a length past the end.
        #expect(throws: ProtobufDecodingError.self) {
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "ConfigMap") { $0.int(1, 5) })
        }
        #expect(throws: ProtobufDecodingError.self) {
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "ConfigMap") { $0.bytes = [0x00, 0x01] })
        }
        #expect(throws: ProtobufDecodingError.self) {
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "ConfigMap") {
                $0.bytes = [0x20] + Array(repeating: 0xff, count: 10) + [0x01]
            })
        }
        #expect(throws: ProtobufDecodingError.self) {
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "ConfigMap") { $0.bytes = [0x12, 0x7f, 0x0a] })
        }
        #expect(throws: ProtobufDecodingError.self) {  // an unterminated group
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "ConfigMap") { $0.bytes = [0xfb, 0x01, 0x08, 0x01] })
        }
        #expect(throws: ProtobufDecodingError.self) {  // IntOrString with an unknown type
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "Service") { w in
                w.message(2) { $0.message(1) { $0.message(4) { $0.int(1, 7) } } }
            })
        }
        #expect(throws: ProtobufDecodingError.self) {  // a time beyond year 9999
            try KubernetesProtobuf.decode(WireWriter.envelope("v1", "ConfigMap") { w in
                w.message(1) { $0.message(8) { $0.int(1, 300_000_000_000) } }
            })
        }
        #expect(throws: ProtobufDecodingError.self) {  // a RawExtension that holds neither JSON nor protobuf
            try KubernetesProtobuf.decode(WireWriter.envelope("apps/v1", "ControllerRevision") { w in
                w.message(2) { $0.bytes(1, [0x01, 0x02]) }
            })
        }
        // Every truncation of a valid body throws or decodes; none traps.
        for length in 0..<good.count {
            _ = try? KubernetesProtobuf.decode(Array(good.prefix(length)))
        }
        #expect(throws: ProtobufDecodingError.self) { try KubernetesProtobuf.decode(Array(good.dropLast())) }
    }

    @Test func corruptedBytesNeverTrap() throws {
        let good = WireWriter.envelope("apps/v1", "Deployment") { w in
            writeMeta(&w, name: "web", labels: [("app", "web")])
            w.message(2) { spec in
                spec.int(1, 2)
                spec.message(3) { t in
                    t.message(2) { $0.message(2) { $0.string(1, "c"); $0.message(6) { $0.int(3, 80) } } }
                }
                spec.message(4) { $0.message(2) { $0.message(2) { $0.int(1, 1); $0.string(3, "25%") } } }
            }
        }
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        func random() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        for _ in 0..<3000 {
            var bytes = good
            for _ in 0...(random() % 4) {
                let index = 4 + Int(random() % UInt64(bytes.count - 4))
                bytes[index] = UInt8(truncatingIfNeeded: random())
            }
            _ = try? KubernetesProtobuf.decode(bytes)
        }
    }

    @Test func deepNestingIsRejected() throws {
        func nested(_ levels: Int) -> [UInt8] {
            var body = WireWriter.envelope("v1", "ConfigMap") { writeMeta(&$0, name: "leaf") }
            for _ in 0..<levels {
                let inner = body
                body = WireWriter.envelope("apps/v1", "ControllerRevision") { w in w.message(2) { $0.bytes(1, inner) } }
            }
            return body
        }
        let shallow = try KubernetesProtobuf.decode(nested(5))
        #expect(shallow[path: ["data", "data", "data", "data", "data", "metadata", "name"]] == "leaf")
        #expect(throws: ProtobufDecodingError.self) { try KubernetesProtobuf.decode(nested(200)) }
    }

    // MARK: Bodies sent by kubectl 1.32

    /// Request bodies captured from `/usr/bin/kubectl` (v1.32.4) with a plain-HTTP server on 127.0.0.1; the JSON is
    /// what `--dry-run=client -o json` prints for the same command (for `create token`, the request it sends).
    @Test(arguments: kubectlCaptures)
    fileprivate func kubectlBodies(_ capture: KubectlCapture) throws {
        let json = try KubernetesProtobuf.decode(bytes(hex: capture.hex))
        // Go writes a nil list without omitempty as null (`"rules": null`); protobuf carries nothing for it.
        let expected = withoutNullLists(try parse(capture.json))
        #expect(json == expected)
    }
}

private let kubectlCaptures: [KubectlCapture] = [
        KubectlCapture(
            name: "configmap",  // kubectl create configmap x --from-literal=a=b
            hex: """
                6b3873000a0f0a0276311209436f6e6669674d6170121b0a110a017812001a0022002a0032003800420012060a016112
                01621a002200
                """,
            json: #"{"apiVersion":"v1","data":{"a":"b"},"kind":"ConfigMap","metadata":{"creationTimestamp":null,"name":"x"}}"#),
        KubectlCapture(
            name: "deployment",  // kubectl create deployment web --image=busybox:1.36 --replicas=2 --port=80
            hex: """
                6b3873000a150a07617070732f7631120a4465706c6f796d656e7412c1010a1f0a0377656212001a0022002a00320038
                0042005a0a0a036170701203776562128f010802120c0a0a0a0361707012037765621a750a1c0a0012001a0022002a00
                3200380042005a0a0a036170701203776562125512370a0762757379626f78120c62757379626f783a312e33362a0032
                0a0a001000185022002a0042006a007200800100880100900100a201001a00320042004a005200580060006800820100
                8a01009a0100c2010022020a00280038001a0c0800100018002000280038001a002200
                """,
            json: #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"creationTimestamp":null,"labels":{"app":"web"},"name":"web"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"strategy":{},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"image":"busybox:1.36","name":"busybox","ports":[{"containerPort":80}],"resources":{}}]}}},"status":{}}"#),
        KubectlCapture(
            name: "secret",  // kubectl create secret generic s1 --from-literal=user=admin --from-literal=pw=$'s3cr\x01t\xff'
            hex: """
                6b3873000a0c0a027631120653656372657412340a120a02733112001a0022002a00320038004200120d0a0270771207
                733363720174ff120d0a0475736572120561646d696e1a001a002200
                """,
            json: #"{"apiVersion":"v1","data":{"pw":"czNjcgF0/w==","user":"YWRtaW4="},"kind":"Secret","metadata":{"creationTimestamp":null,"name":"s1"}}"#),
        KubectlCapture(
            name: "namespace",  // kubectl create namespace ns1
            hex: """
                6b3873000a0f0a02763112094e616d657370616365121b0a130a036e733112001a0022002a0032003800420012001a02
                0a001a002200
                """,
            json: #"{"apiVersion":"v1","kind":"Namespace","metadata":{"creationTimestamp":null,"name":"ns1"},"spec":{},"status":{}}"#),
        KubectlCapture(
            name: "service",  // kubectl create service clusterip svc1 --tcp=80:8080 --tcp=443:https
            hex: """
                6b3873000a0d0a0276311207536572766963651290010a210a047376633112001a0022002a003200380042005a0b0a03
                61707012047376633112670a1b0a0738302d38303830120354435018502207080010903f1a0028000a220a093434332d
                6874747073120354435018bb03220b080110001a0568747470732800120b0a036170701204737663311a002209436c75
                7374657249503a00420052005a00600068001a020a001a002200
                """,
            json: #"{"apiVersion":"v1","kind":"Service","metadata":{"creationTimestamp":null,"labels":{"app":"svc1"},"name":"svc1"},"spec":{"ports":[{"name":"80-8080","port":80,"protocol":"TCP","targetPort":8080},{"name":"443-https","port":443,"protocol":"TCP","targetPort":"https"}],"selector":{"app":"svc1"},"type":"ClusterIP"},"status":{"loadBalancer":{}}}"#),
        KubectlCapture(
            name: "nodeport",  // kubectl create service nodeport np1 --tcp=5678:8080 --node-port=30080
            hex: """
                6b3873000a0d0a027631120753657276696365126d0a1f0a036e703112001a0022002a003200380042005a0a0a036170
                7012036e703112460a200a09353637382d38303830120354435018ae2c2207080010903f1a002880eb01120a0a036170
                7012036e70311a0022084e6f6465506f72743a00420052005a00600068001a020a001a002200
                """,
            json: #"{"apiVersion":"v1","kind":"Service","metadata":{"creationTimestamp":null,"labels":{"app":"np1"},"name":"np1"},"spec":{"ports":[{"name":"5678-8080","nodePort":30080,"port":5678,"protocol":"TCP","targetPort":8080}],"selector":{"app":"np1"},"type":"NodePort"},"status":{"loadBalancer":{}}}"#),
        KubectlCapture(
            name: "job",  // kubectl create job j1 --image=busybox:1.36 -- echo hi
            hex: """
                6b3873000a0f0a0862617463682f763112034a6f621289010a120a026a3112001a0022002a0032003800420012693267
                0a100a0012001a0022002a00320038004200125312300a026a31120c62757379626f783a312e33361a046563686f1a02
                68692a0042006a007200800100880100900100a201001a054e65766572320042004a0052005800600068008201008a01
                009a0100c201001a082000280030003a001a002200
                """,
            json: #"{"apiVersion":"batch/v1","kind":"Job","metadata":{"creationTimestamp":null,"name":"j1"},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"command":["echo","hi"],"image":"busybox:1.36","name":"j1","resources":{}}],"restartPolicy":"Never"}}},"status":{}}"#),
        KubectlCapture(
            name: "cronjob",  // kubectl create cronjob cj1 --image=busybox:1.36 --schedule='*/5 * * * *' -- date
            hex: """
                6b3873000a130a0862617463682f7631120743726f6e4a6f6212ad010a130a03636a3112001a0022002a003200380042
                001293010a0b2a2f35202a202a202a202a1a002a81010a130a03636a3112001a0022002a00320038004200126a32680a
                100a0012001a0022002a003200380042001254122d0a03636a31120c62757379626f783a312e33361a04646174652a00
                42006a007200800100880100900100a201001a094f6e4661696c757265320042004a0052005800600068008201008a01
                009a0100c201001a001a002200
                """,
            json: #"{"apiVersion":"batch/v1","kind":"CronJob","metadata":{"creationTimestamp":null,"name":"cj1"},"spec":{"jobTemplate":{"metadata":{"creationTimestamp":null,"name":"cj1"},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"command":["date"],"image":"busybox:1.36","name":"cj1","resources":{}}],"restartPolicy":"OnFailure"}}}},"schedule":"*/5 * * * *"},"status":{}}"#),
        KubectlCapture(
            name: "serviceaccount",  // kubectl create serviceaccount sa1
            hex: """
                6b3873000a140a027631120e536572766963654163636f756e7412150a130a0373613112001a0022002a003200380042
                001a002200
                """,
            json: #"{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"creationTimestamp":null,"name":"sa1"}}"#),
        KubectlCapture(
            name: "role",  // kubectl create role r1 --verb=get,list --resource=pods,deployments.apps --resource-name=a
            hex: """
                6b3873000a240a1c726261632e617574686f72697a6174696f6e2e6b38732e696f2f76311204526f6c65124f0a120a02
                723112001a0022002a0032003800420012160a036765740a046c69737412001a04706f647322016112210a036765740a
                046c6973741204617070731a0b6465706c6f796d656e74732201611a002200
                """,
            json: #"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"creationTimestamp":null,"name":"r1"},"rules":[{"apiGroups":[""],"resourceNames":["a"],"resources":["pods"],"verbs":["get","list"]},{"apiGroups":["apps"],"resourceNames":["a"],"resources":["deployments"],"verbs":["get","list"]}]}"#),
        KubectlCapture(
            name: "rolebinding",  // kubectl create rolebinding rb1 --role=r1 --user=alice --group=devs --serviceaccount=default:sa1
            hex: """
                6b3873000a2b0a1c726261632e617574686f72697a6174696f6e2e6b38732e696f2f7631120b526f6c6542696e64696e
                6712b6010a130a0372623112001a0022002a00320038004200122a0a04557365721219726261632e617574686f72697a
                6174696f6e2e6b38732e696f1a05616c6963652200122a0a0547726f75701219726261632e617574686f72697a617469
                6f6e2e6b38732e696f1a0464657673220012200a0e536572766963654163636f756e7412001a03736131220764656661
                756c741a250a19726261632e617574686f72697a6174696f6e2e6b38732e696f1204526f6c651a0272311a002200
                """,
            json: #"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"creationTimestamp":null,"name":"rb1"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"r1"},"subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"alice"},{"apiGroup":"rbac.authorization.k8s.io","kind":"Group","name":"devs"},{"kind":"ServiceAccount","name":"sa1","namespace":"default"}]}"#),
        KubectlCapture(
            name: "clusterrole",  // kubectl create clusterrole cr1 --verb=get --non-resource-url=/healthz
            hex: """
                6b3873000a2b0a1c726261632e617574686f72697a6174696f6e2e6b38732e696f2f7631120b436c7573746572526f6c
                6512260a130a0363723112001a0022002a00320038004200120f0a036765742a082f6865616c74687a1a002200
                """,
            json: #"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"creationTimestamp":null,"name":"cr1"},"rules":[{"nonResourceURLs":["/healthz"],"verbs":["get"]}]}"#),
        KubectlCapture(
            name: "clusterroleagg",  // kubectl create clusterrole cr2 --aggregation-rule=a=b
            hex: """
                6b3873000a2b0a1c726261632e617574686f72697a6174696f6e2e6b38732e696f2f7631120b436c7573746572526f6c
                6512210a130a0363723212001a0022002a003200380042001a0a0a080a060a01611201621a002200
                """,
            json: #"{"aggregationRule":{"clusterRoleSelectors":[{"matchLabels":{"a":"b"}}]},"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"creationTimestamp":null,"name":"cr2"},"rules":null}"#),
        KubectlCapture(
            name: "clusterrolebinding",  // kubectl create clusterrolebinding crb1 --clusterrole=cr1 --user=bob
            hex: """
                6b3873000a320a1c726261632e617574686f72697a6174696f6e2e6b38732e696f2f76311212436c7573746572526f6c
                6542696e64696e67126f0a140a046372623112001a0022002a0032003800420012280a04557365721219726261632e61
                7574686f72697a6174696f6e2e6b38732e696f1a03626f6222001a2d0a19726261632e617574686f72697a6174696f6e
                2e6b38732e696f120b436c7573746572526f6c651a036372311a002200
                """,
            json: #"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRoleBinding","metadata":{"creationTimestamp":null,"name":"crb1"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cr1"},"subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"bob"}]}"#),
        KubectlCapture(
            name: "quota",  // kubectl create quota q1 --hard=cpu=1,memory=1Gi,pods=10 --scopes=BestEffort
            hex: """
                6b3873000a130a027631120d5265736f7572636551756f7461124f0a120a02713112001a0022002a0032003800420012
                370a0a0a0363707512030a01310a0f0a066d656d6f727912050a033147690a0c0a04706f647312040a023130120a4265
                73744566666f72741a001a002200
                """,
            json: #"{"apiVersion":"v1","kind":"ResourceQuota","metadata":{"creationTimestamp":null,"name":"q1"},"spec":{"hard":{"cpu":"1","memory":"1Gi","pods":"10"},"scopes":["BestEffort"]},"status":{}}"#),
        KubectlCapture(
            name: "priorityclass",  // kubectl create priorityclass pc1 --value=1000 --description=high --preemption-policy=Never
            hex: """
                6b3873000a250a147363686564756c696e672e6b38732e696f2f7631120d5072696f72697479436c61737312270a130a
                0370633112001a0022002a0032003800420010e80718002204686967682a054e657665721a002200
                """,
            json: #"{"apiVersion":"scheduling.k8s.io/v1","description":"high","kind":"PriorityClass","metadata":{"creationTimestamp":null,"name":"pc1"},"preemptionPolicy":"Never","value":1000}"#),
        KubectlCapture(
            name: "pdb",  // kubectl create poddisruptionbudget pdb1 --selector=app=web --min-available=50%
            hex: """
                6b3873000a200a09706f6c6963792f76311213506f6444697372757074696f6e427564676574123d0a140a0470646231
                12001a0022002a0032003800420012190a09080110001a03353025120c0a0a0a0361707012037765621a0a0800180020
                00280030001a002200
                """,
            json: #"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"creationTimestamp":null,"name":"pdb1"},"spec":{"minAvailable":"50%","selector":{"matchLabels":{"app":"web"}}},"status":{"currentHealthy":0,"desiredHealthy":0,"disruptionsAllowed":0,"expectedPods":0}}"#),
        KubectlCapture(
            name: "pdbint",  // kubectl create poddisruptionbudget pdb2 --selector=app=web --max-unavailable=1
            hex: """
                6b3873000a200a09706f6c6963792f76311213506f6444697372757074696f6e427564676574123a0a140a0470646232
                12001a0022002a003200380042001216120c0a0a0a0361707012037765621a06080010011a001a0a0800180020002800
                30001a002200
                """,
            json: #"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"creationTimestamp":null,"name":"pdb2"},"spec":{"maxUnavailable":1,"selector":{"matchLabels":{"app":"web"}}},"status":{"currentHealthy":0,"desiredHealthy":0,"disruptionsAllowed":0,"expectedPods":0}}"#),
        KubectlCapture(
            name: "ingress",  // kubectl create ingress ing1 --class=nginx --rule='foo.com/bar*=svc1:8080,tls=sec1' --annotation=a=b
            hex: """
                6b3873000a1f0a146e6574776f726b696e672e6b38732e696f2f76311207496e6772657373126c0a1c0a04696e673112
                001a0022002a0032003800420062060a01611201621248120f0a07666f6f2e636f6d1204736563311a2e0a07666f6f2e
                636f6d12230a210a1f0a042f626172120f220d0a047376633112050a0010903f1a0650726566697822056e67696e781a
                020a001a002200
                """,
            json: #"{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"annotations":{"a":"b"},"creationTimestamp":null,"name":"ing1"},"spec":{"ingressClassName":"nginx","rules":[{"host":"foo.com","http":{"paths":[{"backend":{"service":{"name":"svc1","port":{"number":8080}}},"path":"/bar","pathType":"Prefix"}]}}],"tls":[{"hosts":["foo.com"],"secretName":"sec1"}]},"status":{"loadBalancer":{}}}"#),
        KubectlCapture(
            name: "dockersecret",  // kubectl create secret docker-registry reg1 --docker-server=r.io --docker-username=u --docker-password=p
            hex: """
                6b3873000a0c0a0276311206536563726574128d010a140a047265673112001a0022002a0032003800420012550a112e
                646f636b6572636f6e6669676a736f6e12407b226175746873223a7b22722e696f223a7b22757365726e616d65223a22
                75222c2270617373776f7264223a2270222c2261757468223a2264547077227d7d7d1a1e6b756265726e657465732e69
                6f2f646f636b6572636f6e6669676a736f6e1a002200
                """,
            json: #"{"apiVersion":"v1","data":{".dockerconfigjson":"eyJhdXRocyI6eyJyLmlvIjp7InVzZXJuYW1lIjoidSIsInBhc3N3b3JkIjoicCIsImF1dGgiOiJkVHB3In19fQ=="},"kind":"Secret","metadata":{"creationTimestamp":null,"name":"reg1"},"type":"kubernetes.io/dockerconfigjson"}"#),
        KubectlCapture(
            name: "autoscale",  // kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=80
            hex: """
                6b3873000a290a0e6175746f7363616c696e672f76311217486f72697a6f6e74616c506f644175746f7363616c657212
                3f0a130a0377656212001a0022002a0032003800420012220a1a0a0a4465706c6f796d656e7412037765621a07617070
                732f76311002180520501a04180020001a002200
                """,
            json: #"{"apiVersion":"autoscaling/v1","kind":"HorizontalPodAutoscaler","metadata":{"creationTimestamp":null,"name":"web"},"spec":{"maxReplicas":5,"minReplicas":2,"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"web"},"targetCPUUtilizationPercentage":80},"status":{"currentReplicas":0,"desiredReplicas":0}}"#),
        KubectlCapture(
            name: "token",  // kubectl create token sa1 --duration=1h --audience=api --bound-object-kind=Pod --bound-object-name=p1 --bound-object-uid=2222...
            hex: """
                6b3873000a280a1861757468656e7469636174696f6e2e6b38732e696f2f7631120c546f6b656e526571756573741257
                0a100a0012001a0022002a00320038004200123d0a036170691a330a03506f64120276311a0270312224323232323232
                32322d323232322d323232322d323232322d32323232323232323232323220901c1a040a0012001a002200
                """,
            json: #"{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","metadata":{"creationTimestamp":null},"spec":{"audiences":["api"],"boundObjectRef":{"apiVersion":"v1","kind":"Pod","name":"p1","uid":"22222222-2222-2222-2222-222222222222"},"expirationSeconds":3600},"status":{"expirationTimestamp":null,"token":""}}"#),
]
