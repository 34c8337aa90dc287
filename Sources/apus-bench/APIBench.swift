import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore

/// Drives a running `apus server` over HTTPS and prints creates/s, latencies, list times, watch latency and RSS.
struct APIBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "api", abstract: "Benchmark a running API server over HTTPS.")

    @Option(help: "Admin kubeconfig of the server.") var kubeconfig: String
    @Option(help: "PID of the server process, to report its RSS.") var serverPid: Int32?
    @Option(help: "Total pods to create (the large list is of all of them).") var pods: Int = 100_000
    @Option(help: "Concurrent clients for the throughput phase.") var concurrency: Int = 32
    @Option(help: "Fixed create rate for the latency phase (creates/s).") var rate: Int = 100
    @Option(help: "Seconds of the fixed-rate phase.") var rateSeconds: Int = 10
    @Option(help: "Watchers for the watch latency phase.") var watchers: Int = 100
    @Option(help: "Namespace prefix used for the objects.") var namespace: String = "bench"

    func run() async throws {
        let client = try BenchClient(kubeconfig: kubeconfig, connections: max(concurrency, 8) + watchers + 4)
        func rss() -> String { serverPid.flatMap { rssMiB(pid: $0) }.map { String(format: "%.1f MiB", $0) } ?? "n/a" }
        print("server RSS idle: \(rss())")
        for ns in [namespace, namespace + "-10k", namespace + "-watch"] {
            _ = try await client.send(.POST, "/api/v1/namespaces", body: Array(#"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"\#(ns)"}}"#.utf8))
        }

        // 1. Fixed rate: latency of creates at `rate`/s.
        var fixed = Samples()
        let interval = 1.0 / Double(rate)
        let total = rate * rateSeconds
        let start = Clock.now()
        let results = Locked([Double]())
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<total {
                let due = start + Double(i) * interval
                let wait = due - Clock.now()
                if wait > 0 { try? await Task.sleep(for: .nanoseconds(Int64(wait * 1e9))) }
                group.addTask {
                    let t0 = Clock.now()
                    let (status, _) = (try? await client.send(.POST, "/api/v1/namespaces/\(namespace)-watch/pods", body: Self.pod("rate-\(i)"))) ?? (0, ByteBuffer())
                    if status == 201 { results.with { $0.append(Clock.now() - t0) } }
                }
            }
        }
        fixed.values = results.with { $0 }
        print("creates at \(rate)/s for \(rateSeconds)s: \(fixed.summary)")

        // 2. Throughput: `concurrency` clients create pods until `pods` exist (10k of them in one namespace).
        let counter = Locked(0)
        let lat = Locked([Double]())
        let t0 = Clock.now()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    while true {
                        let i = counter.with { c -> Int in c += 1; return c - 1 }
                        if i >= pods { return }
                        let ns = i < 10_000 ? "\(namespace)-10k" : namespace
                        let s = Clock.now()
                        let (status, _) = (try? await client.send(.POST, "/api/v1/namespaces/\(ns)/pods", body: Self.pod("p-\(i)"))) ?? (0, ByteBuffer())
                        if status == 201 { lat.with { $0.append(Clock.now() - s) } }
                    }
                }
            }
        }
        let elapsed = Clock.now() - t0
        var thr = Samples()
        thr.values = lat.with { $0 }
        print(String(format: "creates, %d clients: %.0f/s (%d in %.1fs) %@", concurrency, Double(thr.values.count) / elapsed, thr.values.count, elapsed, thr.summary))
        print("server RSS with \(pods) pods: \(rss())")

        // 3. Get latency.
        var gets = Samples()
        for i in 0..<2000 {
            let name = "p-\(Int.random(in: 0..<min(pods, 10_000)))"
            let s = Clock.now()
            _ = try await client.send(.GET, "/api/v1/namespaces/\(namespace)-10k/pods/\(name)")
            gets.add(Clock.now() - s)
            _ = i
        }
        print("get: \(gets.summary)")

        // 4. Lists from the cache.
        for (label, path) in [("10k pods", "/api/v1/namespaces/\(namespace)-10k/pods"), ("all pods", "/api/v1/pods")] {
            let s = Clock.now()
            let (_, body) = try await client.send(.GET, path)
            let t = Clock.now() - s
            print(String(format: "list %@: %.3fs, %.1f MiB, server RSS after: %@", label, t, Double(body.readableBytes) / 1048576, rss()))
        }
        let s2 = Clock.now()
        var cont = ""
        var pages = 0
        repeat {
            let (_, body) = try await client.send(.GET, "/api/v1/pods?limit=500" + (cont.isEmpty ? "" : "&continue=\(cont)"))
            cont = Self.continueToken(body)
            pages += 1
        } while !cont.isEmpty
        print(String(format: "list all pods in pages of 500 (as kubectl does): %.3fs, %d pages", Clock.now() - s2, pages))

        // 5. Watch delivery latency with `watchers` watchers.
        let sent = Locked([String: Double]())
        let delays = Locked([Double]())
        let (_, listBody) = try await client.send(.GET, "/api/v1/namespaces/\(namespace)-watch/pods?limit=1")
        let rv = Self.resourceVersion(listBody)
        let watchTasks = (0..<watchers).map { _ in
            Task {
                try? await client.watch("/api/v1/namespaces/\(namespace)-watch/pods?watch=true&resourceVersion=\(rv)&timeoutSeconds=60") { line in
                    let now = Clock.now()
                    guard let r = line.firstRange(of: Array("\"name\":\"w-".utf8)) else { return }
                    let rest = line[r.upperBound...]
                    guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return }
                    let name = "w-" + String(decoding: rest[..<end], as: UTF8.self)
                    if let t = sent.with({ $0[name] }) { delays.with { $0.append(now - t) } }
                }
            }
        }
        try await Task.sleep(for: .seconds(2))
        for i in 0..<200 {
            let name = "w-\(i)"
            sent.with { $0[name] = Clock.now() }
            _ = try await client.send(.POST, "/api/v1/namespaces/\(namespace)-watch/pods", body: Self.pod(name))
            try await Task.sleep(for: .milliseconds(10))
        }
        try await Task.sleep(for: .seconds(2))
        for t in watchTasks { t.cancel() }
        var w = Samples()
        w.values = delays.with { $0 }
        print("watch delivery, \(watchers) watchers x 200 events: \(w.summary)")
        print("server RSS at end: \(rss())")
        await client.shutdown()
    }

    static func pod(_ name: String) -> [UInt8] {
        Array(#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"\#(name)","labels":{"app":"bench"}},"spec":{"containers":[{"name":"c","image":"busybox:1.36","resources":{"requests":{"cpu":"10m","memory":"16Mi"}}}]}}"#.utf8)
    }

    static func continueToken(_ body: ByteBuffer) -> String {
        let bytes = Array(body.readableBytesView.suffix(600))
        guard let r = bytes.firstRange(of: Array("\"continue\":\"".utf8)) else { return "" }
        let rest = bytes[r.upperBound...]
        guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return "" }
        return String(decoding: rest[..<end], as: UTF8.self).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    static func resourceVersion(_ body: ByteBuffer) -> String {
        let bytes = Array(body.readableBytesView.suffix(300))
        guard let r = bytes.firstRange(of: Array("\"resourceVersion\":\"".utf8)) else { return "0" }
        let rest = bytes[r.upperBound...]
        guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return "0" }
        return String(decoding: rest[..<end], as: UTF8.self)
    }
}
