/// Kubernetes' `$(VAR)` expansion in env values, command and args: `$(NAME)` becomes the
/// variable's value when it is defined and stays as written otherwise; `$$` is a literal `$`.
enum EnvExpansion {
    static func expand(_ input: String, _ lookup: (String) -> String?) -> String {
        guard input.contains("$") else { return input }
        var out = ""
        var chars = Array(input)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "$", let next = chars.first else {
                out.append(c)
                continue
            }
            if next == "$" {
                out.append("$")
                chars = chars.dropFirst()
            } else if next == "(", let close = chars.firstIndex(of: ")") {
                let name = String(chars[chars.index(after: chars.startIndex)..<close])
                if let value = lookup(name) {
                    out += value
                } else {
                    out += "$(" + name + ")"
                }
                chars = chars[chars.index(after: close)...]
            } else {
                out.append(c)
            }
        }
        return out
    }
}
