import Foundation

extension Kubeconfig {
    /// The PEM of the current context's cluster CA (inline data or file), nil when it has none.
    public func currentClusterCAPEM() -> String? {
        guard let name = currentContext, let context = contexts[name], let cluster = clusters[context.cluster] else { return nil }
        if let data = cluster.certificateAuthorityData, !data.isEmpty { return String(decoding: data, as: UTF8.self) }
        if let file = cluster.certificateAuthority {
            let path = file.hasPrefix("/") ? file : (directory ?? ".") + "/" + file
            return try? String(contentsOfFile: path, encoding: .utf8)
        }
        return nil
    }
}
