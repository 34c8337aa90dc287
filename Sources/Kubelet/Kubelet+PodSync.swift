import API
import APIMachinery
import CRI
import Client
import Foundation
import Logging
import NodeRuntime

extension Kubelet {
    /// Brings one pod's containers to its spec and reports its status.
    func sync(_ key: ObjectKey) async throws {
        let apiPod = pods.get(namespace: key.namespace, name: key.name)?.json
        let staticPod = staticPod(for: key)
        let pod: JSON
        switch PodSource.resolve(staticPod: staticPod, apiPod: apiPod, staticSourceSynced: staticSourceSynced.withLock { $0 }) {
        case .staticPod(let resolved):
            // A static pod runs from its manifest; the API shows it as a mirror pod.
            if let staticPod { await ensureMirrorPod(staticPod: staticPod, key: key, mirror: apiPod) }
            pod = resolved
        case .apiPod(let resolved):
            pod = resolved
        case .orphanedMirror(let mirror):
            await deleteOrphanedMirror(mirror, key: key)
            return
        case .none:
            return
        }
        let uid = pod["metadata"]["uid"].stringValue ?? ""
        if pod["metadata"]["deletionTimestamp"].stringValue != nil {
            try await terminate(pod: pod, key: key, uid: uid)
            return
        }

        var runtime = try await observe(uid: uid)
        // A failed liveness (or startup) probe restarts the container, as its restart policy says.
        let grace = pod["spec"]["terminationGracePeriodSeconds"].intValue ?? 30
        var killed = false
        for container in runtime.containers where container.state == .running && probes.mustRestart(container.id) {
            logger.info("container \(container.name) of \(key) failed its liveness probe; restarting it")
            let left = await runPreStopHooks(pod: pod, containers: [(container.id, container.name)], podIP: runtime.readySandbox?.ip ?? "", gracePeriod: grace)
            try? await cri.stopContainer(id: container.id, gracePeriodSeconds: left)
            killed = true
        }
        if killed { runtime = try await observe(uid: uid) }
        var plan = PodPlan.compute(pod: pod, runtime: runtime, now: Date().timeIntervalSince1970)

        // Volumes are written before the sandbox starts, and refreshed on every sync of a live pod
        // (their ConfigMaps and Secrets are watched, changes bring a sync at once).
        volumeSources.track(pod: key, references: plan.terminalPhase == nil ? VolumeSourceWatcher.references(pod: pod) : [])
        if plan.terminalPhase == nil {
            do throws(VolumeSetUpError) {
                try await setUpVolumes(pod: pod, uid: uid)
            } catch {
                await recordEvent(pod: pod, reason: "FailedMount", message: error.eventMessage)
                if runtime.readySandbox == nil {
                    // The pod waits in ContainerCreating until its volumes can be set up.
                    logger.info("pod \(key) waits for its volumes: \(error.eventMessage)")
                    var waiting = PodPlan()
                    waiting.initialized = (pod["spec"]["initContainers"].arrayValue ?? []).isEmpty
                    try await report(pod: pod, key: key, uid: uid, runtime: runtime, plan: waiting)
                    queue.addAfter(key, delay: .seconds(2))
                    return
                }
            }
        }
        var sandboxConfig: Runtime_V1_PodSandboxConfig?
        // At most: create a sandbox, then start containers in it.
        for _ in 0..<3 {
            let changed = try await execute(plan, pod: pod, uid: uid, runtime: runtime, sandboxConfig: &sandboxConfig)
            if !changed { break }
            runtime = try await observe(uid: uid)
            plan = PodPlan.compute(pod: pod, runtime: runtime, now: Date().timeIntervalSince1970)
            // Init containers start one by one, each after the previous exited: the next sync continues.
            if plan.start.contains(where: { $0.kind == .initContainer }) || plan.createSandbox == nil && plan.start.isEmpty { break }
        }

        let specs = Dictionary((pod["spec"]["containers"].arrayValue ?? []).map { ($0["name"].stringValue ?? "", $0) }) { a, _ in a }
        let sandbox = runtime.readySandbox
        let running = runtime.containers.filter { $0.state == .running && $0.sandboxID == sandbox?.id }.compactMap { c in specs[c.name].map { (id: c.id, container: $0) } }
        probes.update(pod: key, running: running, podIP: sandbox?.ip ?? "")

        try await report(pod: pod, key: key, uid: uid, runtime: runtime, plan: plan)
        if let wait = plan.backOff.values.min() {
            queue.addAfter(key, delay: .milliseconds(Int(wait * 1000) + 50))
        }
    }

    /// What the runtime has for the pod `uid`.
    func observe(uid: String) async throws -> RuntimePod {
        var sandboxFilter = Runtime_V1_PodSandboxFilter()
        sandboxFilter.labelSelector = [PodLabels.podUID: uid]
        var runtime = RuntimePod()
        for sandbox in try await cri.listPodSandbox(filter: sandboxFilter) {
            var info = SandboxInfo(id: sandbox.id, attempt: sandbox.metadata.attempt, ready: sandbox.state == .sandboxReady, createdAt: sandbox.createdAt)
            if info.ready, let status = try? await cri.podSandboxStatus(id: sandbox.id) {
                info.ip = status.status.network.ip
            }
            runtime.sandboxes.append(info)
        }
        var containerFilter = Runtime_V1_ContainerFilter()
        containerFilter.labelSelector = [PodLabels.podUID: uid]
        for container in try await cri.listContainers(filter: containerFilter) {
            do {
                let status = try await cri.containerStatus(id: container.id).status
                runtime.containers.append(ContainerInfo(status: status, sandboxID: container.podSandboxID))
            } catch where error.isCRINotFound {
                continue
            }
        }
        return runtime
    }

    /// Carries out a plan; true when something was started or created.
    func execute(_ plan: PodPlan, pod: JSON, uid: String, runtime: RuntimePod, sandboxConfig: inout Runtime_V1_PodSandboxConfig?) async throws -> Bool {
        let grace = pod["spec"]["terminationGracePeriodSeconds"].intValue ?? 30
        if !plan.kill.isEmpty {
            let killing = runtime.containers.filter { plan.kill.contains($0.id) }.map { (id: $0.id, name: $0.name) }
            let left = await runPreStopHooks(pod: pod, containers: killing, podIP: runtime.readySandbox?.ip ?? "", gracePeriod: grace)
            for id in plan.kill {
                try? await cri.stopContainer(id: id, gracePeriodSeconds: left)
            }
        }
        for id in plan.stopSandboxes {
            try? await cri.stopPodSandbox(id: id)
        }
        for id in plan.remove {
            try? await cri.removeContainer(id: id)
        }
        if let attempt = plan.createSandbox {
            let config = sandboxBuilder.build(pod: pod, attempt: attempt)
            try FileManager.default.createDirectory(atPath: config.logDirectory, withIntermediateDirectories: true)
            do {
                _ = try await cri.runPodSandbox(config)
                sandboxErrors.withLock { $0[uid] = nil }
            } catch {
                sandboxErrors.withLock { $0[uid] = "Failed to create pod sandbox: \(error)" }
                throw error
            }
            return true
        }
        guard let sandbox = runtime.readySandbox, !plan.start.isEmpty else { return false }
        let config = sandboxConfig ?? sandboxBuilder.build(pod: pod, attempt: sandbox.attempt)
        sandboxConfig = config
        var started = false
        for start in plan.start {
            let name = start.container["name"].stringValue ?? ""
            do {
                try await ensureImage(start.container, pod: pod)
                let sources = try await envSources(for: start.container, namespace: pod["metadata"]["namespace"].stringValue ?? "default")
                let containerConfig = try containerBuilder.build(pod: pod, container: start.container, kind: start.kind, attempt: start.attempt, podIP: sandbox.ip, sources: sources)
                try FileManager.default.createDirectory(atPath: config.logDirectory + "/" + name, withIntermediateDirectories: true)
                let id = try await cri.createContainer(podSandboxID: sandbox.id, config: containerConfig, sandboxConfig: config)
                try await cri.startContainer(id: id)
                containerErrors.withLock { $0[uid]?[name] = nil }
                started = true
                _ = await runPostStart(pod: pod, container: start.container, containerID: id, podIP: sandbox.ip)
            } catch let error as KubeletError {
                containerErrors.withLock { $0[uid, default: [:]][name] = (error.reason, error.message) }
                logger.info("container \(name) of \(uid) not started: \(error.message)")
            } catch {
                containerErrors.withLock { $0[uid, default: [:]][name] = ("CreateContainerError", "\(error)") }
                logger.warning("container \(name) of \(uid) failed to start: \(error)")
            }
        }
        return started
    }

    /// Fetches the ConfigMaps and Secrets the container's environment refers to (missing ones are
    /// left out; the config builder decides whether that is an error).
    func envSources(for container: JSON, namespace: String) async throws -> EnvSources {
        let (configMaps, secrets) = EnvSources.references(container)
        var sources = EnvSources()
        for name in configMaps {
            do {
                sources.configMaps[name] = EnvSources.configMapData(try await client.get(ResourcePath(resource: "configmaps", namespace: namespace, name: name)))
            } catch let error as APIError where error.isNotFound {}
        }
        for name in secrets {
            do {
                sources.secrets[name] = EnvSources.secretData(try await client.get(ResourcePath(resource: "secrets", namespace: namespace, name: name)))
            } catch let error as APIError where error.isNotFound {}
        }
        return sources
    }

    /// Makes sure the container's image is present, pulling it as `imagePullPolicy` says.
    func ensureImage(_ container: JSON, pod: JSON) async throws {
        let image = container["image"].stringValue ?? ""
        let policy = container["imagePullPolicy"].stringValue ?? (image.hasSuffix(":latest") || !image.contains(":") ? "Always" : "IfNotPresent")
        let present = (try? await cri.imageStatus(image)) != nil
        if present && policy != "Always" { return }
        if policy == "Never" {
            throw KubeletError(reason: "ErrImageNeverPull", message: "Container image \"\(image)\" is not present with pull policy of Never")
        }
        // No registry is reachable on many Apus machines: when a pull of a present image failed
        // recently, the present image is used without asking the registry again.
        let now = Date().timeIntervalSince1970
        if present, let failed = pullFailures.withLock({ $0[image] }), now - failed < 300 { return }
        do {
            _ = try await cri.pullImage(image, auth: await pullAuth(image: image, pod: pod), timeout: present ? .seconds(10) : nil)
            pullFailures.withLock { $0[image] = nil }
        } catch {
            pullFailures.withLock { $0[image] = now }
            if present { return }
            throw KubeletError(reason: "ErrImagePull", message: "failed to pull image \"\(image)\": \(error)")
        }
    }

    /// Registry credentials for `image` from the pod's `imagePullSecrets` (missing secrets are skipped, as upstream).
    func pullAuth(image: String, pod: JSON) async -> Runtime_V1_AuthConfig? {
        let namespace = pod["metadata"]["namespace"].stringValue ?? "default"
        var secrets: [JSON] = []
        for ref in pod["spec"]["imagePullSecrets"].arrayValue ?? [] {
            guard let name = ref["name"].stringValue, !name.isEmpty,
                  let secret = try? await client.get(ResourcePath(resource: "secrets", namespace: namespace, name: name))
            else { continue }
            secrets.append(secret)
        }
        return PullSecrets.auth(forImage: image, secrets: secrets)
    }

    /// Writes the pod's status when it changed.
    func report(pod: JSON, key: ObjectKey, uid: String, runtime: RuntimePod, plan: PodPlan) async throws {
        var builder = PodStatusBuilder(hostIP: hostIP, now: Self.now())
        for container in runtime.containers where container.state == .running {
            if let ready = probes.passing(container.id, .readiness) { builder.probeReady[container.id] = ready }
            if let started = probes.passing(container.id, .startup) {
                builder.probeStarted[container.id] = started
                if !started { builder.probeReady[container.id] = false }
            }
        }
        builder.containerErrors = containerErrors.withLock { $0[uid] ?? [:] }
        builder.sandboxError = sandboxErrors.withLock { $0[uid] }
        var status = builder.build(pod: pod, runtime: runtime, plan: plan)
        let old = pod["status"]
        if old["phase"].stringValue == status["phase"].stringValue, Self.sameStatus(old, status) { return }
        for field in ["message", "reason", "podIP", "podIPs", "initContainerStatuses"] where status[field].isNull && !old[field].isNull {
            status[field] = .null
        }
        let path = ResourcePath(resource: "pods", namespace: key.namespace, name: key.name, subresource: "status")
        do {
            _ = try await client.patch(path, type: .merge, ["status": status])
        } catch let error as APIError where error.isNotFound {}
    }

    /// Compares the fields the kubelet owns, ignoring nothing else: equal statuses are not written.
    static func sameStatus(_ a: JSON, _ b: JSON) -> Bool {
        for field in ["phase", "conditions", "podIP", "hostIP", "startTime", "qosClass", "containerStatuses", "initContainerStatuses", "message"]
        where !a[field].semanticallyEquals(b[field]) {
            return false
        }
        return true
    }

    /// Stops a deleted pod within its grace period, removes it from the runtime and deletes the
    /// Pod object for good.
    func terminate(pod: JSON, key: ObjectKey, uid: String) async throws {
        let grace = pod["metadata"]["deletionGracePeriodSeconds"].intValue ?? pod["spec"]["terminationGracePeriodSeconds"].intValue ?? 30
        var filter = Runtime_V1_PodSandboxFilter()
        filter.labelSelector = [PodLabels.podUID: uid]
        let sandboxes = try await cri.listPodSandbox(filter: filter)
        probes.forget(pod: key)
        volumeSources.forget(pod: key)
        try await removePod(uid: uid, gracePeriod: grace, sandboxes: sandboxes, pod: pod)
        let path = ResourcePath(resource: "pods", namespace: key.namespace, name: key.name)
        do {
            try await client.delete(path, gracePeriodSeconds: 0, preconditions: Preconditions(uid: uid))
        } catch let error as APIError where error.isNotFound || error.isConflict {}
        containerErrors.withLock { $0[uid] = nil }
        sandboxErrors.withLock { $0[uid] = nil }
    }

    /// Stops the pod's containers (SIGTERM, SIGKILL after `gracePeriod`), then its sandboxes, and
    /// removes them with their logs, volumes and cgroups. With the pod's spec, its containers'
    /// preStop hooks run first, within the grace period.
    func removePod(uid: String, gracePeriod: Int64, sandboxes: [Runtime_V1_PodSandbox], pod: JSON? = nil) async throws {
        var filter = Runtime_V1_ContainerFilter()
        filter.labelSelector = [PodLabels.podUID: uid]
        let containers = try await cri.listContainers(filter: filter)
        var grace = gracePeriod
        if let pod {
            let running = containers.filter { $0.state == .containerRunning }.map { (id: $0.id, name: $0.metadata.name) }
            var podIP = ""
            if let sandbox = sandboxes.first(where: { $0.state == .sandboxReady }), let status = try? await cri.podSandboxStatus(id: sandbox.id) {
                podIP = status.status.network.ip
            }
            grace = await runPreStopHooks(pod: pod, containers: running, podIP: podIP, gracePeriod: gracePeriod)
        }
        let stopGrace = grace
        await withTaskGroup(of: Void.self) { group in
            for container in containers where container.state == .containerRunning {
                group.addTask { try? await self.cri.stopContainer(id: container.id, gracePeriodSeconds: stopGrace) }
            }
        }
        for sandbox in sandboxes {
            try await cri.stopPodSandbox(id: sandbox.id)
            try await cri.removePodSandbox(id: sandbox.id)
        }
        removeLogDirectories(uid: uid)
        removePodDirectory(uid: uid)
        HostCleanup.removeCgroups(named: sandboxBuilder.cgroupParent(uid: uid))
    }

    /// Unmounts the pod's tmpfs volumes and removes its directory (volumes and their files).
    func removePodDirectory(uid: String) {
        guard !uid.isEmpty, !uid.contains("/"), !uid.hasPrefix(".") else { return }
        let podDir = "\(options.dataDir)/pods/\(uid)"
        HostCleanup.unmountAll(under: podDir)
        try? FileManager.default.removeItem(atPath: podDir)
    }

    /// Removes the pod's log directory (`<namespace>_<name>_<uid>`).
    func removeLogDirectories(uid: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: layout.podLogsDir)) ?? [] where entry.hasSuffix("_" + uid) {
            try? FileManager.default.removeItem(atPath: layout.podLogsDir + "/" + entry)
        }
    }

    /// On shutdown: every pod this kubelet runs is stopped and removed.
    func removeAllPods() async {
        var filter = Runtime_V1_PodSandboxFilter()
        filter.labelSelector = [PodLabels.managedBy: PodLabels.managedByValue]
        guard let sandboxes = try? await cri.listPodSandbox(filter: filter) else { return }
        let byUID = Dictionary(grouping: sandboxes) { $0.labels[PodLabels.podUID] ?? "" }
        await withTaskGroup(of: Void.self) { group in
            for (uid, sandboxes) in byUID {
                group.addTask { try? await self.removePod(uid: uid, gracePeriod: 2, sandboxes: sandboxes) }
            }
        }
        // The pods' parent cgroup goes too when no other agent's pods are in it.
        HostCleanup.removeCgroups(named: options.cgroupRoot)
    }
}

/// A failure the pod's status shows as a container's waiting reason.
struct KubeletError: Error {
    var reason: String
    var message: String
}
