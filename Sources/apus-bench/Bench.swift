import ArgumentParser

@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apus-bench",
        abstract: "Benchmarks of the Apus API server and its store (figures go in the README).",
        subcommands: [APIBench.self, StoreBench.self]
    )
}
