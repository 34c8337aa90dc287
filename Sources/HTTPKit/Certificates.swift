import Crypto
import Foundation
import SwiftASN1
import X509

/// Certificate issuing for the cluster's PKI and the kubelet's own serving certificate.
public enum Certificates {
    public static func generateCA(commonName: String) throws -> (String, String) {
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

    /// A serving certificate for `sans` signed by a throwaway CA (a kubelet without a CA-issued one;
    /// the API server does not verify kubelet serving certificates unless told to, as upstream).
    public static func selfSigned(commonName: String, sans: [String], validity: TimeInterval = 365 * 86400) throws -> (String, String) {
        let (caCert, caKey) = try generateCA(commonName: "\(commonName)-ca")
        return try issue(caCertPEM: caCert, caKeyPEM: caKey, commonName: commonName, organizations: [], sans: sans, usage: .serverAuth, validity: validity)
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
