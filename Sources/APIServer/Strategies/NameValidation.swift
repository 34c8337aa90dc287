/// Upstream name rules (DNS-1123 label and subdomain, DNS-1035 label, path segments) with upstream messages.
public enum NameValidation {
    static func isAlnumLower(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    /// Messages for a DNS-1123 label (`my-name`), empty when valid.
    public static func dns1123Label(_ s: String) -> [String] {
        var errs: [String] = []
        let b = Array(s.utf8)
        if b.count > 63 { errs.append("must be no more than 63 characters") }
        let ok = !b.isEmpty && isAlnumLower(b[0]) && isAlnumLower(b[b.count - 1])
            && b.allSatisfy { isAlnumLower($0) || $0 == UInt8(ascii: "-") }
        if !ok {
            errs.append("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")
        }
        return errs
    }

    /// Messages for a DNS-1123 subdomain (`example.com`), empty when valid.
    public static func dns1123Subdomain(_ s: String) -> [String] {
        var errs: [String] = []
        let b = Array(s.utf8)
        if b.count > 253 { errs.append("must be no more than 253 characters") }
        let labels = s.split(separator: ".", omittingEmptySubsequences: false)
        let ok = !b.isEmpty && labels.allSatisfy { l in
            let lb = Array(l.utf8)
            return !lb.isEmpty && isAlnumLower(lb[0]) && isAlnumLower(lb[lb.count - 1])
                && lb.allSatisfy { isAlnumLower($0) || $0 == UInt8(ascii: "-") }
        }
        if !ok {
            errs.append("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")
        }
        return errs
    }

    /// Messages for a DNS-1035 label (`my-name`, must start with a letter), empty when valid.
    public static func dns1035Label(_ s: String) -> [String] {
        var errs: [String] = []
        let b = Array(s.utf8)
        if b.count > 63 { errs.append("must be no more than 63 characters") }
        let ok = !b.isEmpty && b[0] >= UInt8(ascii: "a") && b[0] <= UInt8(ascii: "z") && isAlnumLower(b[b.count - 1])
            && b.allSatisfy { isAlnumLower($0) || $0 == UInt8(ascii: "-") }
        if !ok {
            errs.append("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")
        }
        return errs
    }

    /// Messages for a name used as a path segment (no `/`, `%`, not `.` or `..`).
    public static func pathSegment(_ s: String) -> [String] {
        if s == "." || s == ".." { return ["may not be '\(s)'"] }
        var errs: [String] = []
        if s.contains("/") { errs.append("may not contain '/'") }
        if s.contains("%") { errs.append("may not contain '%'") }
        return errs
    }

    public static func validate(_ name: String, rule: NameRule) -> [String] {
        switch rule {
        case .subdomain: return dns1123Subdomain(name)
        case .label: return dns1123Label(name)
        case .dns1035: return dns1035Label(name)
        case .pathSegment: return pathSegment(name)
        }
    }

    /// Messages for a qualified name (label keys, annotation keys): `[prefix/]name`.
    public static func qualifiedName(_ s: String) -> [String] {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var errs: [String] = []
        let name: String
        switch parts.count {
        case 1: name = parts[0]
        case 2:
            if parts[0].isEmpty {
                errs.append("prefix part must be non-empty")
            } else {
                errs += dns1123Subdomain(parts[0]).map { "prefix part \($0)" }
            }
            name = parts[1]
        default:
            return ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        }
        if name.isEmpty {
            errs.append("name part must be non-empty")
        } else {
            if name.utf8.count > 63 { errs.append("name part must be no more than 63 characters") }
            if !isQualifiedToken(name) {
                errs.append("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')")
            }
        }
        return errs
    }

    static func isAlnum(_ c: UInt8) -> Bool {
        isAlnumLower(c) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
    }

    static func isQualifiedToken(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard let f = b.first, let l = b.last, isAlnum(f), isAlnum(l) else { return false }
        return b.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    /// Messages for a label value (empty allowed, at most 63 characters).
    public static func labelValue(_ s: String) -> [String] {
        if s.isEmpty { return [] }
        var errs: [String] = []
        if s.utf8.count > 63 { errs.append("must be no more than 63 characters") }
        if !isQualifiedToken(s) {
            errs.append("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")
        }
        return errs
    }
}
