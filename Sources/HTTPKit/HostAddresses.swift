import Foundation
import NIOCore

/// The machine's own IP addresses, for certificate SANs.
public enum HostAddresses {
    public static func all() -> [String] {
        guard let devices = try? System.enumerateDevices() else { return [] }
        var out: [String] = []
        for d in devices {
            guard let ip = d.address?.ipAddress else { continue }
            if ip.hasPrefix("fe80") { continue }
            out.append(ip)
        }
        return out
    }

    /// The bytes of an IPv4 or IPv6 literal, nil when `s` is not one.
    public static func parseIP(_ s: String) -> [UInt8]? {
        guard let addr = try? SocketAddress(ipAddress: s, port: 0) else { return nil }
        switch addr {
        case .v4(let a):
            var sin = a.address.sin_addr
            return withUnsafeBytes(of: &sin) { Array($0) }
        case .v6(let a):
            var sin6 = a.address.sin6_addr
            return withUnsafeBytes(of: &sin6) { Array($0) }
        default:
            return nil
        }
    }
}
