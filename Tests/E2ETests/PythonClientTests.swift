import Foundation
import Testing

/// The official Kubernetes Python client (PyPI `kubernetes`) doing CRUD and a watch stream.
@Suite("python client")
struct PythonClientTests {
    @Test("CRUD and watch")
    func crudAndWatch() async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let root = ApusServerProcess.packageRoot
        let r = try await ProcessRunner.run(
            "/usr/bin/env", ["python3", "\(root)/Tests/E2ETests/python/client_crud.py", server.kubeconfig],
            env: ["PYTHONPATH": "\(root)/.build-tools/python"], timeout: 120)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("python client: ok"))
    }
}
