import Foundation

/// Loads an OCI or Docker image archive into a node's containerd, in the `k8s.io` namespace that
/// its CRI plugin serves, and unpacks it for the default snapshotter.
///
/// This uses containerd's own `ctr images import` for now: importing is an administrator's step
/// (like `k3s ctr images import`), not pod work, which always goes through CRI. A native
/// importer over containerd's content and images API can replace it without changing callers.
public struct ImageImporter: Sendable {
    public var socketPath: String
    public var namespace: String
    public var ctr: String

    public init(socketPath: String, namespace: String = "k8s.io", ctr: String = "/usr/bin/ctr") {
        self.socketPath = socketPath
        self.namespace = namespace
        self.ctr = ctr
    }

    /// Imports `archive`; returns the image names containerd reported.
    @discardableResult
    public func importArchive(_ archive: String) async throws -> [String] {
        guard FileManager.default.isExecutableFile(atPath: ctr) else {
            throw ApusImages.BuildError.missingTool(ctr, package: "containerd")
        }
        let result = try await Command.run(ctr, ["--address", socketPath, "--namespace", namespace, "images", "import", archive])
        return Self.importedNames(result.stdout)
    }

    /// Names from ctr's output lines ("unpacking NAME (sha256:…)...done").
    static func importedNames(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 2, words[0] == "unpacking" else { return nil }
            return String(words[1])
        }
    }
}
