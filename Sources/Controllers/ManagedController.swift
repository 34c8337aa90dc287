/// A controller run by the controller manager: a name for logs and leader-election bookkeeping,
/// and a `run()` that returns when the calling task is cancelled.
public protocol ManagedController: Sendable {
    var name: String { get }
    func run() async
}
