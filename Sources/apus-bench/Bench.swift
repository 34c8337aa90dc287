import ArgumentParser

@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apus-bench",
        abstract: "Benchmarks of the Apus API server, its store and the control plane (figures go in the README).",
        subcommands: [APIBench.self, StoreBench.self, SchedulerBench.self, DeploymentBench.self, ScaleBench.self, PodStartupBench.self]
    )
}
