import APIMachinery
import API

/// A set of compute resources as the scheduler counts them: CPU in millicores, memory and
/// ephemeral storage in bytes, a pod count, and extended ("scalar") resources by name.
public struct Resources: Sendable, Hashable {
    public var milliCPU: Int64 = 0
    public var memory: Int64 = 0
    public var ephemeralStorage: Int64 = 0
    /// Number of pods (only meaningful for a node's allocatable).
    public var allowedPodNumber: Int = 0
    /// Extended resources (`nvidia.com/gpu`, `hugepages-2Mi`, ...), in their base unit.
    public var scalar: [String: Int64] = [:]

    public init(milliCPU: Int64 = 0, memory: Int64 = 0, ephemeralStorage: Int64 = 0, allowedPodNumber: Int = 0, scalar: [String: Int64] = [:]) {
        self.milliCPU = milliCPU
        self.memory = memory
        self.ephemeralStorage = ephemeralStorage
        self.allowedPodNumber = allowedPodNumber
        self.scalar = scalar
    }

    /// Reads a resource list (`requests`, `allocatable`, `overhead`): unknown names count as
    /// extended resources; malformed quantities are ignored.
    public init(list: [String: String]) {
        for (name, text) in list {
            guard let q = try? Quantity(parsing: text) else { continue }
            add(name: name, quantity: q)
        }
    }

    /// Adds one named quantity.
    public mutating func add(name: String, quantity q: Quantity) {
        switch name {
        case "cpu": milliCPU += q.milliValue
        case "memory": memory += q.value
        case "ephemeral-storage": ephemeralStorage += q.value
        case "pods": allowedPodNumber += Int(q.value)
        default:
            if Self.isScalarResourceName(name) { scalar[name, default: 0] += q.value }
        }
    }

    public var isZero: Bool {
        milliCPU == 0 && memory == 0 && ephemeralStorage == 0 && scalar.values.allSatisfy { $0 == 0 }
    }

    public mutating func add(_ other: Resources) {
        milliCPU += other.milliCPU
        memory += other.memory
        ephemeralStorage += other.ephemeralStorage
        allowedPodNumber += other.allowedPodNumber
        for (k, v) in other.scalar { scalar[k, default: 0] += v }
    }

    public mutating func subtract(_ other: Resources) {
        milliCPU -= other.milliCPU
        memory -= other.memory
        ephemeralStorage -= other.ephemeralStorage
        allowedPodNumber -= other.allowedPodNumber
        for (k, v) in other.scalar { scalar[k, default: 0] -= v }
    }

    /// Raises each resource to at least `other`'s amount.
    public mutating func setMax(_ other: Resources) {
        milliCPU = max(milliCPU, other.milliCPU)
        memory = max(memory, other.memory)
        ephemeralStorage = max(ephemeralStorage, other.ephemeralStorage)
        allowedPodNumber = max(allowedPodNumber, other.allowedPodNumber)
        for (k, v) in other.scalar { scalar[k] = max(scalar[k] ?? 0, v) }
    }

    /// The amount of one resource by its API name.
    public func amount(_ name: String) -> Int64 {
        switch name {
        case "cpu": return milliCPU
        case "memory": return memory
        case "ephemeral-storage": return ephemeralStorage
        case "pods": return Int64(allowedPodNumber)
        default: return scalar[name] ?? 0
        }
    }

    /// Extended resources, hugepages and attachable volumes: every name outside the native
    /// `cpu`/`memory`/`ephemeral-storage`/`pods` that is namespaced (has a `/`) or is a hugepages size.
    public static func isScalarResourceName(_ name: String) -> Bool {
        name.hasPrefix("hugepages-") || name.hasPrefix("attachable-volumes-") || name.contains("/")
    }
}

/// The request values the scheduler assumes for containers that request no CPU or memory when it
/// spreads load (upstream's non-zero defaults: 100m CPU, 200 MiB).
public enum NonZeroDefaults {
    public static let milliCPU: Int64 = 100
    public static let memory: Int64 = 200 * 1024 * 1024
}

/// What a pod needs from a node: the effective requests (containers summed, init containers by the
/// max rule with restartable sidecars counted alongside, plus overhead), and the same with the
/// non-zero defaults applied for scoring.
public struct PodRequests: Sendable, Hashable {
    public var requests: Resources
    /// CPU and memory with upstream's non-zero defaults for containers that set none.
    public var nonZeroMilliCPU: Int64
    public var nonZeroMemory: Int64

    public init(requests: Resources = Resources(), nonZeroMilliCPU: Int64 = 0, nonZeroMemory: Int64 = 0) {
        self.requests = requests
        self.nonZeroMilliCPU = nonZeroMilliCPU
        self.nonZeroMemory = nonZeroMemory
    }

    /// Computes the requests of a pod spec as upstream's `resourcehelper.PodRequests` does.
    public init(spec: CoreV1.PodSpec) {
        var containers = Resources()
        var nzCPU: Int64 = 0
        var nzMem: Int64 = 0
        for c in spec.containers {
            let r = Resources(list: c.resources.requests)
            containers.add(r)
            nzCPU += r.milliCPU == 0 && c.resources.requests["cpu"] == nil ? NonZeroDefaults.milliCPU : r.milliCPU
            nzMem += r.memory == 0 && c.resources.requests["memory"] == nil ? NonZeroDefaults.memory : r.memory
        }
        // Init containers run one after another, but restartable ("sidecar") init containers keep
        // running: each regular init container needs its own request plus the sidecars started
        // before it; the pod needs the max of that and the containers plus every sidecar.
        var sidecars = Resources()
        var initMax = Resources()
        var nzSidecarCPU: Int64 = 0
        var nzSidecarMem: Int64 = 0
        var nzInitCPU: Int64 = 0
        var nzInitMem: Int64 = 0
        for c in spec.initContainers {
            var r = Resources(list: c.resources.requests)
            let cpu = r.milliCPU == 0 && c.resources.requests["cpu"] == nil ? NonZeroDefaults.milliCPU : r.milliCPU
            let mem = r.memory == 0 && c.resources.requests["memory"] == nil ? NonZeroDefaults.memory : r.memory
            if c.restartPolicy == "Always" {
                sidecars.add(r)
                nzSidecarCPU += cpu
                nzSidecarMem += mem
                initMax.setMax(sidecars)
                nzInitCPU = max(nzInitCPU, nzSidecarCPU)
                nzInitMem = max(nzInitMem, nzSidecarMem)
            } else {
                r.add(sidecars)
                initMax.setMax(r)
                nzInitCPU = max(nzInitCPU, cpu + nzSidecarCPU)
                nzInitMem = max(nzInitMem, mem + nzSidecarMem)
            }
        }
        containers.add(sidecars)
        containers.setMax(initMax)
        nzCPU = max(nzCPU + nzSidecarCPU, nzInitCPU)
        nzMem = max(nzMem + nzSidecarMem, nzInitMem)
        let overhead = Resources(list: spec.overhead)
        containers.add(overhead)
        nzCPU += overhead.milliCPU
        nzMem += overhead.memory
        containers.allowedPodNumber = 0
        requests = containers
        nonZeroMilliCPU = nzCPU
        nonZeroMemory = nzMem
    }
}
