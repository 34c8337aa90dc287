import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM.
enum ShutdownSignal {
    static func wait() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            signal(SIGINT, SIG_IGN)
            signal(SIGTERM, SIG_IGN)
            let once = Once(c)
            for sig in [SIGINT, SIGTERM] {
                let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
                src.setEventHandler { once.fire() }
                src.resume()
                Retained.sources.append(src)
            }
        }
    }

    final class Once: @unchecked Sendable {
        let lock = NSLock()
        var c: CheckedContinuation<Void, Never>?
        init(_ c: CheckedContinuation<Void, Never>) { self.c = c }
        func fire() {
            lock.lock()
            let k = c
            c = nil
            lock.unlock()
            k?.resume()
        }
    }

    enum Retained {
        nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []
    }
}
