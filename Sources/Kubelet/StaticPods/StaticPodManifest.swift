import APIMachinery

/// Static pods: pods read from manifest files on the node, run without the API server, and shown
/// in the API as mirror pods (pure conversions).
enum StaticPodManifest {
    static let configHash = "kubernetes.io/config.hash"
    static let configMirror = "kubernetes.io/config.mirror"
    static let configSource = "kubernetes.io/config.source"

    struct ManifestError: Error, Sendable, Equatable, CustomStringConvertible {
        var description: String
    }

    /// True for file names the manifest directory source reads: every file but hidden ones, as upstream
    /// (editors' swap files start with a dot).
    static func isManifestFile(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".")
    }

    /// Parses one manifest (a JSON or YAML Pod) into the static pod the kubelet runs: named
    /// `<name>-<nodeName>`, bound to the node, with a UID and `kubernetes.io/config.hash` derived
    /// from its content.
    static func staticPod(manifest: String, nodeName: String) throws(ManifestError) -> JSON {
        let trimmed = manifest.drop { $0.isWhitespace }
        var pod: JSON
        do {
            pod = trimmed.hasPrefix("{") ? try JSON.parse(String(trimmed)) : try JSON.parseYAML(manifest)
        } catch {
            throw ManifestError(description: "cannot parse manifest: \(error)")
        }
        guard pod.objectValue != nil else { throw ManifestError(description: "manifest is not an object") }
        if let kind = pod["kind"].stringValue, kind != "Pod" { throw ManifestError(description: "manifest kind is \(kind), not Pod") }
        guard let name = pod["metadata"]["name"].stringValue, !name.isEmpty else { throw ManifestError(description: "manifest has no metadata.name") }
        guard !(pod["spec"]["containers"].arrayValue ?? []).isEmpty else { throw ManifestError(description: "manifest has no containers") }
        pod["apiVersion"] = "v1"
        pod["kind"] = "Pod"
        pod["status"] = .null
        pod = removingNulls(pod)
        pod["metadata"]["name"] = .string("\(name)-\(nodeName)")
        if (pod["metadata"]["namespace"].stringValue ?? "").isEmpty { pod["metadata"]["namespace"] = "default" }
        for field in ["uid", "resourceVersion", "creationTimestamp", "generation", "managedFields", "selfLink"] {
            pod["metadata"][field] = .null
        }
        pod["spec"]["nodeName"] = .string(nodeName)
        pod = removingNulls(pod)
        // Static pods tolerate every NoExecute taint, as upstream.
        var tolerations = pod["spec"]["tolerations"].arrayValue ?? []
        if !tolerations.contains(where: { $0["operator"].stringValue == "Exists" && $0["key"].isNull && ($0["effect"].stringValue ?? "NoExecute") == "NoExecute" }) {
            tolerations.append(["operator": "Exists", "effect": "NoExecute"])
        }
        pod["spec"]["tolerations"] = .array(tolerations)
        let hash = contentHash(pod.serializedString() + "\n" + nodeName)
        pod["metadata"]["uid"] = .string(hash)
        var annotations = pod["metadata"]["annotations"].objectValue ?? [:]
        annotations[configHash] = .string(hash)
        annotations[configSource] = "file"
        pod["metadata"]["annotations"] = .object(annotations)
        return pod
    }

    /// The static pod's hash (its `kubernetes.io/config.hash` annotation).
    static func hash(of pod: JSON) -> String? {
        pod["metadata"]["annotations"][configHash].stringValue
    }

    /// True for a pod created by a kubelet as the mirror of a static pod.
    static func isMirror(_ pod: JSON) -> Bool {
        pod["metadata"]["annotations"][configMirror].stringValue != nil
    }

    /// The mirror pod to create in the API: the static pod with `kubernetes.io/config.mirror`, owned
    /// by the Node, without the static pod's UID.
    static func mirror(of staticPod: JSON, nodeName: String, nodeUID: String?) -> JSON {
        var pod = staticPod
        pod["metadata"]["uid"] = .null
        pod["metadata"]["annotations"][configMirror] = .string(hash(of: staticPod) ?? "")
        if let nodeUID, !nodeUID.isEmpty {
            pod["metadata"]["ownerReferences"] = [[
                "apiVersion": "v1", "kind": "Node", "name": .string(nodeName), "uid": .string(nodeUID), "controller": true,
            ]]
        }
        pod["status"] = .null
        return removingNulls(pod)
    }

    /// True when `mirror` mirrors exactly this static pod (same hash, not being deleted) and, once
    /// the Node's UID is known, is owned by that Node.
    static func mirrorIsCurrent(_ mirror: JSON, for staticPod: JSON, nodeUID: String? = nil) -> Bool {
        guard mirror["metadata"]["deletionTimestamp"].isNull,
              mirror["metadata"]["annotations"][configMirror].stringValue == hash(of: staticPod) else { return false }
        guard let nodeUID, !nodeUID.isEmpty else { return true }
        return (mirror["metadata"]["ownerReferences"].arrayValue ?? []).contains {
            $0["kind"].stringValue == "Node" && $0["uid"].stringValue == nodeUID
        }
    }

    /// 128 bits of two FNV-1a hashes as 32 hex digits (stable across runs and machines).
    static func contentHash(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte ^ 0x5a)) &* 0x0000_0100_0000_01b3
        }
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }

    private static func removingNulls(_ value: JSON) -> JSON {
        switch value {
        case .object(let fields): .object(fields.filter { !$0.value.isNull }.mapValues(removingNulls))
        case .array(let items): .array(items.map(removingNulls))
        default: value
        }
    }
}
