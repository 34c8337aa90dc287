/// Removes NAT rules that the CNI bridge plugin (`ipMasq`) left for pods that no longer exist,
/// e.g. after containerd was killed before it tore a pod's network down. Only rules of the given
/// network whose pod address lies in the node's pod CIDR are touched.
public enum CNIRuleCleanup {
    /// The POSTROUTING rules (as `iptables -S` prints them) to delete and the chains they jump to.
    public static func staleRules(iptablesSave: String, network: String, podCIDR: String, keep: Set<String> = []) -> [(rule: String, chain: String)] {
        guard let prefix = ipv4Prefix(podCIDR) else { return [] }
        var found: [(String, String)] = []
        for line in iptablesSave.split(separator: "\n").map(String.init) where line.hasPrefix("-A POSTROUTING ") {
            guard line.contains("name: \\\"\(network)\\\""), let source = value(after: "-s ", in: line), let chain = value(after: "-j ", in: line),
                  chain.hasPrefix("CNI-") else { continue }
            let ip = source.split(separator: "/").first.map(String.init) ?? source
            guard ip.hasPrefix(prefix), !keep.contains(ip) else { continue }
            found.append((line, chain))
        }
        return found
    }

    /// Deletes the stale rules and their chains, keeping those of `keep` (pod IPs still in use).
    public static func run(network: String, podCIDR: String, keep: Set<String> = [], iptables: String = "/usr/sbin/iptables") async {
        guard let save = try? await Command.run(iptables, ["-t", "nat", "-S", "POSTROUTING"]).stdout else { return }
        for (rule, chain) in staleRules(iptablesSave: save, network: network, podCIDR: podCIDR, keep: keep) {
            _ = try? await Command.run(iptables, ["-t", "nat", "-D"] + shellSplit(String(rule.dropFirst("-A ".count))), check: false)
            _ = try? await Command.run(iptables, ["-t", "nat", "-F", chain], check: false)
            _ = try? await Command.run(iptables, ["-t", "nat", "-X", chain], check: false)
        }
    }

    /// `10.42.7.0/24` → `10.42.7.` (only /24 and wider on octet boundaries are matched).
    static func ipv4Prefix(_ cidr: String) -> String? {
        let parts = cidr.split(separator: "/")
        guard parts.count == 2, let bits = Int(parts[1]), bits >= 8, bits % 8 == 0 else { return nil }
        let octets = parts[0].split(separator: ".")
        guard octets.count == 4 else { return nil }
        return octets.prefix(bits / 8).joined(separator: ".") + "."
    }

    static func value(after flag: String, in line: String) -> String? {
        guard let range = line.range(of: " " + flag) else { return nil }
        return line[range.upperBound...].split(separator: " ").first.map(String.init)
    }

    /// Splits `iptables -S` output into arguments, honouring double quotes and `\"` inside them.
    static func shellSplit(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        var inWord = false
        for c in line {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; inWord = true; continue }
            if c == "\"" { quoted.toggle(); inWord = true; continue }
            if c == " " && !quoted {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(c)
            inWord = true
        }
        if inWord { words.append(current) }
        return words
    }
}
