import API
import APIMachinery
import Client
import Logging

/// Keeps a `default` ServiceAccount in every active namespace (recreating it when deleted).
public struct ServiceAccountController: ManagedController, Reconciler {
    public static let controllerName = "serviceaccount"
    public var name: String { Self.controllerName }
    /// The accounts every namespace gets.
    public static let defaultAccounts = ["default"]

    let client: APIClient
    let namespaces: Informer<CoreV1.Namespace>
    let serviceAccounts: Informer<CoreV1.ServiceAccount>
    let queue: WorkQueue<ObjectKey>
    let logger: Logger

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.client = client
        namespaces = informers.informer(CoreV1.Namespace.self)
        serviceAccounts = informers.informer(CoreV1.ServiceAccount.self)
        queue = WorkQueue(name: "serviceaccount")
        self.logger = logger
    }

    /// The accounts of `defaultAccounts` missing from a namespace; none for a terminating or absent namespace.
    public static func missingAccounts(namespace: JSON?, existing: Set<String>) -> [String] {
        guard let namespace, namespace["status"]["phase"].stringValue != "Terminating",
            !ControllerKit.isBeingDeleted(namespace)
        else { return [] }
        return defaultAccounts.filter { !existing.contains($0) }
    }

    public func reconcile(_ key: ObjectKey) async throws {
        let ns = namespaces.get(name: key.name)
        let existing = Set(serviceAccounts.list(namespace: key.name).map(\.name))
        for account in Self.missingAccounts(namespace: ns?.json, existing: existing) {
            var sa = CoreV1.ServiceAccount()
            sa.json["metadata"] = ["name": .string(account), "namespace": .string(key.name)]
            do {
                _ = try await client.create(sa, namespace: key.name)
                logger.debug("created service account", metadata: ["namespace": "\(key.name)", "name": "\(account)"])
            } catch {
                // Already there (cache lag) or the namespace is going away: nothing to do.
                if ControllerKit.isAlreadyExists(error) { continue }
                if let e = error as? APIError, e.code == 403 || e.code == 404 { continue }
                throw error
            }
        }
    }

    public func run() async {
        let queue = self.queue
        let nsHandler = namespaces.addEventHandler(
            onAdd: { queue.add(ObjectKey(name: $0.name)) },
            onUpdate: { _, new in queue.add(ObjectKey(name: new.name)) })
        let saHandler = serviceAccounts.addEventHandler(
            onDelete: { sa in
                if Self.defaultAccounts.contains(sa.name) { queue.add(ObjectKey(name: sa.namespace)) }
            })
        defer {
            namespaces.removeEventHandler(nsHandler)
            serviceAccounts.removeEventHandler(saHandler)
        }
        guard await namespaces.waitForSync(), await serviceAccounts.waitForSync() else { return }
        await ControllerRunner(name: name, queue: queue, reconciler: self, workers: 2, logger: logger).run()
    }
}
