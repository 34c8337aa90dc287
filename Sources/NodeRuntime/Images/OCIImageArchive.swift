import Crypto
import Foundation

/// Builds a single-image OCI image layout as a tar archive (`oci-layout`, `index.json`,
/// `blobs/sha256/…`), which containerd imports; layers are uncompressed tars.
public struct OCIImageArchive: Sendable {
    /// Full reference, e.g. `docker.io/library/busybox:latest`.
    public var reference: String
    /// Layer tars, bottom first.
    public var layers: [[UInt8]]
    /// The image's default process.
    public var entrypoint: [String]
    public var cmd: [String]
    public var env: [String]
    public var workingDir: String
    /// GOARCH-style architecture, e.g. `amd64`.
    public var architecture: String

    public init(
        reference: String,
        layers: [[UInt8]],
        entrypoint: [String] = [],
        cmd: [String] = [],
        env: [String] = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
        workingDir: String = "",
        architecture: String = OCIImageArchive.hostArchitecture
    ) {
        self.reference = reference
        self.layers = layers
        self.entrypoint = entrypoint
        self.cmd = cmd
        self.env = env
        self.workingDir = workingDir
        self.architecture = architecture
    }

    /// The machine's architecture in OCI (GOARCH) spelling.
    public static var hostArchitecture: String {
        var info = utsname()
        uname(&info)
        let machine = withUnsafeBytes(of: &info.machine) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        switch machine {
        case "x86_64": return "amd64"
        case "aarch64", "arm64": return "arm64"
        case "armv7l": return "arm"
        case "ppc64le": return "ppc64le"
        case "s390x": return "s390x"
        case "riscv64": return "riscv64"
        default: return machine
        }
    }

    /// The tag part of the reference ("latest" when none).
    var tag: String {
        let lastComponent = reference.split(separator: "/").last.map(String.init) ?? reference
        if let colon = lastComponent.lastIndex(of: ":") { return String(lastComponent[lastComponent.index(after: colon)...]) }
        return "latest"
    }

    struct Descriptor: Encodable {
        var mediaType: String
        var digest: String
        var size: Int
        var annotations: [String: String]?
        var platform: Platform?
    }

    struct Platform: Encodable {
        var architecture: String
        var os: String
    }

    static let layerMediaType = "application/vnd.oci.image.layer.v1.tar"
    static let configMediaType = "application/vnd.oci.image.config.v1+json"
    static let manifestMediaType = "application/vnd.oci.image.manifest.v1+json"
    static let indexMediaType = "application/vnd.oci.image.index.v1+json"

    static func digest(_ bytes: [UInt8]) -> String {
        "sha256:" + SHA256.hash(data: bytes).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    static func json(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// The digest of the image manifest, which containerd reports as the image's target.
    public func manifestDigest() throws -> String {
        try Self.digest(blobs().manifest)
    }

    private func blobs() throws -> (config: [UInt8], manifest: [UInt8], layerDescriptors: [Descriptor]) {
        struct ImageConfig: Encodable {
            struct Config: Encodable {
                var Env: [String]
                var Entrypoint: [String]?
                var Cmd: [String]?
                var WorkingDir: String?
            }
            struct RootFS: Encodable {
                var type = "layers"
                var diff_ids: [String]
            }
            var architecture: String
            var os = "linux"
            var config: Config
            var rootfs: RootFS
        }
        struct Manifest: Encodable {
            var schemaVersion = 2
            var mediaType = OCIImageArchive.manifestMediaType
            var config: Descriptor
            var layers: [Descriptor]
        }
        let layerDescriptors = layers.map { Descriptor(mediaType: Self.layerMediaType, digest: Self.digest($0), size: $0.count) }
        let config = try Self.json(ImageConfig(
            architecture: architecture,
            config: .init(
                Env: env,
                Entrypoint: entrypoint.isEmpty ? nil : entrypoint,
                Cmd: cmd.isEmpty ? nil : cmd,
                WorkingDir: workingDir.isEmpty ? nil : workingDir
            ),
            rootfs: .init(diff_ids: layerDescriptors.map(\.digest))
        ))
        let manifest = try Self.json(Manifest(
            config: Descriptor(mediaType: Self.configMediaType, digest: Self.digest(config), size: config.count),
            layers: layerDescriptors
        ))
        return (config, manifest, layerDescriptors)
    }

    /// The archive's bytes.
    public func archive() throws -> [UInt8] {
        struct Index: Encodable {
            var schemaVersion = 2
            var mediaType = OCIImageArchive.indexMediaType
            var manifests: [Descriptor]
        }
        let (config, manifest, _) = try blobs()
        let index = try Self.json(Index(manifests: [
            Descriptor(
                mediaType: Self.manifestMediaType,
                digest: Self.digest(manifest),
                size: manifest.count,
                annotations: [
                    // containerd names the imported image after this annotation ...
                    "io.containerd.image.name": reference,
                    // ... and other OCI tools after this one.
                    "org.opencontainers.image.ref.name": tag,
                ],
                platform: Platform(architecture: architecture, os: "linux")
            ),
        ]))

        var tar = TarWriter()
        try tar.addFile("oci-layout", contents: Array(#"{"imageLayoutVersion":"1.0.0"}"#.utf8))
        try tar.addFile("index.json", contents: index)
        try tar.addDirectory("blobs")
        try tar.addDirectory("blobs/sha256")
        var written = Set<String>()
        for blob in [config, manifest] + layers {
            let digest = Self.digest(blob)
            guard written.insert(digest).inserted else { continue }
            try tar.addFile("blobs/sha256/" + digest.dropFirst("sha256:".count), contents: blob)
        }
        return tar.finish()
    }
}
