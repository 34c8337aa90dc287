import API
import APIMachinery
import Foundation

/// One column of a `meta.k8s.io/v1` Table (a `TableColumnDefinition`).
public struct TableColumn: Sendable, Hashable {
    /// The header; clients upper-case it (`Name` shows as NAME).
    public var name: String
    /// One of "string", "integer", "number", "boolean", "date".
    public var type: String
    /// "name" for the column holding the object name, "" otherwise.
    public var format: String
    /// A short explanation of the column.
    public var description: String
    /// 0 for columns always shown, 1 for those `kubectl get -o wide` adds.
    public var priority: Int

    public init(name: String, type: String = "string", format: String = "", description: String, priority: Int = 0) {
        self.name = name
        self.type = type
        self.format = format
        self.description = description
        self.priority = priority
    }

    /// The column as a `TableColumnDefinition` object.
    public var json: JSON {
        .object([
            "name": .string(name), "type": .string(type), "format": .string(format),
            "description": .string(description), "priority": .int(Int64(priority)),
        ])
    }
}

/// Server-side Table printing: the columns and row cells `kubectl get` shows for each built-in resource.
///
/// Cells always include the priority-1 (wide) columns, as the API server always prints wide and
/// lets the client hide those columns.
public enum TablePrinter {
    /// The columns of a resource's Table.
    public static func columns(for resource: ResourceInfo) -> [TableColumn] {
        printer(for: resource)?.columns ?? defaultColumns
    }

    /// The cells of one object's row, one per column of `columns(for:)`.
    public static func cells(for object: JSON, resource: ResourceInfo, now: Date) -> [JSON] {
        let o = PrinterObject(object)
        guard let p = printer(for: resource) else { return defaultCells(o) }
        return p.cells(o, PrintContext(now: now, version: resource.version))
    }

    /// Whether the resource has its own columns rather than the default NAME and CREATED AT.
    public static func hasPrinter(for resource: ResourceInfo) -> Bool { printer(for: resource) != nil }

    /// The columns of a resource without its own printer: the name and the creation time.
    public static let defaultColumns: [TableColumn] = [
        .name,
        TableColumn(name: "Created At", type: "date", description: "When the object was created."),
    ]

    /// The cells matching `defaultColumns`: the name and the creation time in UTC RFC 3339.
    static func defaultCells(_ o: PrinterObject) -> [JSON] {
        let created = o.time("metadata", "creationTimestamp").map(PrinterTime.format) ?? PrinterTime.zero
        return [.string(o.name), .string(created)]
    }

    static func printer(for resource: ResourceInfo) -> ResourcePrinter? {
        registry["\(resource.group)/\(resource.resource)"]
    }

    /// Printers by "group/resource".
    static let registry: [String: ResourcePrinter] = {
        var all: [String: ResourcePrinter] = [:]
        for table in [
            PodPrinters.all, WorkloadPrinters.all, ServicePrinters.all, ClusterPrinters.all, ConfigPrinters.all,
            StoragePrinters.all,
        ] {
            all.merge(table) { first, _ in first }
        }
        return all
    }()
}

/// What a row printer knows besides the object.
struct PrintContext: Sendable {
    var now: Date
    /// The version the object is printed in (the printers read that version's JSON).
    var version: String
}

/// The columns of one resource and the function that fills a row.
struct ResourcePrinter: Sendable {
    var columns: [TableColumn]
    var cells: @Sendable (PrinterObject, PrintContext) -> [JSON]

    init(_ columns: [TableColumn], cells: @escaping @Sendable (PrinterObject, PrintContext) -> [JSON]) {
        self.columns = columns
        self.cells = cells
    }
}

// MARK: - Column shorthands

extension TableColumn {
    /// The NAME column.
    static let name = TableColumn(name: "Name", format: "name", description: "Name of the object, unique in its namespace.")
    /// The AGE column.
    static let age = TableColumn(name: "Age", description: "Time since the object was created.")

    static func string(_ name: String, _ description: String) -> TableColumn {
        TableColumn(name: name, type: "string", description: description)
    }

    static func integer(_ name: String, _ description: String) -> TableColumn {
        TableColumn(name: name, type: "integer", description: description)
    }

    static func boolean(_ name: String, _ description: String) -> TableColumn {
        TableColumn(name: name, type: "boolean", description: description)
    }

    /// A string column only shown with `-o wide`.
    static func wide(_ name: String, _ description: String) -> TableColumn {
        TableColumn(name: name, type: "string", description: description, priority: 1)
    }

    static let containers = TableColumn.wide("Containers", "Names of the containers in the pod template.")
    static let images = TableColumn.wide("Images", "Images of the containers in the pod template.")
    static let selector = TableColumn.wide("Selector", "Label selector of the pods this object manages.")
}

// MARK: - Reading objects

/// A read-only view of an object's JSON with the lenient accessors the printers need: an absent
/// field reads as Go's zero value.
struct PrinterObject: Sendable {
    let json: JSON

    init(_ json: JSON) { self.json = json }

    subscript(_ keys: String...) -> JSON { json[path: keys] }

    func string(_ keys: String...) -> String { json[path: keys].stringValue ?? "" }
    func optionalString(_ keys: String...) -> String? { json[path: keys].stringValue }
    func int(_ keys: String...) -> Int64 { json[path: keys].intValue ?? 0 }
    func optionalInt(_ keys: String...) -> Int64? { json[path: keys].intValue }
    func bool(_ keys: String...) -> Bool { json[path: keys].boolValue ?? false }
    func optionalBool(_ keys: String...) -> Bool? { json[path: keys].boolValue }
    func array(_ keys: String...) -> [JSON] { json[path: keys].arrayValue ?? [] }
    func object(_ keys: String...) -> [String: JSON] { json[path: keys].objectValue ?? [:] }
    func has(_ keys: String...) -> Bool { !json[path: keys].isNull }
    func time(_ keys: String...) -> Date? { PrinterTime.parse(json[path: keys]) }

    var name: String { string("metadata", "name") }
    var isDeleting: Bool { has("metadata", "deletionTimestamp") }

    /// The AGE cell: time since creation.
    func age(_ now: Date) -> JSON { .string(HumanDuration.since(time("metadata", "creationTimestamp"), now: now)) }

    /// The status of the first condition of a type ("True", "False", "Unknown"), nil when absent.
    func conditionStatus(_ type: String, in keys: String...) -> String? {
        for c in json[path: keys].arrayValue ?? [] where c["type"].stringValue == type {
            return c["status"].stringValue ?? ""
        }
        return nil
    }
}

extension JSON {
    /// A field of an element read leniently: "" when absent.
    var printString: String { stringValue ?? "" }
}

// MARK: - Shared formatting

enum PrintFormat {
    /// A label map as `a=b,c=d` (sorted by key), "<none>" when empty.
    static func labels(_ map: [String: JSON]) -> String {
        if map.isEmpty { return "<none>" }
        return map.keys.sorted(by: byteOrder).map { "\($0)=\(map[$0]?.stringValue ?? "")" }.joined(separator: ",")
    }

    /// Byte-wise string order, as Go sorts strings.
    static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// A `metav1.LabelSelector` in selector syntax (`app=web,tier in (a,b)`); nil when it is not a valid
    /// selector. An absent or empty selector gives "".
    static func selectorString(_ selector: JSON) -> String? {
        guard let parsed = try? LabelSelector(labelSelector: selector) else { return nil }
        return parsed.description
    }

    /// A LabelSelector for display: "<none>" when it selects nothing in particular, "<error>" when invalid.
    static func labelSelector(_ selector: JSON) -> String {
        guard let s = selectorString(selector) else { return "<error>" }
        return s.isEmpty ? "<none>" : s
    }

    /// The CONTAINERS and IMAGES cells of a container list.
    static func containers(_ list: [JSON]) -> (names: String, images: String) {
        (list.map { $0["name"].printString }.joined(separator: ","), list.map { $0["image"].printString }.joined(separator: ","))
    }

    /// A quantity as text; nil when absent.
    static func quantity(_ value: JSON) -> String? {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        default: return nil
        }
    }

    /// An int-or-string value as text.
    static func intOrString(_ value: JSON) -> String {
        switch value {
        case .string(let s): return s
        default: return value.intValue.map { String($0) } ?? ""
        }
    }

    /// Access modes in their short form, in a fixed order (`RWO,ROX,RWX,RWOP`).
    static func accessModes(_ modes: [JSON]) -> String {
        let set = Set(modes.compactMap(\.stringValue))
        var out: [String] = []
        if set.contains("ReadWriteOnce") { out.append("RWO") }
        if set.contains("ReadOnlyMany") { out.append("ROX") }
        if set.contains("ReadWriteMany") { out.append("RWX") }
        if set.contains("ReadWriteOncePod") { out.append("RWOP") }
        return out.joined(separator: ",")
    }

    /// `host:port`, bracketing IPv6 addresses.
    static func hostPort(_ host: String, _ port: Int64) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Up to `max` items joined by commas, then " + N more...".
    static func limitedList(_ list: [String], total: Int, max: Int, empty: String) -> String {
        let shown = list.prefix(max).joined(separator: ",")
        if total > max { return "\(shown) + \(total - max) more..." }
        return shown.isEmpty ? empty : shown
    }
}
