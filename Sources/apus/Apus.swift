import APIServer
import ArgumentParser

@main
struct Apus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apus",
        abstract: "Kubernetes, written in Swift.",
        version: ApusVersion.gitVersion,
        subcommands: [ServerCommand.self, AgentCommand.self, SchedulerCommand.self, ControllerManagerCommand.self, ImagesCommand.self]
    )
}
