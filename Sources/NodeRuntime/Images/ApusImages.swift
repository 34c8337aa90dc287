import Foundation

/// The images Apus builds itself, because no registry is reachable on its machines: the pause
/// image every sandbox runs and a busybox image for tests and first steps.
public enum ApusImages {
    /// The sandbox image the agent's containerd is configured with.
    public static let pauseReference = "apus.local/pause:1.0"
    /// Named as Docker Hub's busybox so `busybox` and `busybox:latest` resolve to it.
    public static let busyboxReference = "docker.io/library/busybox:latest"

    public static let pauseArchiveName = "apus-pause.oci.tar"
    public static let busyboxArchiveName = "busybox.oci.tar"

    public enum BuildError: Error, CustomStringConvertible {
        case missingTool(String, package: String)
        public var description: String {
            switch self {
            case .missingTool(let tool, let package): "\(tool) not found: apt-get install \(package)"
            }
        }
    }

    /// Compiles the pause program statically with gcc and wraps it in an image (`/pause`).
    public static func pause(gcc: String = "/usr/bin/gcc") async throws -> OCIImageArchive {
        guard FileManager.default.isExecutableFile(atPath: gcc) else { throw BuildError.missingTool(gcc, package: "gcc libc6-dev") }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("apus-pause-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("pause.c").path
        let binary = work.appendingPathComponent("pause").path
        try PauseProgram.source.write(toFile: source, atomically: true, encoding: .utf8)
        try await Command.run(gcc, ["-static", "-Os", "-s", "-Wall", "-o", binary, source])
        guard let bytes = FileManager.default.contents(atPath: binary) else { throw CocoaError(.fileReadNoSuchFile) }
        var layer = TarWriter()
        try layer.addFile("pause", contents: Array(bytes), mode: 0o755)
        return OCIImageArchive(reference: pauseReference, layers: [layer.finish()], entrypoint: ["/pause"], env: [])
    }

    /// A busybox image from Debian's static busybox: `/bin/busybox`, a symlink for each applet, a
    /// root user and `sh` as the default command.
    public static func busybox(binary: String = "/bin/busybox") async throws -> OCIImageArchive {
        guard FileManager.default.isExecutableFile(atPath: binary),
              let bytes = FileManager.default.contents(atPath: binary) else {
            throw BuildError.missingTool(binary, package: "busybox-static")
        }
        let applets = try await Command.run(binary, ["--list-full"]).stdout
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        return OCIImageArchive(
            reference: busyboxReference,
            layers: [try busyboxLayer(busybox: Array(bytes), applets: applets)],
            cmd: ["sh"]
        )
    }

    /// The busybox root filesystem as a tar (pure: unit-tested).
    static func busyboxLayer(busybox: [UInt8], applets: [String]) throws -> [UInt8] {
        var tar = TarWriter()
        for dir in ["bin", "dev", "etc", "home", "proc", "root", "sbin", "sys", "usr", "usr/bin", "usr/sbin", "var", "var/www"] {
            try tar.addDirectory(dir, mode: dir == "root" ? 0o700 : 0o755)
        }
        try tar.addDirectory("tmp", mode: 0o1777)
        try tar.addFile("bin/busybox", contents: busybox, mode: 0o755)
        for applet in Set(applets).sorted() where applet != "bin/busybox" && !applet.hasPrefix("/") && !applet.contains("..") {
            try tar.addSymlink(applet, target: "/bin/busybox")
        }
        try tar.addFile("etc/passwd", contents: Array("root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n".utf8))
        try tar.addFile("etc/group", contents: Array("root:x:0:\nnobody:x:65534:\n".utf8))
        return tar.finish()
    }

    /// Builds both archives into `directory`; returns their paths (pause first).
    public static func buildAll(into directory: String) async throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for (name, image) in [(pauseArchiveName, try await pause()), (busyboxArchiveName, try await busybox())] {
            let path = directory + "/" + name
            try Data(try image.archive()).write(to: URL(fileURLWithPath: path), options: .atomic)
            written.append(path)
        }
        return written
    }
}
