import Crypto
import Foundation
import SwiftASN1
import X509

/// The cluster's certificates: a CA, the API server's serving certificate and the admin client certificate.
///
/// Generated on first start under `<data-dir>/pki` and reused afterwards.
public struct ClusterPKI: Sendable {
    public var caCertificatePEM: String
    public var caKeyPEM: String
    public var servingCertificatePEM: String
    public var servingKeyPEM: String
    public var adminCertificatePEM: String
    public var adminKeyPEM: String
    /// The API server's client certificate for kubelet connections.
    public var kubeletClientCertificatePEM: String = ""
    public var kubeletClientKeyPEM: String = ""

    /// Loads the PKI from `directory`, generating whatever is missing.
    public static func loadOrCreate(directory: String, extraSANs: [String] = []) throws -> ClusterPKI {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        func path(_ name: String) -> String { "\(directory)/\(name)" }
        func read(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }
        func write(_ name: String, _ content: String) throws {
            try content.write(toFile: path(name), atomically: true, encoding: .utf8)
            try fm.setAttributes([.posixPermissions: name.hasSuffix(".key") ? 0o600 : 0o644], ofItemAtPath: path(name))
        }

        let caCert: String
        let caKey: String
        if let c = read("ca.crt"), let k = read("ca.key") {
            caCert = c
            caKey = k
        } else {
            (caCert, caKey) = try generateCA(commonName: "apus-ca")
            try write("ca.crt", caCert)
            try write("ca.key", caKey)
        }
        let servingCert: String
        let servingKey: String
        if let c = read("apiserver.crt"), let k = read("apiserver.key") {
            servingCert = c
            servingKey = k
        } else {
            let sans = Self.defaultSANs() + extraSANs
            (servingCert, servingKey) = try issue(
                caCertPEM: caCert, caKeyPEM: caKey, commonName: "kube-apiserver", organizations: [], sans: sans,
                usage: .serverAuth)
            try write("apiserver.crt", servingCert)
            try write("apiserver.key", servingKey)
        }
        let adminCert: String
        let adminKey: String
        if let c = read("admin.crt"), let k = read("admin.key") {
            adminCert = c
            adminKey = k
        } else {
            (adminCert, adminKey) = try issue(
                caCertPEM: caCert, caKeyPEM: caKey, commonName: "kubernetes-admin", organizations: ["system:masters"],
                sans: [], usage: .clientAuth)
            try write("admin.crt", adminCert)
            try write("admin.key", adminKey)
        }
        let kubeletCert: String
        let kubeletKey: String
        if let c = read("apiserver-kubelet-client.crt"), let k = read("apiserver-kubelet-client.key") {
            kubeletCert = c
            kubeletKey = k
        } else {
            (kubeletCert, kubeletKey) = try issue(
                caCertPEM: caCert, caKeyPEM: caKey, commonName: "kube-apiserver-kubelet-client",
                organizations: ["system:masters"], sans: [], usage: .clientAuth)
            try write("apiserver-kubelet-client.crt", kubeletCert)
            try write("apiserver-kubelet-client.key", kubeletKey)
        }
        return ClusterPKI(
            caCertificatePEM: caCert, caKeyPEM: caKey, servingCertificatePEM: servingCert, servingKeyPEM: servingKey,
            adminCertificatePEM: adminCert, adminKeyPEM: adminKey, kubeletClientCertificatePEM: kubeletCert,
            kubeletClientKeyPEM: kubeletKey)
    }

    /// localhost, 127.0.0.1, ::1, the host name and the machine's addresses.
    public static func defaultSANs() -> [String] {
        var names = ["localhost", "127.0.0.1", "::1", "kubernetes", "kubernetes.default", "kubernetes.default.svc",
                     "kubernetes.default.svc.cluster.local"]
        let host = ProcessInfo.processInfo.hostName
        if !host.isEmpty { names.append(host) }
        names.append(contentsOf: HostAddresses.all())
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    static func generateCA(commonName: String) throws -> (String, String) {
        try Certificates.generateCA(commonName: commonName)
    }

    public typealias Usage = Certificates.Usage

    /// Issues a leaf certificate signed by the CA.
    public static func issue(
        caCertPEM: String, caKeyPEM: String, commonName: String, organizations: [String], sans: [String], usage: Usage,
        validity: TimeInterval = 365 * 86400
    ) throws -> (String, String) {
        try Certificates.issue(
            caCertPEM: caCertPEM, caKeyPEM: caKeyPEM, commonName: commonName, organizations: organizations, sans: sans,
            usage: usage, validity: validity)
    }

    /// The user a client certificate names: CN is the user name, O entries are the groups.
    public static func identity(fromDER der: [UInt8]) -> UserInfo? {
        Certificates.identity(fromDER: der)
    }
}
