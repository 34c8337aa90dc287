/// The containerd configuration the agent writes for its own containerd: version 2 format,
/// understood by containerd 1.6 (Debian bookworm) and 1.7.
///
/// Pure: ``render()`` only builds text, so it is unit-tested without containerd.
public struct ContainerdConfig: Sendable, Equatable {
    public var layout: NodeRuntimeLayout
    /// The pause image every pod sandbox runs.
    public var sandboxImage: String
    /// Where the CNI plugin binaries are (Debian's containernetworking-plugins).
    public var cniBinDir: String
    /// runc's binary; runc, not crun, is the runtime.
    public var runcBinary: String
    /// Address the CRI streaming server (exec, attach, port-forward) listens on: loopback only.
    public var streamServerAddress: String
    /// The snapshotter unpacked images go to.
    public var snapshotter: String

    public init(
        layout: NodeRuntimeLayout,
        sandboxImage: String = ApusImages.pauseReference,
        cniBinDir: String = "/usr/lib/cni",
        runcBinary: String = "/usr/sbin/runc",
        streamServerAddress: String = "127.0.0.1",
        snapshotter: String = "overlayfs"
    ) {
        self.layout = layout
        self.sandboxImage = sandboxImage
        self.cniBinDir = cniBinDir
        self.runcBinary = runcBinary
        self.streamServerAddress = streamServerAddress
        self.snapshotter = snapshotter
    }

    /// The config file's text (TOML).
    public func render() -> String {
        let cri = "plugins.\"io.containerd.grpc.v1.cri\""
        return """
            # Written by the Apus agent; rewritten at every start.
            version = 2
            root = \(toml(layout.containerdRoot))
            state = \(toml(layout.containerdState))
            # Plugins a node never uses; aufs, btrfs, zfs and devmapper would probe the host at start.
            disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]

            [grpc]
              address = \(toml(layout.containerdSocket))

            [ttrpc]
              address = \(toml(layout.containerdSocket + ".ttrpc"))

            [debug]
              level = "info"

            [metrics]
              address = ""

            [plugins."io.containerd.internal.v1.opt"]
              path = \(toml(layout.containerdDir + "/opt"))

            [\(cri)]
              sandbox_image = \(toml(sandboxImage))
              restrict_oom_score_adj = true
              stream_server_address = \(toml(streamServerAddress))
              stream_server_port = "0"
              enable_selinux = false
              max_container_log_line_size = 16384

            [\(cri).containerd]
              snapshotter = \(toml(snapshotter))
              default_runtime_name = "runc"
              discard_unpacked_layers = false

            [\(cri).containerd.runtimes.runc]
              runtime_type = "io.containerd.runc.v2"

            [\(cri).containerd.runtimes.runc.options]
              BinaryName = \(toml(runcBinary))
              SystemdCgroup = false

            [\(cri).cni]
              bin_dir = \(toml(cniBinDir))
              conf_dir = \(toml(layout.cniConfDir))
              max_conf_num = 1

            """
    }
}

/// A TOML basic string.
func toml(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
