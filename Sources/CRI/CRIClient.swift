import GRPCCore
import GRPCNIOTransportHTTP2

/// A CRI v1 client (RuntimeService and ImageService) over a unix socket, e.g. containerd's
/// `/run/containerd/containerd.sock` or CRI-O's `/var/run/crio/crio.sock`.
///
/// One HTTP/2 connection is shared by all calls. Create it with ``connect(socketPath:defaultTimeout:)``
/// and call ``close()`` when done; every call may run concurrently.
public final class CRIClient: Sendable {
    public typealias Transport = HTTP2ClientTransport.Posix

    /// The socket this client talks to.
    public let socketPath: String
    /// Deadline used by calls that are not given one.
    public let defaultTimeout: Duration

    private let grpc: GRPCClient<Transport>
    private let runtime: Runtime_V1_RuntimeService.Client<Transport>
    private let images: Runtime_V1_ImageService.Client<Transport>
    private let connections: Task<Void, Never>

    /// Largest response accepted: listing hundreds of containers or images exceeds gRPC's 4 MiB default.
    static let maxResponseBytes = 64 * 1024 * 1024

    private init(socketPath: String, defaultTimeout: Duration) throws {
        self.socketPath = socketPath
        self.defaultTimeout = defaultTimeout
        let transport = try HTTP2ClientTransport.Posix(
            target: .unixDomainSocket(path: socketPath),
            transportSecurity: .plaintext
        )
        let grpc = GRPCClient(transport: transport)
        self.grpc = grpc
        self.runtime = Runtime_V1_RuntimeService.Client(wrapping: grpc)
        self.images = Runtime_V1_ImageService.Client(wrapping: grpc)
        self.connections = Task { try? await grpc.runConnections() }
    }

    /// Opens a client for the runtime listening on `socketPath`. The connection itself is made lazily,
    /// on the first call, and re-made if the runtime restarts.
    public static func connect(socketPath: String, defaultTimeout: Duration = .seconds(120)) throws -> CRIClient {
        try CRIClient(socketPath: socketPath, defaultTimeout: defaultTimeout)
    }

    /// Stops accepting calls, lets calls in flight finish and closes the connection.
    public func close() async {
        grpc.beginGracefulShutdown()
        await connections.value
    }

    deinit {
        grpc.beginGracefulShutdown()
    }

    func options(_ timeout: Duration?) -> CallOptions {
        var options = CallOptions.defaults
        options.timeout = timeout ?? defaultTimeout
        options.maxResponseMessageBytes = Self.maxResponseBytes
        // Wait (within the deadline) for the runtime to come up or back instead of failing at once
        // while the connection is being re-made.
        options.waitForReady = true
        return options
    }

    /// Runs an idempotent call again when the connection to the runtime dropped under it
    /// (gRPC UNAVAILABLE), twice at most, after 100 and 400 ms.
    func retrying<T: Sendable>(_ call: () async throws -> T) async throws -> T {
        var delay = Duration.milliseconds(100)
        for _ in 0..<2 {
            do {
                return try await call()
            } catch let error as RPCError where error.code == .unavailable {
                try await Task.sleep(for: delay)
                delay *= 4
            }
        }
        return try await call()
    }

    // MARK: runtime

    /// The runtime's name and versions (`VersionResponse.runtimeApiVersion` is "v1").
    public func version(timeout: Duration? = nil) async throws -> Runtime_V1_VersionResponse {
        var request = Runtime_V1_VersionRequest()
        request.version = "v1"
        return try await retrying { try await runtime.version(request, options: options(timeout)) }
    }

    /// The runtime's conditions (`RuntimeReady`, `NetworkReady`).
    public func status(verbose: Bool = false, timeout: Duration? = nil) async throws -> Runtime_V1_StatusResponse {
        var request = Runtime_V1_StatusRequest()
        request.verbose = verbose
        return try await retrying { try await runtime.status(request, options: options(timeout)) }
    }

    /// The cgroup driver the runtime uses.
    public func runtimeConfig(timeout: Duration? = nil) async throws -> Runtime_V1_RuntimeConfigResponse {
        try await retrying { try await runtime.runtimeConfig(Runtime_V1_RuntimeConfigRequest(), options: options(timeout)) }
    }

    /// Tells the runtime the node's pod CIDR.
    public func updateRuntimeConfig(podCIDR: String, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_UpdateRuntimeConfigRequest()
        request.runtimeConfig.networkConfig.podCidr = podCIDR
        _ = try await retrying { try await runtime.updateRuntimeConfig(request, options: options(timeout)) }
    }

    // MARK: sandboxes

    /// Creates and starts a pod sandbox (its namespaces, network and pause container); returns its id.
    public func runPodSandbox(
        _ config: Runtime_V1_PodSandboxConfig,
        runtimeHandler: String = "",
        timeout: Duration? = nil
    ) async throws -> String {
        var request = Runtime_V1_RunPodSandboxRequest()
        request.config = config
        request.runtimeHandler = runtimeHandler
        return try await runtime.runPodSandbox(request, options: options(timeout)).podSandboxID
    }

    /// Stops every container of the sandbox and tears its network down. Idempotent.
    public func stopPodSandbox(id: String, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_StopPodSandboxRequest()
        request.podSandboxID = id
        _ = try await retrying { try await runtime.stopPodSandbox(request, options: options(timeout)) }
    }

    /// Removes a stopped sandbox and its containers. Idempotent.
    public func removePodSandbox(id: String, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_RemovePodSandboxRequest()
        request.podSandboxID = id
        _ = try await retrying { try await runtime.removePodSandbox(request, options: options(timeout)) }
    }

    public func podSandboxStatus(
        id: String,
        verbose: Bool = false,
        timeout: Duration? = nil
    ) async throws -> Runtime_V1_PodSandboxStatusResponse {
        var request = Runtime_V1_PodSandboxStatusRequest()
        request.podSandboxID = id
        request.verbose = verbose
        return try await retrying { try await runtime.podSandboxStatus(request, options: options(timeout)) }
    }

    public func listPodSandbox(
        filter: Runtime_V1_PodSandboxFilter? = nil,
        timeout: Duration? = nil
    ) async throws -> [Runtime_V1_PodSandbox] {
        var request = Runtime_V1_ListPodSandboxRequest()
        if let filter { request.filter = filter }
        return try await retrying { try await runtime.listPodSandbox(request, options: options(timeout)) }.items
    }

    // MARK: containers

    /// Creates a container in a sandbox; returns its id.
    public func createContainer(
        podSandboxID: String,
        config: Runtime_V1_ContainerConfig,
        sandboxConfig: Runtime_V1_PodSandboxConfig,
        timeout: Duration? = nil
    ) async throws -> String {
        var request = Runtime_V1_CreateContainerRequest()
        request.podSandboxID = podSandboxID
        request.config = config
        request.sandboxConfig = sandboxConfig
        return try await runtime.createContainer(request, options: options(timeout)).containerID
    }

    public func startContainer(id: String, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_StartContainerRequest()
        request.containerID = id
        _ = try await retrying { try await runtime.startContainer(request, options: options(timeout)) }
    }

    /// Sends the stop signal and, after `gracePeriodSeconds`, SIGKILL. The call's own deadline is
    /// the grace period plus `timeout` (or the default timeout).
    public func stopContainer(id: String, gracePeriodSeconds: Int64, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_StopContainerRequest()
        request.containerID = id
        request.timeout = gracePeriodSeconds
        let deadline = (timeout ?? defaultTimeout) + .seconds(max(0, gracePeriodSeconds))
        _ = try await retrying { try await runtime.stopContainer(request, options: options(deadline)) }
    }

    public func removeContainer(id: String, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_RemoveContainerRequest()
        request.containerID = id
        _ = try await retrying { try await runtime.removeContainer(request, options: options(timeout)) }
    }

    public func listContainers(
        filter: Runtime_V1_ContainerFilter? = nil,
        timeout: Duration? = nil
    ) async throws -> [Runtime_V1_Container] {
        var request = Runtime_V1_ListContainersRequest()
        if let filter { request.filter = filter }
        return try await retrying { try await runtime.listContainers(request, options: options(timeout)) }.containers
    }

    public func containerStatus(
        id: String,
        verbose: Bool = false,
        timeout: Duration? = nil
    ) async throws -> Runtime_V1_ContainerStatusResponse {
        var request = Runtime_V1_ContainerStatusRequest()
        request.containerID = id
        request.verbose = verbose
        return try await retrying { try await runtime.containerStatus(request, options: options(timeout)) }
    }

    /// Changes a running container's cgroup limits.
    public func updateContainerResources(
        id: String,
        resources: Runtime_V1_LinuxContainerResources,
        timeout: Duration? = nil
    ) async throws {
        var request = Runtime_V1_UpdateContainerResourcesRequest()
        request.containerID = id
        request.linux = resources
        _ = try await retrying { try await runtime.updateContainerResources(request, options: options(timeout)) }
    }

    /// Asks the runtime to reopen the container's log file (after the kubelet rotated it).
    public func reopenContainerLog(id: String, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_ReopenContainerLogRequest()
        request.containerID = id
        _ = try await retrying { try await runtime.reopenContainerLog(request, options: options(timeout)) }
    }

    // MARK: exec, attach, port-forward

    /// Runs a command in a container and waits for it (`commandTimeoutSeconds` 0 = no limit on the
    /// runtime's side).
    public func execSync(
        containerID: String,
        command: [String],
        commandTimeoutSeconds: Int64 = 0,
        timeout: Duration? = nil
    ) async throws -> Runtime_V1_ExecSyncResponse {
        var request = Runtime_V1_ExecSyncRequest()
        request.containerID = containerID
        request.cmd = command
        request.timeout = commandTimeoutSeconds
        let deadline = (timeout ?? defaultTimeout) + .seconds(max(0, commandTimeoutSeconds))
        return try await runtime.execSync(request, options: options(deadline))
    }

    /// Prepares a streaming exec; returns the URL of the runtime's streaming server to connect to.
    /// (Retried like idempotent calls: an unused URL only expires.)
    public func exec(_ request: Runtime_V1_ExecRequest, timeout: Duration? = nil) async throws -> String {
        try await retrying { try await runtime.exec(request, options: options(timeout)).url }
    }

    /// Prepares a streaming attach; returns the streaming server URL.
    public func attach(_ request: Runtime_V1_AttachRequest, timeout: Duration? = nil) async throws -> String {
        try await retrying { try await runtime.attach(request, options: options(timeout)).url }
    }

    /// Prepares a port-forward into the sandbox's network namespace; returns the streaming server URL.
    public func portForward(podSandboxID: String, ports: [Int32], timeout: Duration? = nil) async throws -> String {
        var request = Runtime_V1_PortForwardRequest()
        request.podSandboxID = podSandboxID
        request.port = ports
        return try await retrying { try await runtime.portForward(request, options: options(timeout)).url }
    }

    // MARK: statistics

    public func containerStats(id: String, timeout: Duration? = nil) async throws -> Runtime_V1_ContainerStats {
        var request = Runtime_V1_ContainerStatsRequest()
        request.containerID = id
        return try await retrying { try await runtime.containerStats(request, options: options(timeout)) }.stats
    }

    public func listContainerStats(
        filter: Runtime_V1_ContainerStatsFilter? = nil,
        timeout: Duration? = nil
    ) async throws -> [Runtime_V1_ContainerStats] {
        var request = Runtime_V1_ListContainerStatsRequest()
        if let filter { request.filter = filter }
        return try await retrying { try await runtime.listContainerStats(request, options: options(timeout)) }.stats
    }

    public func podSandboxStats(id: String, timeout: Duration? = nil) async throws -> Runtime_V1_PodSandboxStats {
        var request = Runtime_V1_PodSandboxStatsRequest()
        request.podSandboxID = id
        return try await retrying { try await runtime.podSandboxStats(request, options: options(timeout)) }.stats
    }

    public func listPodSandboxStats(
        filter: Runtime_V1_PodSandboxStatsFilter? = nil,
        timeout: Duration? = nil
    ) async throws -> [Runtime_V1_PodSandboxStats] {
        var request = Runtime_V1_ListPodSandboxStatsRequest()
        if let filter { request.filter = filter }
        return try await retrying { try await runtime.listPodSandboxStats(request, options: options(timeout)) }.stats
    }

    // MARK: images

    /// The image if the runtime has it (by name, tag, digest or id), nil otherwise.
    public func imageStatus(_ image: String, timeout: Duration? = nil) async throws -> Runtime_V1_Image? {
        var request = Runtime_V1_ImageStatusRequest()
        request.image.image = image
        let response = try await retrying { try await images.imageStatus(request, options: options(timeout)) }
        return response.hasImage ? response.image : nil
    }

    public func listImages(filter image: String? = nil, timeout: Duration? = nil) async throws -> [Runtime_V1_Image] {
        var request = Runtime_V1_ListImagesRequest()
        if let image { request.filter.image.image = image }
        return try await retrying { try await images.listImages(request, options: options(timeout)) }.images
    }

    /// Pulls an image from its registry; returns the image reference (its id).
    public func pullImage(
        _ image: String,
        auth: Runtime_V1_AuthConfig? = nil,
        sandboxConfig: Runtime_V1_PodSandboxConfig? = nil,
        timeout: Duration? = nil
    ) async throws -> String {
        var request = Runtime_V1_PullImageRequest()
        request.image.image = image
        if let auth { request.auth = auth }
        if let sandboxConfig { request.sandboxConfig = sandboxConfig }
        return try await images.pullImage(request, options: options(timeout)).imageRef
    }

    public func removeImage(_ image: String, timeout: Duration? = nil) async throws {
        var request = Runtime_V1_RemoveImageRequest()
        request.image.image = image
        _ = try await retrying { try await images.removeImage(request, options: options(timeout)) }
    }

    /// Usage of the filesystems holding images and writable container layers.
    public func imageFsInfo(timeout: Duration? = nil) async throws -> Runtime_V1_ImageFsInfoResponse {
        try await retrying { try await images.imageFsInfo(Runtime_V1_ImageFsInfoRequest(), options: options(timeout)) }
    }
}
