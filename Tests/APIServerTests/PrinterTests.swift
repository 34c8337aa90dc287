import API
import APIMachinery
import Foundation
import Testing

@testable import APIServer

/// Shared fixtures of the Table printing tests.
enum PrinterFixture {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    /// An RFC 3339 timestamp `seconds` before `now`.
    static func ago(_ seconds: Double) -> JSON { .string(PrinterTime.format(now.addingTimeInterval(-seconds))) }

    static func resource(_ group: String, _ name: String) -> ResourceInfo {
        guard let r = ResourceCatalog.builtIn.first(where: { $0.group == group && $0.resource == name }) else {
            Issue.record("no built-in resource \(group)/\(name)")
            return ResourceInfo(group: group, version: "v1", resource: name, kind: "Unknown", namespaced: true, definitionName: "")
        }
        return r
    }

    static func row(_ group: String, _ name: String, _ object: JSON) -> [JSON] {
        TablePrinter.cells(for: object, resource: resource(group, name), now: now)
    }

    /// The cells of a row keyed by column name.
    static func cells(_ group: String, _ name: String, _ object: JSON) -> [String: JSON] {
        let columns = TablePrinter.columns(for: resource(group, name))
        let cells = row(group, name, object)
        var out: [String: JSON] = [:]
        for (c, v) in zip(columns, cells) { out[c.name] = v }
        return out
    }

    static func columnNames(_ group: String, _ name: String) -> [String] {
        TablePrinter.columns(for: resource(group, name)).map(\.name)
    }

    static func meta(_ name: String, created: Double = 300, extra: [String: JSON] = [:]) -> JSON {
        var m: [String: JSON] = ["name": .string(name), "namespace": "default", "creationTimestamp": ago(created)]
        for (k, v) in extra { m[k] = v }
        return .object(m)
    }
}

private let now = PrinterFixture.now
private func ago(_ seconds: Double) -> JSON { PrinterFixture.ago(seconds) }
private func resource(_ group: String, _ name: String) -> ResourceInfo { PrinterFixture.resource(group, name) }
private func columnNames(_ group: String, _ name: String) -> [String] { PrinterFixture.columnNames(group, name) }
private func meta(_ name: String, created: Double = 300, extra: [String: JSON] = [:]) -> JSON {
    PrinterFixture.meta(name, created: created, extra: extra)
}

// MARK: - Durations and times

@Suite struct HumanDurationTests {
    @Test(arguments: [
        (-5.0, "<invalid>"), (-2.0, "<invalid>"), (-1.5, "0s"), (-0.4, "0s"), (0, "0s"), (0.9, "0s"), (1, "1s"),
        (59, "59s"), (60, "60s"), (119.9, "119s"), (120, "2m"), (121, "2m1s"), (150, "2m30s"), (599, "9m59s"),
        (600, "10m"), (601, "10m"), (3 * 3600 - 1, "179m"), (3 * 3600, "3h"), (3 * 3600 + 60, "3h1m"),
        (8 * 3600 - 60, "7h59m"), (8 * 3600, "8h"), (47 * 3600 + 3599, "47h"), (48 * 3600, "2d"),
        (49 * 3600, "2d1h"), (8 * 86400 - 3600, "7d23h"), (8 * 86400, "8d"), (729 * 86400, "729d"),
        (730 * 86400, "2y"), (800 * 86400, "2y70d"), (8 * 365 * 86400, "8y"), (10 * 365 * 86400 + 86400 * 100, "10y"),
    ] as [(Double, String)])
    func boundaries(seconds: Double, expected: String) {
        #expect(HumanDuration.string(seconds: seconds) == expected)
    }

    @Test func sinceWithoutMoment() {
        #expect(HumanDuration.since(nil, now: now) == "<unknown>")
        #expect(HumanDuration.since(now.addingTimeInterval(-300), now: now) == "5m")
        #expect(HumanDuration.string(seconds: .nan) == "<invalid>")
    }
}

@Suite struct PrinterTimeTests {
    @Test func parsesRFC3339() throws {
        #expect(PrinterTime.parse("1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(PrinterTime.parse("2024-01-02T03:04:05Z") == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(PrinterTime.parse("2024-01-02T05:04:05+02:00") == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(PrinterTime.parse("2024-01-02T00:04:05-03:00") == Date(timeIntervalSince1970: 1_704_164_645))
        let micro = try #require(PrinterTime.parse("2024-01-02T03:04:05.250000Z"))
        #expect(abs(micro.timeIntervalSince1970 - 1_704_164_645.25) < 1e-6)
        #expect(PrinterTime.parse("2000-02-29T12:00:00Z") == Date(timeIntervalSince1970: 951_825_600))
    }

    @Test(arguments: [
        "", "2024-01-02", "2024-01-02T03:04:05", "2024-13-02T03:04:05Z", "2023-02-29T00:00:00Z", "2024-01-02T03:04:05.Z",
        "2024-01-02T03:04:05Zjunk", "2024-01-02T03:04:05+0200", "x024-01-02T03:04:05Z",
    ])
    func rejectsMalformed(text: String) {
        #expect(PrinterTime.parse(text) == nil)
    }

    @Test func formatsUTC() {
        #expect(PrinterTime.format(Date(timeIntervalSince1970: 1_704_164_645.9)) == "2024-01-02T03:04:05Z")
        #expect(PrinterTime.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(PrinterTime.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        let text = "2031-07-15T22:10:09Z"
        #expect(PrinterTime.parse(text).map(PrinterTime.format) == text)
    }
}

// MARK: - Columns

@Suite struct ColumnTests {
    @Test func everyBuiltInResourceHasMatchingCells() {
        let full: JSON = [
            "metadata": meta("x", extra: ["labels": ["app": "a"]]),
            "spec": ["containers": [["name": "c", "image": "i"]], "template": ["spec": ["containers": [["name": "c", "image": "i"]]]]],
            "status": [:],
        ]
        for r in ResourceCatalog.builtIn {
            let columns = TablePrinter.columns(for: r)
            #expect(columns.first(where: { $0.format == "name" }) != nil, "\(r.resource) has a name column")
            for object in [JSON.emptyObject, full] {
                let cells = TablePrinter.cells(for: object, resource: r, now: now)
                #expect(cells.count == columns.count, "\(r.group)/\(r.resource)")
            }
            for c in columns {
                #expect(["string", "integer", "number", "boolean", "date"].contains(c.type))
                #expect(c.priority == 0 || c.priority == 1)
                #expect(!c.description.isEmpty)
            }
        }
    }

    @Test func columnDefinitionJSON() {
        let c = TableColumn(name: "IP", type: "string", description: "The address.", priority: 1)
        #expect(c.json == ["name": "IP", "type": "string", "format": "", "description": "The address.", "priority": 1])
        let name = TablePrinter.columns(for: resource("", "pods"))[0]
        #expect(name.name == "Name" && name.format == "name" && name.priority == 0)
    }

    @Test func upstreamColumnNames() {
        #expect(columnNames("", "pods") == [
            "Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates",
        ])
        #expect(columnNames("apps", "deployments") == [
            "Name", "Ready", "Up-to-date", "Available", "Age", "Containers", "Images", "Selector",
        ])
        #expect(columnNames("", "services") == ["Name", "Type", "Cluster-IP", "External-IP", "Port(s)", "Age", "Selector"])
        #expect(columnNames("", "nodes") == [
            "Name", "Status", "Roles", "Age", "Version", "Internal-IP", "External-IP", "OS-Image", "Kernel-Version",
            "Container-Runtime",
        ])
        #expect(columnNames("", "namespaces") == ["Name", "Status", "Age"])
        #expect(columnNames("", "configmaps") == ["Name", "Data", "Age"])
        #expect(columnNames("", "secrets") == ["Name", "Type", "Data", "Age"])
        #expect(columnNames("", "serviceaccounts") == ["Name", "Secrets", "Age"])
        #expect(columnNames("", "events") == [
            "Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name",
        ])
        #expect(columnNames("events.k8s.io", "events") == columnNames("", "events"))
        #expect(columnNames("batch", "jobs") == [
            "Name", "Status", "Completions", "Duration", "Age", "Containers", "Images", "Selector",
        ])
        #expect(columnNames("batch", "cronjobs") == [
            "Name", "Schedule", "Timezone", "Suspend", "Active", "Last Schedule", "Age", "Containers", "Images", "Selector",
        ])
        #expect(columnNames("apps", "statefulsets") == ["Name", "Ready", "Age", "Containers", "Images"])
        #expect(columnNames("", "persistentvolumeclaims") == [
            "Name", "Status", "Volume", "Capacity", "Access Modes", "StorageClass", "VolumeAttributesClass", "Age",
            "VolumeMode",
        ])
        #expect(columnNames("autoscaling", "horizontalpodautoscalers") == [
            "Name", "Reference", "Targets", "MinPods", "MaxPods", "Replicas", "Age",
        ])
        #expect(columnNames("", "resourcequotas") == ["Name", "Request", "Limit", "Age"])
        let wide = TablePrinter.columns(for: resource("", "events")).filter { $0.priority == 1 }.map(\.name)
        #expect(wide == ["Subobject", "Source", "First Seen", "Count", "Name"])
    }

    @Test(arguments: [
        ("", "limitranges"), ("rbac.authorization.k8s.io", "roles"), ("rbac.authorization.k8s.io", "clusterroles"),
        ("apiextensions.k8s.io", "customresourcedefinitions"),
    ])
    func defaultColumnsForUnprintedKinds(group: String, name: String) {
        let r = resource(group, name)
        #expect(!TablePrinter.hasPrinter(for: r))
        let columns = TablePrinter.columns(for: r)
        #expect(columns.map(\.name) == ["Name", "Created At"])
        #expect(columns.map(\.type) == ["string", "date"])
        #expect(columns.map(\.format) == ["name", ""])
        let cells = TablePrinter.cells(
            for: ["metadata": ["name": "thing", "creationTimestamp": "2024-01-02T05:04:05+02:00"]], resource: r, now: now)
        #expect(cells == ["thing", "2024-01-02T03:04:05Z"])
        #expect(TablePrinter.cells(for: .emptyObject, resource: r, now: now) == ["", "0001-01-01T00:00:00Z"])
    }

    @Test func onlyUnprintedBuiltInsUseDefaults() {
        let defaults = ResourceCatalog.builtIn.filter { !TablePrinter.hasPrinter(for: $0) }.map { "\($0.group)/\($0.resource)" }
        #expect(Set(defaults) == [
            "/limitranges", "rbac.authorization.k8s.io/roles", "rbac.authorization.k8s.io/clusterroles",
            "apiextensions.k8s.io/customresourcedefinitions",
        ])
    }

    @Test func unknownResourceGetsDefaults() {
        let crd = ResourceInfo(group: "example.com", version: "v1", resource: "widgets", kind: "Widget", namespaced: true,
                               definitionName: "com.example.v1.Widget")
        #expect(TablePrinter.columns(for: crd) == TablePrinter.defaultColumns)
        #expect(TablePrinter.cells(for: ["metadata": meta("w")], resource: crd, now: now)[0] == "w")
    }
}
