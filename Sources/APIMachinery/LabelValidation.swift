/// Syntax checks for label keys and values, qualified names and DNS (RFC 1123) names.
///
/// Each check returns the list of problems found, worded as the Kubernetes API server words them,
/// and an empty list when the value is valid.
public enum LabelValidation {
    /// Longest allowed label value and qualified-name name part, in bytes.
    public static let maxNameLength = 63
    /// Longest allowed DNS subdomain, in bytes.
    public static let maxSubdomainLength = 253

    static let qualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let qualifiedNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let labelValueFormat = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"
    static let labelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
    static let dns1123SubdomainFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"

    /// Problems with `value` as a qualified name (a label or annotation key): an optional DNS subdomain
    /// prefix and `/`, then a name of at most 63 characters.
    public static func qualifiedNameErrors(_ value: String) -> [String] {
        var errors: [String] = []
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = parts[0]
            name = parts[1]
            if prefix.isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                errors += dns1123SubdomainErrors(String(prefix)).map { "prefix part " + $0 }
            }
        default:
            return [
                "a qualified name " + regexError(qualifiedNameMessage, qualifiedNameFormat, ["MyName", "my.name", "123-abc"])
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else if name.utf8.count > maxNameLength {
            errors.append("name part " + maxLengthError(maxNameLength))
        }
        if !isQualifiedNamePart(name.utf8) {
            errors.append("name part " + regexError(qualifiedNameMessage, qualifiedNameFormat, ["MyName", "my.name", "123-abc"]))
        }
        return errors
    }

    /// Problems with `value` as a label value: empty, or at most 63 characters of the qualified-name alphabet.
    public static func labelValueErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > maxNameLength { errors.append(maxLengthError(maxNameLength)) }
        if !value.isEmpty && !isQualifiedNamePart(value.utf8) {
            errors.append(regexError(labelValueMessage, labelValueFormat, ["MyValue", "my_value", "12345"]))
        }
        return errors
    }

    /// Problems with `value` as a lowercase RFC 1123 subdomain (e.g. an object name).
    public static func dns1123SubdomainErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > maxSubdomainLength { errors.append(maxLengthError(maxSubdomainLength)) }
        let labels = value.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if value.isEmpty || !labels.allSatisfy({ isDNSLabel($0) }) {
            errors.append(
                regexError(
                    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                    dns1123SubdomainFormat, ["example.com"]))
        }
        return errors
    }

    /// Problems with `value` as a lowercase RFC 1123 label (e.g. a namespace name).
    public static func dns1123LabelErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > maxNameLength { errors.append(maxLengthError(maxNameLength)) }
        if !isDNSLabel(value.utf8[...]) {
            if !value.isEmpty, dns1123SubdomainErrors(value).isEmpty {
                errors.append("must not contain dots")
            } else {
                errors.append(
                    regexError(
                        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                        dns1123LabelFormat, ["my-name", "123-abc"]))
            }
        }
        return errors
    }

    // MARK: - Message builders (the upstream wording)

    static func maxLengthError(_ n: Int) -> String { "must be no more than \(n) bytes" }

    static func regexError(_ message: String, _ format: String, _ examples: [String]) -> String {
        if examples.isEmpty { return message + " (regex used for validation is '\(format)')" }
        var m = message + " (e.g. "
        for (i, e) in examples.enumerated() {
            if i > 0 { m += " or " }
            m += "'\(e)', "
        }
        return m + "regex used for validation is '\(format)')"
    }

    // MARK: - Character classes

    private static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    private static func isLowerAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A)
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`
    static func isQualifiedNamePart<C: Collection>(_ s: C) -> Bool where C.Element == UInt8 {
        guard let first = s.first, isAlphanumeric(first) else { return false }
        var last = first
        for c in s {
            guard isAlphanumeric(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") else {
                return false
            }
            last = c
        }
        return isAlphanumeric(last)
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`
    static func isDNSLabel<C: Collection>(_ s: C) -> Bool where C.Element == UInt8 {
        guard let first = s.first, isLowerAlphanumeric(first) else { return false }
        var last = first
        for c in s {
            guard isLowerAlphanumeric(c) || c == UInt8(ascii: "-") else { return false }
            last = c
        }
        return isLowerAlphanumeric(last)
    }
}
