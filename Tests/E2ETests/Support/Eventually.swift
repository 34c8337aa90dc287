import Foundation

/// Polls `check` every 200 ms until it is true; throws after `timeout` seconds.
func waitFor(_ what: String, timeout: TimeInterval = 60, _ check: () async throws -> Bool) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try await check() { return }
        try await Task.sleep(for: .milliseconds(200))
    }
    throw E2EError("timed out waiting for \(what)")
}
