import Foundation
@testable import NodeRuntime
import Testing

@Suite struct ImageArchiveTests {
    /// Lists a tar with the system's tar, which checks every header checksum.
    func list(_ bytes: [UInt8]) async throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("apus-tar-\(UUID().uuidString).tar")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await Command.run("/bin/tar", ["-tvf", file.path])
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func tarWriterWritesFilesDirectoriesSymlinksAndLongNames() async throws {
        var tar = TarWriter()
        try tar.addDirectory("etc")
        try tar.addFile("etc/hello", contents: Array("hi\n".utf8), mode: 0o600)
        try tar.addSymlink("bin/sh", target: "/bin/busybox")
        let long = String(repeating: "d/", count: 70) + "file"
        try tar.addFile(long, contents: [1, 2, 3])
        let bytes = tar.finish()
        #expect(bytes.count % 512 == 0)
        let lines = try await list(bytes)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("drwxr-xr-x root/root") && lines[0].hasSuffix(" etc/"))
        #expect(lines[1].hasPrefix("-rw------- root/root") && lines[1].hasSuffix(" etc/hello"))
        #expect(lines[2].hasPrefix("lrwxrwxrwx") && lines[2].hasSuffix("bin/sh -> /bin/busybox"))
        #expect(lines[3].hasSuffix(long))
    }

    @Test func tarWriterIsDeterministic() throws {
        var a = TarWriter()
        var b = TarWriter()
        try a.addFile("x", contents: [9])
        try b.addFile("x", contents: [9])
        #expect(a.finish() == b.finish())
    }

    @Test func ociArchiveHasLayoutIndexAndBlobsNamedByDigest() async throws {
        var layer = TarWriter()
        try layer.addFile("pause", contents: [0x7F, 0x45, 0x4C, 0x46], mode: 0o755)
        let image = OCIImageArchive(reference: "docker.io/library/busybox:1.36", layers: [layer.finish()], cmd: ["sh"], architecture: "amd64")
        let bytes = try image.archive()
        let names = try await list(bytes).compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(names.prefix(4) == ["oci-layout", "index.json", "blobs/", "blobs/sha256/"])
        #expect(names.count == 7)  // + config, manifest, layer

        let index = try #require(try JSONSerialization.jsonObject(with: Data(Self.member("index.json", of: bytes))) as? [String: Any])
        let manifests = try #require(index["manifests"] as? [[String: Any]])
        let annotations = try #require(manifests.first?["annotations"] as? [String: String])
        #expect(annotations["io.containerd.image.name"] == "docker.io/library/busybox:1.36")
        #expect(annotations["org.opencontainers.image.ref.name"] == "1.36")
        #expect(manifests.first?["digest"] as? String == (try image.manifestDigest()))
    }

    @Test func busyboxLayerLinksEveryAppletToTheBinary() async throws {
        let layer = try ApusImages.busyboxLayer(busybox: [1, 2, 3], applets: ["bin/sh", "usr/bin/wget", "bin/busybox", "../evil"])
        let lines = try await list(layer)
        #expect(lines.contains { $0.hasSuffix("bin/sh -> /bin/busybox") })
        #expect(lines.contains { $0.hasSuffix("usr/bin/wget -> /bin/busybox") })
        #expect(!lines.contains { $0.contains("evil") })
        #expect(lines.contains { $0.hasPrefix("drwxrwxrwt") && $0.hasSuffix(" tmp/") })
        #expect(lines.contains { $0.hasSuffix(" etc/passwd") })
    }

    @Test func ctrImportOutputNamesTheImages() {
        let output = "unpacking docker.io/library/busybox:latest (sha256:abc)...done\nunpacking apus.local/pause:1.0 (sha256:def)...done\n"
        #expect(ImageImporter.importedNames(output) == ["docker.io/library/busybox:latest", "apus.local/pause:1.0"])
    }

    /// A member's contents (the archive's members are small and not nested).
    static func member(_ name: String, of tar: [UInt8]) -> [UInt8] {
        var offset = 0
        while offset + 512 <= tar.count {
            let header = tar[offset..<(offset + 512)]
            let entryName = String(decoding: header.prefix(100).prefix { $0 != 0 }, as: UTF8.self)
            let sizeText = String(decoding: header.dropFirst(124).prefix(11), as: UTF8.self)
            let size = Int(sizeText, radix: 8) ?? 0
            if entryName == name { return Array(tar[(offset + 512)..<(offset + 512 + size)]) }
            offset += 512 + (size + 511) / 512 * 512
        }
        return []
    }
}
