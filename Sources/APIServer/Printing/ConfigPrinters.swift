import APIMachinery
import Foundation

/// Configuration and accounting: config maps, secrets, service accounts and resource quotas.
enum ConfigPrinters {
    static let all: [String: ResourcePrinter] = [
        "/configmaps": ResourcePrinter(configMapColumns) { o, ctx in
            [.string(o.name), .int(Int64(o.object("data").count + o.object("binaryData").count)), o.age(ctx.now)]
        },
        "/secrets": ResourcePrinter(secretColumns) { o, ctx in
            [.string(o.name), .string(o.string("type")), .int(Int64(o.object("data").count)), o.age(ctx.now)]
        },
        "/serviceaccounts": ResourcePrinter(serviceAccountColumns) { o, ctx in
            [.string(o.name), .int(Int64(o.array("secrets").count)), o.age(ctx.now)]
        },
        "/resourcequotas": ResourcePrinter(resourceQuotaColumns) { o, ctx in resourceQuotaCells(o, now: ctx.now) },
    ]

    static let configMapColumns: [TableColumn] = [
        .name,
        .string("Data", "The number of keys, text and binary."),
        .age,
    ]

    static let secretColumns: [TableColumn] = [
        .name,
        .string("Type", "The kind of secret, such as Opaque or kubernetes.io/tls."),
        .string("Data", "The number of keys."),
        .age,
    ]

    static let serviceAccountColumns: [TableColumn] = [
        .name,
        .string("Secrets", "The number of secrets listed on the account."),
        .age,
    ]

    static let resourceQuotaColumns: [TableColumn] = [
        .name,
        .string("Request", "Used and hard amounts of the quota's request and count resources."),
        .string("Limit", "Used and hard amounts of the quota's limit resources."),
        .age,
    ]

    /// REQUEST and LIMIT as `name: used/hard` lists, limits.* resources going to LIMIT.
    static func resourceQuotaCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let hard = o.object("status", "hard")
        let used = o.object("status", "used")
        var requests: [String] = []
        var limits: [String] = []
        for name in hard.keys.sorted(by: PrintFormat.byteOrder) {
            let u = used[name].flatMap(PrintFormat.quantity) ?? "0"
            let h = hard[name].flatMap(PrintFormat.quantity) ?? "0"
            let pieces = name.split(separator: ".", omittingEmptySubsequences: false)
            let entry = "\(name): \(u)/\(h)"
            if pieces.count > 1 && pieces[0] == "limits" { limits.append(entry) } else { requests.append(entry) }
        }
        return [
            .string(o.name), .string(requests.joined(separator: ", ")), .string(limits.joined(separator: ", ")),
            o.age(now),
        ]
    }
}
