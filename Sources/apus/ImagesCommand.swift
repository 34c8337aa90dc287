import ArgumentParser
import Foundation
import NodeRuntime

struct ImagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "images",
        abstract: "Build Apus's own images and load image archives into a node's container runtime.",
        subcommands: [Build.self, Import.self]
    )

    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the pause image (static C program, needs gcc) and a busybox image (from busybox-static) as OCI archives."
        )

        @Option(name: .long, help: "Directory the archives are written to.")
        var output: String = NodeRuntimeLayout(dataDir: "/var/lib/apus").imagesDir

        func run() async throws {
            for path in try await ApusImages.buildAll(into: output) {
                print(path)
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load an OCI or Docker image archive into the containerd of the node whose data dir is given."
        )

        @Argument(help: "The image archive (.tar).")
        var file: String

        @Option(name: .long, help: "The node's data dir; its containerd socket is DATA_DIR/containerd/containerd.sock.")
        var dataDir: String = "/var/lib/apus"

        @Option(name: .long, help: "A containerd socket to use instead of the data dir's.")
        var address: String?

        func run() async throws {
            let socket = address ?? NodeRuntimeLayout(dataDir: dataDir).containerdSocket
            guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("no such file: \(file)") }
            for name in try await ImageImporter(socketPath: socket).importArchive(file) {
                print(name)
            }
        }
    }
}
