import ArgumentParser
import Foundation
import Store

/// The raw store under the same load as the API benchmark, so the API overhead is a ratio.
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store", abstract: "Benchmark the embedded SQLite store directly.")

    @Option(help: "Directory for the benchmark database (removed afterwards).") var dir: String = "/tmp/apus-store-bench"
    @Option(help: "Keys to create.") var keys: Int = 100_000
    @Option(help: "Concurrent writers.") var concurrency: Int = 32
    @Option(help: "Fixed write rate for the latency phase.") var rate: Int = 100
    @Option(help: "Seconds of the fixed-rate phase.") var rateSeconds: Int = 10

    func run() async throws {
        try? FileManager.default.removeItem(atPath: dir)
        let store = try SQLiteStore(path: dir + "/state.db")
        let value = Array(#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x","namespace":"bench","uid":"0e0e0e0e-0000-4000-8000-000000000000","creationTimestamp":"2026-11-22T00:00:00Z","labels":{"app":"bench"}},"spec":{"containers":[{"name":"c","image":"busybox:1.36","imagePullPolicy":"IfNotPresent","resources":{"requests":{"cpu":"10m","memory":"16Mi"}},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],"dnsPolicy":"ClusterFirst","restartPolicy":"Always","schedulerName":"default-scheduler","securityContext":{},"terminationGracePeriodSeconds":30},"status":{"phase":"Pending","qosClass":"Burstable"}}"#.utf8)

        var fixed = Samples()
        let start = Clock.now()
        let results = Locked([Double]())
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<(rate * rateSeconds) {
                let wait = start + Double(i) / Double(rate) - Clock.now()
                if wait > 0 { try? await Task.sleep(for: .nanoseconds(Int64(wait * 1e9))) }
                group.addTask {
                    let t0 = Clock.now()
                    if (try? await store.create("/registry/core/pods/rate/r-\(i)", value: value)) != nil {
                        results.with { $0.append(Clock.now() - t0) }
                    }
                }
            }
        }
        fixed.values = results.with { $0 }
        print("store creates at \(rate)/s: \(fixed.summary)")

        let counter = Locked(0)
        let lat = Locked([Double]())
        let t0 = Clock.now()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    while true {
                        let i = counter.with { c -> Int in c += 1; return c - 1 }
                        if i >= keys { return }
                        let s = Clock.now()
                        if (try? await store.create("/registry/core/pods/bench/p-\(i)", value: value)) != nil {
                            lat.with { $0.append(Clock.now() - s) }
                        }
                    }
                }
            }
        }
        let elapsed = Clock.now() - t0
        var thr = Samples()
        thr.values = lat.with { $0 }
        print(String(format: "store creates, %d writers: %.0f/s %@ (transactions: %d)", concurrency, Double(thr.values.count) / elapsed, thr.summary, store.stats.transactions))
        var gets = Samples()
        for _ in 0..<2000 {
            let s = Clock.now()
            _ = try await store.get("/registry/core/pods/bench/p-\(Int.random(in: 0..<keys))", revision: nil)
            gets.add(Clock.now() - s)
        }
        print("store get: \(gets.summary)")
        let s = Clock.now()
        var n = 0
        var after: String?
        repeat {
            let page = try await store.range(prefix: "/registry/core/pods/bench/", startAfter: after, limit: 10_000, revision: nil)
            n += page.kvs.count
            after = page.more ? page.kvs.last?.key : nil
        } while after != nil
        print(String(format: "store range of %d keys: %.3fs", n, Clock.now() - s))
        print(String(format: "process RSS: %.1f MiB", rssMiB(pid: getpid()) ?? 0))
        await store.close()
        try? FileManager.default.removeItem(atPath: dir)
    }
}
