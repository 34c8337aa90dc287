import APIServer
import ArgumentParser
import Foundation
import Logging
import Store
import Client
import SimulatedNodes
import Scheduler
import Controllers

struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Run the control plane (API server on an embedded SQLite store).",
        discussion: "Generates a cluster CA, serving and admin certificates under DATA-DIR/pki on first start and writes an admin kubeconfig."
    )

    @Option(name: .long, help: "Directory for the store, certificates and kubeconfig.")
    var dataDir: String = "/var/lib/apus"

    @Option(name: .long, help: "HTTPS port of the API server.")
    var securePort: Int = 6443

    @Option(name: .long, help: "Address the API server listens on.")
    var bindAddress: String = "0.0.0.0"

    @Option(name: .long, help: "Also write the admin kubeconfig to this path.")
    var writeKubeconfig: String?

    @Option(name: .long, help: "Extra names or addresses for the serving certificate (comma separated).")
    var tlsSan: String?

    @Option(name: .long, help: "Service cluster IP range.")
    var serviceClusterIPRange: String = "10.43.0.0/16"

    @Option(name: .long, help: "Seconds of store history kept for watches before compaction.")
    var historySeconds: Int = 300

    @Flag(name: .long, help: "Also serve plain HTTP without authentication on --insecure-port (tests only).")
    var insecure: Bool = false

    @Option(name: .long, help: "Plain HTTP port used with --insecure.")
    var insecurePort: Int = 8080

    @Flag(name: .long, help: "Do not run the scheduler in this process.")
    var disableScheduler: Bool = false

    @Flag(name: .long, help: "Do not run the controller manager in this process.")
    var disableControllerManager: Bool = false

    @Flag(name: .long, help: "The scheduler, controller manager and simulated nodes of this process reach the API server over loopback HTTPS, as separate processes do, instead of in memory.")
    var loopbackHTTPS = false

    @OptionGroup(title: "Node controllers")
    var nodeControllers: NodeControllerFlags

    @OptionGroup(title: "Simulated nodes")
    var simulated: SimulatedNodeFlags

    @OptionGroup(title: "Local node")
    var localNode: LocalNodeFlags

    @Option(name: .long, help: "Log level (trace, debug, info, notice, warning, error, critical).")
    var logLevel: String = "info"

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return h
        }
        let logger = Logger(label: "apus.server")
        try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
        let extra = tlsSan.map { $0.split(separator: ",").map(String.init) } ?? []
        let pki = try ClusterPKI.loadOrCreate(directory: "\(dataDir)/pki", extraSANs: extra)
        var options = SQLiteStore.Options()
        options.historyRetention = .seconds(historySeconds)
        let store = try SQLiteStore(path: "\(dataDir)/db/state.db", options: options)
        let kubeletClient = try KubeletClientConfig(certificatePEM: pki.kubeletClientCertificatePEM, keyPEM: pki.kubeletClientKeyPEM)
        let token = try JoinToken.loadOrCreate(directory: dataDir, caPEM: pki.caCertificatePEM)
        let api = APIServer(
            store: store, logger: logger, serviceCIDR: serviceClusterIPRange, kubeletClient: kubeletClient,
            bearerTokens: [token.secret: JoinToken.nodeUser], caPEM: pki.caCertificatePEM,
            serviceAccountTokens: try ServiceAccountTokenIssuer.loadOrCreate(directory: "\(dataDir)/pki"))
        try await api.start()
        let tls = HTTPServer.TLS(certificatePEM: pki.servingCertificatePEM, keyPEM: pki.servingKeyPEM, clientCAPEM: pki.caCertificatePEM)
        let server = try await HTTPServer(host: bindAddress, port: securePort, tls: tls, responder: api)
        var insecureServer: HTTPServer?
        if insecure {
            insecureServer = try await HTTPServer(host: "127.0.0.1", port: insecurePort, tls: nil, responder: InsecureResponder(api: api))
        }
        let host = bindAddress == "0.0.0.0" || bindAddress == "::" ? "127.0.0.1" : bindAddress
        let kubeconfig = Kubeconfig.admin(server: "https://\(host):\(server.port)", pki: pki)
        let path = "\(dataDir)/admin.kubeconfig"
        try Kubeconfig.write(kubeconfig, to: path)
        if let writeKubeconfig { try Kubeconfig.write(kubeconfig, to: writeKubeconfig) }
        print("Apus \(ApusVersion.gitVersion): kubeconfig written to \(path)")
        if let writeKubeconfig { print("Apus: kubeconfig also written to \(writeKubeconfig)") }
        print("Apus: use it with: export KUBECONFIG=\(writeKubeconfig ?? path); kubectl get namespaces")
        let joinHost = bindAddress == "0.0.0.0"
            ? (HostAddresses.all().first { !$0.hasPrefix("127.") && !$0.contains(":") } ?? host) : host
        print("Apus: other machines join as nodes with: apus agent --server https://\(joinHost):\(server.port) --token $(cat \(dataDir)/token)")
        print("Apus API server ready on https://\(host):\(server.port)")
        fflush(nil)
        var components: [Task<Void, Never>] = []
        // The scheduler, the controller manager and the simulated nodes send their requests to this API server in
        // memory (every request still goes through its whole request handling), or over loopback HTTPS.
        func componentClient(_ label: String) throws -> APIClient {
            var config = try ClientConfig.load(kubeconfig: path)
            if !loopbackHTTPS { config.inProcessServer = InProcessAPI(api: api) }
            return try APIClient(config: config, logger: Logger(label: label))
        }
        if !disableScheduler {
            let client = try componentClient("apus.scheduler")
            let scheduler = Scheduler(client: client, config: SchedulerConfiguration(), logger: Logger(label: "apus.scheduler"))
            components.append(Task { await scheduler.run() })
        }
        if !disableControllerManager {
            let client = try componentClient("apus.controller-manager")
            let manager = ControllerManager(
                client: client, logger: Logger(label: "apus.controller-manager"),
                options: nodeControllers.applied(to: ControllerManagerOptions()))
            components.append(Task { await manager.run() })
        }
        if simulated.simulatedNodes > 0 {
            let client = try componentClient("apus.simulated-nodes")
            let agent = SimulatedNodeAgent(client: client, options: simulated.options)
            components.append(Task { await agent.run() })
        }
        // The local node last: it needs the control plane, and goes first at shutdown (it removes its pods).
        let node = try localNode.start(serverDataDir: dataDir, kubeconfig: path, clusterCAPEM: pki.caCertificatePEM)
        fflush(nil)
        await ShutdownSignal.wait()
        if let node {
            node.cancel()
            await node.value
        }
        for c in components { c.cancel() }
        logger.info("shutting down")
        await server.shutdown()
        await insecureServer?.shutdown()
        api.stop()
        await store.close()
    }
}

/// Plain-HTTP responder for tests: every request acts as the admin.
struct InsecureResponder: HTTPResponder {
    let api: APIServer
    func respond(to request: HTTPRequest) async -> HTTPResponse {
        var r = request
        r.user = UserInfo(name: "system:admin", groups: ["system:masters", "system:authenticated"])
        return await api.respond(to: r)
    }
}
