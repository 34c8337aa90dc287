import Foundation

/// Writes kubeconfig files for the admin user.
public enum Kubeconfig {
    public static func admin(server: String, pki: ClusterPKI) -> String {
        func b64(_ s: String) -> String { Data(s.utf8).base64EncodedString() }
        return """
            apiVersion: v1
            kind: Config
            clusters:
            - cluster:
                certificate-authority-data: \(b64(pki.caCertificatePEM))
                server: \(server)
              name: apus
            contexts:
            - context:
                cluster: apus
                user: admin
              name: apus
            current-context: apus
            preferences: {}
            users:
            - name: admin
              user:
                client-certificate-data: \(b64(pki.adminCertificatePEM))
                client-key-data: \(b64(pki.adminKeyPEM))

            """
    }

    public static func write(_ content: String, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}
