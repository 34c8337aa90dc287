import Synchronization
import Testing

@testable import Client

@Suite struct WorkQueueTests {
    @Test func deduplicatesQueuedKeys() async {
        let q = WorkQueue<String>()
        q.add("a")
        q.add("a")
        q.add("b")
        q.add("a")
        #expect(q.count == 2)
        #expect(await q.get() == "a")
        #expect(await q.get() == "b")
        #expect(q.count == 0)
        q.done("a")
        q.done("b")
        #expect(q.count == 0)
    }

    @Test func keepsFirstAddOrder() async {
        let q = WorkQueue<Int>()
        for i in [3, 1, 2, 1, 3, 4] { q.add(i) }
        var out: [Int] = []
        while q.count > 0, let k = await q.get() {
            out.append(k)
            q.done(k)
        }
        #expect(out == [3, 1, 2, 4])
    }

    @Test func keyAddedWhileProcessingIsRequeuedAfterDone() async {
        let q = WorkQueue<String>()
        q.add("a")
        let k = await q.get()
        #expect(k == "a")
        q.add("a")
        q.add("a")
        #expect(q.count == 0, "a key being processed is not handed to a second worker")
        #expect(q.processingCount == 1)
        q.done("a")
        #expect(q.count == 1)
        #expect(await q.get() == "a")
        q.done("a")
        #expect(q.count == 0)
    }

    @Test func waitingWorkerGetsKeyAddedLater() async {
        let q = WorkQueue<String>()
        async let got = q.get()
        try? await Task.sleep(for: .milliseconds(50))
        q.add("x")
        #expect(await got == "x")
        q.done("x")
    }

    @Test func shutDownReleasesWaitersAndDropsKeys() async {
        let q = WorkQueue<String>()
        async let waiting = q.get()
        try? await Task.sleep(for: .milliseconds(30))
        q.shutDown()
        #expect(await waiting == nil)
        q.add("late")
        #expect(q.count == 0)
        #expect(await q.get() == nil)
        #expect(q.isShuttingDown)
    }

    @Test func cancelledGetReturnsNil() async {
        let q = WorkQueue<String>()
        let t = Task { await q.get() }
        try? await Task.sleep(for: .milliseconds(30))
        t.cancel()
        #expect(await t.value == nil)
        // The queue still works for others.
        q.add("k")
        #expect(await q.get() == "k")
    }

    @Test func addAfterDelaysKey() async {
        let q = WorkQueue<String>()
        let start = ContinuousClock.now
        q.addAfter("slow", delay: .milliseconds(150))
        q.addAfter("fast", delay: .milliseconds(30))
        #expect(q.count == 0)
        #expect(q.delayedCount == 2)
        let first = await q.get()
        #expect(first == "fast")
        let second = await q.get()
        #expect(second == "slow")
        #expect(ContinuousClock.now - start >= .milliseconds(150))
        #expect(q.delayedCount == 0)
    }

    @Test func addAfterKeepsEarliestDeadline() async {
        let q = WorkQueue<String>()
        let start = ContinuousClock.now
        q.addAfter("k", delay: .seconds(30))
        q.addAfter("k", delay: .milliseconds(40))
        q.addAfter("k", delay: .seconds(10))
        #expect(q.delayedCount == 1)
        #expect(await q.get() == "k")
        #expect(ContinuousClock.now - start < .seconds(5))
        q.done("k")
        try? await Task.sleep(for: .milliseconds(100))
        #expect(q.count == 0, "superseded deadlines do not queue the key again")
    }

    @Test func delayedKeyAlreadyQueuedIsNotDuplicated() async {
        let q = WorkQueue<String>()
        q.add("k")
        q.addAfter("k", delay: .milliseconds(20))
        try? await Task.sleep(for: .milliseconds(80))
        #expect(q.count == 1)
    }

    @Test func exponentialBackoffDoublesFromFiveMillisecondsToCap() {
        let rl = ExponentialBackoffRateLimiter<String>()
        #expect(rl.when("a") == .milliseconds(5))
        #expect(rl.when("a") == .milliseconds(10))
        #expect(rl.when("a") == .milliseconds(20))
        #expect(rl.when("b") == .milliseconds(5))
        #expect(rl.retries("a") == 3)
        rl.forget("a")
        #expect(rl.retries("a") == 0)
        #expect(rl.when("a") == .milliseconds(5))
        for _ in 0..<40 { _ = rl.when("c") }
        #expect(rl.when("c") == .seconds(1000))
        for _ in 0..<100 { _ = rl.when("c") }
        #expect(rl.when("c") == .seconds(1000))
    }

    @Test func tokenBucketAllowsBurstThenPaces() {
        let bucket = TokenBucket(rate: 10, burst: 3)
        #expect(bucket.reserve() == .zero)
        #expect(bucket.reserve() == .zero)
        #expect(bucket.reserve() == .zero)
        let wait1 = bucket.reserve()
        let wait2 = bucket.reserve()
        #expect(wait1 > .milliseconds(50) && wait1 <= .milliseconds(100))
        #expect(wait2 > .milliseconds(150) && wait2 <= .milliseconds(200))
    }

    @Test func defaultLimiterIsMaxOfBackoffAndBucket() {
        let rl = MaxOfRateLimiter<String>.controllerDefault()
        #expect(rl.when("x") == .milliseconds(5))
        #expect(rl.when("x") == .milliseconds(10))
        #expect(rl.retries("x") == 2)
        rl.forget("x")
        #expect(rl.retries("x") == 0)
    }

    @Test func addRateLimitedBacksOffPerItem() async {
        let q = WorkQueue<String>(rateLimiter: ExponentialBackoffRateLimiter(base: .milliseconds(20), max: .seconds(1)))
        let start = ContinuousClock.now
        q.addRateLimited("k")  // 20 ms
        #expect(await q.get() == "k")
        q.done("k")
        q.addRateLimited("k")  // 40 ms
        #expect(await q.get() == "k")
        q.done("k")
        #expect(ContinuousClock.now - start >= .milliseconds(60))
        #expect(q.numRequeues("k") == 2)
        q.forget("k")
        #expect(q.numRequeues("k") == 0)
    }

    @Test func controllerRunnerRetriesFailuresWithBackoff() async {
        let q = WorkQueue<String>(rateLimiter: ExponentialBackoffRateLimiter(base: .milliseconds(5), max: .seconds(1)))
        let calls = Mutex<[String: Int]>([:])
        let runner = ControllerRunner(name: "test", queue: q, workers: 2) { key in
            let n = calls.withLock { c -> Int in
                c[key, default: 0] += 1
                return c[key]!
            }
            if key == "flaky" && n < 3 { throw ClientError("boom \(n)") }
        }
        let task = Task { await runner.run() }
        q.add("flaky")
        q.add("fine")
        let done = await eventually(timeout: .seconds(5)) { calls.withLock { $0["flaky"] == 3 && $0["fine"] == 1 } }
        #expect(done)
        #expect(await eventually { q.numRequeues("flaky") == 0 }, "success forgets the backoff")
        q.shutDown()
        await task.value
        #expect(calls.withLock { $0["fine"] } == 1)
    }

    @Test func controllerRunnerDropsAfterMaxRetriesAndHonoursRequeueAfter() async {
        let q = WorkQueue<String>(rateLimiter: ExponentialBackoffRateLimiter(base: .milliseconds(1), max: .milliseconds(5)))
        let calls = Mutex<[String: Int]>([:])
        let runner = ControllerRunner(name: "test", queue: q, workers: 1, maxRetries: 2) { key in
            let n = calls.withLock { c -> Int in
                c[key, default: 0] += 1
                return c[key]!
            }
            if key == "bad" { throw ClientError("always") }
            if key == "later" && n == 1 { throw RequeueAfter(.milliseconds(50)) }
        }
        let task = Task { await runner.run() }
        q.add("bad")
        q.add("later")
        #expect(await eventually(timeout: .seconds(5)) { calls.withLock { $0["later"] == 2 } })
        #expect(await eventually(timeout: .seconds(5)) { calls.withLock { $0["bad"] == 3 } }, "first try plus two retries")
        try? await Task.sleep(for: .milliseconds(200))
        #expect(calls.withLock { $0["bad"] } == 3, "no retry after the second")
        task.cancel()
        await task.value
        #expect(q.isShuttingDown, "cancelling the runner shuts the queue down")
    }

    @Test func neverProcessesOneKeyConcurrently() async {
        final class Tracker: Reconciler {
            let active = Mutex<Set<Int>>([])
            let overlaps = Mutex(0)
            let total = Mutex(0)
            func reconcile(_ key: Int) async throws {
                let clash = active.withLock { !$0.insert(key).inserted }
                if clash { overlaps.withLock { $0 += 1 } }
                try? await Task.sleep(for: .milliseconds(2))
                active.withLock { _ = $0.remove(key) }
                total.withLock { $0 += 1 }
            }
        }
        let tracker = Tracker()
        let q = WorkQueue<Int>()
        let runner = ControllerRunner(name: "t", queue: q, reconciler: tracker, workers: 8)
        let task = Task { await runner.run() }
        for round in 0..<50 {
            for k in 0..<5 { q.add(k) }
            if round % 10 == 0 { try? await Task.sleep(for: .milliseconds(3)) }
        }
        #expect(await eventually { q.count == 0 && q.processingCount == 0 })
        q.shutDown()
        await task.value
        #expect(tracker.overlaps.withLock { $0 } == 0)
        #expect(tracker.total.withLock { $0 } >= 5)
    }
}
