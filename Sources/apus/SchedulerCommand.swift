import ArgumentParser
import Client
import Foundation
import Logging
import Scheduler

struct SchedulerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheduler", abstract: "Run the scheduler: binds unscheduled pods to nodes.")

    @Option(name: .long, help: "Kubeconfig used to reach the API server.")
    var kubeconfig: String

    @Option(name: .long, help: "KubeSchedulerConfiguration file (kubescheduler.config.k8s.io/v1).")
    var config: String?

    @Option(name: .long, help: "Scheduler name (the pods' spec.schedulerName this scheduler takes).")
    var schedulerName: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Elect one active instance through a Lease.")
    var leaderElect: Bool = false

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var cfg = try config.map { try SchedulerConfiguration.load(path: $0) } ?? SchedulerConfiguration()
        if let schedulerName { cfg = SchedulerConfiguration.named(schedulerName) }
        cfg.leaderElect = leaderElect
        let client = try APIClient(kubeconfig: kubeconfig, logger: Logger(label: "apus.scheduler"))
        let scheduler = Scheduler(client: client, config: cfg, logger: Logger(label: "apus.scheduler"))
        let task = Task { await scheduler.run() }
        print("Apus scheduler running (\(cfg.schedulerNames.joined(separator: ", ")))")
        fflush(nil)
        await ShutdownSignal.wait()
        task.cancel()
        await task.value
    }
}
