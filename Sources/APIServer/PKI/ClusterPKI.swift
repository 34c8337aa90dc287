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
        return ClusterPKI(
            caCertificatePEM: caCert, caKeyPEM: caKey, servingCertificatePEM: servingCert, servingKeyPEM: servingKey,
            adminCertificatePEM: adminCert, adminKeyPEM: adminKey)
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
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName { CommonName(commonName) }
        let now = Date()
        let cert = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(),
            publicKey: Certificate.PublicKey(key.publicKey), notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(10 * 365 * 86400), issuer: name, subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(digitalSignature: true, keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: Certificate.PrivateKey(key))
        return (try cert.serializeAsPEM().pemString, key.pemRepresentation)
    }

    public enum Usage: Sendable { case serverAuth, clientAuth }

    /// Issues a leaf certificate signed by the CA.
    public static func issue(
        caCertPEM: String, caKeyPEM: String, commonName: String, organizations: [String], sans: [String], usage: Usage,
        validity: TimeInterval = 365 * 86400
    ) throws -> (String, String) {
        let caCert = try Certificate(pemEncoded: caCertPEM)
        let caKey = try P256.Signing.PrivateKey(pemRepresentation: caKeyPEM)
        let key = P256.Signing.PrivateKey()
        var rdns: [RelativeDistinguishedName] = []
        for o in organizations {
            rdns.append(RelativeDistinguishedName(try RelativeDistinguishedName.Attribute(type: .RDNAttributeType.organizationName, utf8String: o)))
        }
        rdns.append(RelativeDistinguishedName(try RelativeDistinguishedName.Attribute(type: .RDNAttributeType.commonName, utf8String: commonName)))
        let subject = DistinguishedName(rdns)
        let now = Date()
        var generalNames: [GeneralName] = []
        for san in sans {
            if let bytes = HostAddresses.parseIP(san) {
                generalNames.append(.ipAddress(ASN1OctetString(contentBytes: ArraySlice(bytes))))
            } else {
                generalNames.append(.dnsName(san))
            }
        }
        let eku: ExtendedKeyUsage.Usage = usage == .serverAuth ? .serverAuth : .clientAuth
        let cert = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(),
            publicKey: Certificate.PublicKey(key.publicKey), notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(validity), issuer: caCert.subject, subject: subject,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
                try ExtendedKeyUsage([eku])
                if !generalNames.isEmpty { SubjectAlternativeNames(generalNames) }
            },
            issuerPrivateKey: Certificate.PrivateKey(caKey))
        return (try cert.serializeAsPEM().pemString, key.pemRepresentation)
    }

    /// The user a client certificate names: CN is the user name, O entries are the groups.
    public static func identity(fromDER der: [UInt8]) -> UserInfo? {
        guard let cert = try? Certificate(derEncoded: der) else { return nil }
        var name: String?
        var groups: [String] = []
        for rdn in cert.subject {
            for attr in rdn {
                if attr.type == .RDNAttributeType.commonName { name = String(attr.value) }
                if attr.type == .RDNAttributeType.organizationName, let g = String(attr.value) { groups.append(g) }
            }
        }
        guard let name else { return nil }
        return UserInfo(name: name, groups: groups + ["system:authenticated"])
    }
}

/// An authenticated user.
public struct UserInfo: Sendable, Hashable {
    public var name: String
    public var groups: [String]
    public init(name: String, groups: [String]) {
        self.name = name
        self.groups = groups
    }
}
