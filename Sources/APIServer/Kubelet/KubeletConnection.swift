import APIMachinery
import Foundation
import NIOSSL

/// How the API server reaches kubelets: a client certificate from the cluster CA; kubelet
/// serving certificates are not verified (upstream's default without
/// `--kubelet-certificate-authority`).
public struct KubeletClientConfig: Sendable {
    let tls: NIOSSLContext

    public init(certificatePEM: String, keyPEM: String) throws {
        var config = TLSConfiguration.makeClientConfiguration()
        config.certificateVerification = .none
        config.certificateChain = try NIOSSLCertificate.fromPEMBytes(Array(certificatePEM.utf8)).map { .certificate($0) }
        config.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: Array(keyPEM.utf8), format: .pem))
        config.applicationProtocols = ["http/1.1"]
        tls = try NIOSSLContext(configuration: config)
    }
}

/// Where a node's kubelet listens, from the Node object (pure).
struct KubeletEndpoint: Equatable {
    var host: String
    var port: Int

    /// InternalIP first, then ExternalIP, then Hostname; the port from daemonEndpoints.
    init?(node: JSON) {
        let addresses = node["status"]["addresses"].arrayValue ?? []
        func address(_ type: String) -> String? {
            addresses.first { $0["type"].stringValue == type }?["address"].stringValue.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let host = address("InternalIP") ?? address("ExternalIP") ?? address("Hostname") else { return nil }
        let port = Int(node["status"]["daemonEndpoints"]["kubeletEndpoint"]["Port"].intValue ?? 10250)
        guard port > 0 else { return nil }
        self.host = host
        self.port = port
    }

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }
}
