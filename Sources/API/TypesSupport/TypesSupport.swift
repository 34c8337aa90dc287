import APIMachinery

/// A value that is an integer or a string on the wire (`intstr.IntOrString`): a port number or a
/// port name, a count or a percentage (`"25%"`).
public enum IntOrString: Sendable, Hashable {
    case int(Int64)
    case string(String)

    /// Reads the JSON form; nil when it is neither an integer nor a string.
    public init?(json: JSON) {
        if case .string(let s) = json {
            self = .string(s)
        } else if let i = json.intValue {
            self = .int(i)
        } else {
            return nil
        }
    }

    public var json: JSON {
        switch self {
        case .int(let i): return .int(i)
        case .string(let s): return .string(s)
        }
    }

    public var intValue: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer, or a percentage (`"25%"`) of `total`, rounded up or down; nil for any other string.
    public func scaledValue(total: Int64, roundUp: Bool) -> Int64? {
        switch self {
        case .int(let i):
            return i
        case .string(let s):
            guard s.hasSuffix("%"), let percent = Int64(s.dropLast()) else { return nil }
            let (product, overflow) = percent.multipliedReportingOverflow(by: total)
            if overflow { return nil }
            if roundUp, product % 100 != 0, product > 0 { return product / 100 + 1 }
            if !roundUp, product % 100 != 0, product < 0 { return product / 100 - 1 }
            return product / 100
        }
    }
}

extension IntOrString: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, CustomStringConvertible {
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }

    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .string(let s): return s
        }
    }
}

extension JSONBacked {
    /// False when the member this view was read from is absent (the view is over `null`).
    /// Object-typed properties of the generated types are not optional: an absent member reads as
    /// a view over `null`, and setting a field through it creates the member.
    public var isPresent: Bool { !json.isNull }

    /// A view over `null`: assigning it to a property removes the member (`pod.status = .absent`).
    public static var absent: Self { Self(json: .null) }
}

extension Dictionary where Key == String, Value == String {
    /// The parsed quantity under `name` (`resources.requests.quantity("cpu")`), nil when absent or malformed.
    public func quantity(_ name: String) -> Quantity? {
        guard let text = self[name] else { return nil }
        return try? Quantity(parsing: text)
    }
}

// Accessors of the generated types (Sources/API/Generated/Types). Getters are lenient (a value of
// the wrong JSON type reads as absent); setters of nil remove the member.
extension JSON {
    var nonNull: JSON? { isNull ? nil : self }

    var int32Value: Int32? {
        guard let i = intValue else { return nil }
        return Int32(exactly: i)
    }

    /// A quantity as its text; a number on the wire (which the API also accepts) reads as its decimal form.
    var quantityString: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return d.description
        default: return nil
        }
    }

    func list<T: JSONBacked>(_ type: T.Type) -> [T] {
        guard case .array(let a) = self else { return [] }
        return a.map { T(json: $0) }
    }

    func dictionary<T: JSONBacked>(_ type: T.Type) -> [String: T] {
        guard case .object(let o) = self else { return [:] }
        return o.mapValues { T(json: $0) }
    }

    var strings: [String] {
        guard case .array(let a) = self else { return [] }
        return a.compactMap(\.stringValue)
    }

    var int32s: [Int32] {
        guard case .array(let a) = self else { return [] }
        return a.compactMap(\.int32Value)
    }

    var int64s: [Int64] {
        guard case .array(let a) = self else { return [] }
        return a.compactMap(\.intValue)
    }

    var jsons: [JSON] { arrayValue ?? [] }

    var stringMap: [String: String] {
        guard case .object(let o) = self else { return [:] }
        return o.compactMapValues(\.stringValue)
    }

    var quantityMap: [String: String] {
        guard case .object(let o) = self else { return [:] }
        return o.compactMapValues(\.quantityString)
    }

    var jsonMap: [String: JSON] { objectValue ?? [:] }

    /// Sets member `key`; `.null` removes it. A `null` value becomes an object holding the member
    /// (so a field set through a view of an absent member creates it); other non-objects are left alone.
    mutating func put(_ key: String, _ value: JSON) {
        switch self {
        case .object(var members):
            self = .null  // drops the second reference, so `members` is changed in place
            if value.isNull { members.removeValue(forKey: key) } else { members[key] = value }
            self = .object(members)
        case .null:
            if !value.isNull { self = .object([key: value]) }
        default:
            return
        }
    }

    mutating func put(_ key: String, string: String?) { put(key, string.map(JSON.string) ?? .null) }
    mutating func put(_ key: String, int32: Int32?) { put(key, int32.map { JSON.int(Int64($0)) } ?? .null) }
    mutating func put(_ key: String, int64: Int64?) { put(key, int64.map(JSON.int) ?? .null) }
    mutating func put(_ key: String, double: Double?) { put(key, double.map(JSON.double) ?? .null) }
    mutating func put(_ key: String, bool: Bool?) { put(key, bool.map(JSON.bool) ?? .null) }
    mutating func put(_ key: String, intOrString: IntOrString?) { put(key, intOrString?.json ?? .null) }
    mutating func put<T: JSONBacked>(_ key: String, list: [T]) { put(key, .array(list.map(\.json))) }
    mutating func put<T: JSONBacked>(_ key: String, map: [String: T]) { put(key, .object(map.mapValues(\.json))) }
    mutating func put(_ key: String, strings: [String]) { put(key, .array(strings.map(JSON.string))) }
    mutating func put(_ key: String, int32s: [Int32]) { put(key, .array(int32s.map { JSON.int(Int64($0)) })) }
    mutating func put(_ key: String, int64s: [Int64]) { put(key, .array(int64s.map(JSON.int))) }
    mutating func put(_ key: String, stringMap: [String: String]) { put(key, .object(stringMap.mapValues(JSON.string))) }
}

// One shared equality and hash for every generated type (instead of one synthesized pair per type).
extension JSONBacked {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.json == rhs.json }
    public func hash(into hasher: inout Hasher) { hasher.combine(json) }
}
