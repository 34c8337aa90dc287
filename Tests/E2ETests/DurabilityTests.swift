import Foundation
import Testing

/// Acknowledged writes survive `kill -9` of the server, and revisions continue after the restart.
@Suite("durability")
struct DurabilityTests {
    @Test("kill -9 under write load loses no acknowledged write")
    func killNine() async throws {
        let server = try await ApusServerProcess.start()
        let dir = server.dataDir
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let client = try TestHTTPSClient(kubeconfig: server.kubeconfig, port: server.port)
        let acknowledged = AcknowledgedWrites()
        // Writers create configmaps as fast as the server takes them; the server is killed mid-stream.
        let writers = Task {
            await withTaskGroup(of: Void.self) { group in
                for w in 0..<8 {
                    group.addTask {
                        var i = 0
                        while !Task.isCancelled {
                            let name = "cm-\(w)-\(i)"
                            let body = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"\#(name)"},"data":{"i":"\#(i)"}}"#
                            if let (status, json) = try? await client.request("POST", "/api/v1/namespaces/default/configmaps", body: body),
                                status == 201, let rv = (json["metadata"] as? [String: Any])?["resourceVersion"] as? String
                            {
                                acknowledged.add(name, rv: Int(rv) ?? 0)
                            } else if acknowledged.count > 0 {
                                return
                            }
                            i += 1
                        }
                    }
                }
            }
        }
        let deadline = Date().addingTimeInterval(20)
        while acknowledged.count < 300 && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        server.kill9()
        writers.cancel()
        _ = await writers.value
        let acked = acknowledged.all
        #expect(acked.count >= 300)

        let restarted = try await ApusServerProcess.start(dataDir: dir, port: server.port)
        defer { restarted.stop() }
        let client2 = try TestHTTPSClient(kubeconfig: restarted.kubeconfig, port: restarted.port)
        let (status, list) = try await client2.request("GET", "/api/v1/namespaces/default/configmaps")
        #expect(status == 200)
        let items = (list["items"] as? [[String: Any]]) ?? []
        let names = Set(items.compactMap { ($0["metadata"] as? [String: Any])?["name"] as? String })
        let missing = acked.keys.filter { !names.contains($0) }
        #expect(missing.isEmpty, "acknowledged but lost: \(missing.prefix(10))")
        let maxAcked = acked.values.max() ?? 0
        let (cs, created) = try await client2.request("POST", "/api/v1/namespaces/default/configmaps",
                                                      body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"after-restart"}}"#)
        #expect(cs == 201)
        let newRV = Int(((created["metadata"] as? [String: Any])?["resourceVersion"] as? String) ?? "") ?? 0
        #expect(newRV > maxAcked, "revision \(newRV) after restart is not above \(maxAcked)")
    }
}

final class AcknowledgedWrites: @unchecked Sendable {
    private let lock = NSLock()
    private var writes: [String: Int] = [:]
    func add(_ name: String, rv: Int) { lock.lock(); writes[name] = rv; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return writes.count }
    var all: [String: Int] { lock.lock(); defer { lock.unlock() }; return writes }
}
