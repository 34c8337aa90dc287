import APIMachinery
import Foundation

/// The metadata rules every kind shares: what create sets, what update keeps, what is valid.
public enum ObjectMetaRules {
    /// `2006-01-02T15:04:05Z` for `date`.
    public static func timestamp(_ date: Date = Date()) -> String {
        var t = time_t(date.timeIntervalSince1970)
        var tmv = tm()
        gmtime_r(&t, &tmv)
        func pad(_ v: Int32, _ n: Int = 2) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(tmv.tm_year + 1900, 4))-\(pad(tmv.tm_mon + 1))-\(pad(tmv.tm_mday))T\(pad(tmv.tm_hour)):\(pad(tmv.tm_min)):\(pad(tmv.tm_sec))Z"
    }

    /// Random suffix alphabet of `generateName` (no vowels, no confusable characters).
    static let suffixAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    public static func generatedName(_ base: String) -> String {
        let b = base.count > 58 ? String(base.prefix(58)) : base
        var g = SystemRandomNumberGenerator()
        return b + String((0..<5).map { _ in suffixAlphabet[Int(g.next() % UInt64(suffixAlphabet.count))] })
    }

    /// Sets what the server owns on create: uid, creationTimestamp, generation; clears what clients may not set.
    public static func prepareForCreate(_ obj: inout JSON, tracksGeneration: Bool, now: Date = Date()) {
        var meta = obj["metadata"].objectValue ?? [:]
        meta["uid"] = .string(UUID().uuidString.lowercased())
        meta["creationTimestamp"] = .string(timestamp(now))
        meta.removeValue(forKey: "resourceVersion")
        meta.removeValue(forKey: "deletionTimestamp")
        meta.removeValue(forKey: "deletionGracePeriodSeconds")
        meta.removeValue(forKey: "selfLink")
        if tracksGeneration { meta["generation"] = 1 } else { meta.removeValue(forKey: "generation") }
        obj["metadata"] = .object(meta)
    }

    /// Keeps the fields of the old object that an update may not change.
    public static func prepareForUpdate(_ new: inout JSON, old: JSON) {
        var meta = new["metadata"].objectValue ?? [:]
        let oldMeta = old["metadata"]
        for k in ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "namespace", "name"] {
            if oldMeta[k].isNull { meta.removeValue(forKey: k) } else { meta[k] = oldMeta[k] }
        }
        meta.removeValue(forKey: "selfLink")
        new["metadata"] = .object(meta)
    }

    /// True when anything but metadata and status differs (the spec changed: generation is bumped).
    public static func specChanged(_ new: JSON, _ old: JSON) -> Bool {
        guard case .object(var a) = new, case .object(var b) = old else { return true }
        for k in ["metadata", "status", "apiVersion", "kind"] {
            a.removeValue(forKey: k)
            b.removeValue(forKey: k)
        }
        return !JSON.object(a).semanticallyEquals(.object(b))
    }

    /// Validation of metadata: name, namespace, labels, annotations, finalizers, ownerReferences.
    public static func validate(_ obj: JSON, rule: NameRule, namespaced: Bool) -> [StatusCause] {
        var causes: [StatusCause] = []
        let meta = obj["metadata"]
        if let name = meta["name"].stringValue, !name.isEmpty {
            for m in NameValidation.validate(name, rule: rule) { causes.append(.invalid("metadata.name", .string(name), m)) }
        } else if meta["generateName"].stringValue?.isEmpty ?? true {
            causes.append(StatusCause(type: "FieldValueRequired", message: "Required value: name or generateName is required", field: "metadata.name"))
        }
        if namespaced {
            if meta["namespace"].stringValue?.isEmpty ?? true { causes.append(.required("metadata.namespace")) }
        } else if let ns = meta["namespace"].stringValue, !ns.isEmpty {
            causes.append(.forbidden("metadata.namespace", "not allowed on this type"))
        }
        if case .object(let labels) = meta["labels"] {
            for (k, v) in labels.sorted(by: { $0.key < $1.key }) {
                for m in NameValidation.qualifiedName(k) { causes.append(.invalid("metadata.labels", .string(k), m)) }
                guard let s = v.stringValue else {
                    causes.append(.invalid("metadata.labels", v, "must be a string"))
                    continue
                }
                for m in NameValidation.labelValue(s) { causes.append(.invalid("metadata.labels", .string(s), m)) }
            }
        }
        if case .object(let ann) = meta["annotations"] {
            var total = 0
            for (k, v) in ann.sorted(by: { $0.key < $1.key }) {
                for m in NameValidation.qualifiedName(k.lowercased()) { causes.append(.invalid("metadata.annotations", .string(k), m)) }
                total += k.utf8.count + (v.stringValue?.utf8.count ?? 0)
            }
            if total > 256 * 1024 { causes.append(.tooLong("metadata.annotations", 256 * 1024)) }
        }
        if case .array(let refs) = meta["ownerReferences"] {
            for (i, r) in refs.enumerated() {
                for f in ["apiVersion", "kind", "name", "uid"] where r[f].stringValue?.isEmpty ?? true {
                    causes.append(.required("metadata.ownerReferences[\(i)].\(f)"))
                }
            }
        }
        return causes
    }
}
