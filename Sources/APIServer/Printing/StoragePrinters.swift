import APIMachinery
import Foundation

/// Storage: persistent volumes, persistent volume claims and storage classes.
enum StoragePrinters {
    static let all: [String: ResourcePrinter] = [
        "/persistentvolumes": ResourcePrinter(persistentVolumeColumns) { o, ctx in persistentVolumeCells(o, now: ctx.now) },
        "/persistentvolumeclaims": ResourcePrinter(persistentVolumeClaimColumns) { o, ctx in
            persistentVolumeClaimCells(o, now: ctx.now)
        },
        "storage.k8s.io/storageclasses": ResourcePrinter(storageClassColumns) { o, ctx in storageClassCells(o, now: ctx.now) },
    ]

    static let persistentVolumeColumns: [TableColumn] = [
        .name,
        .string("Capacity", "The volume's storage size."),
        .string("Access Modes", "How the volume can be mounted (RWO, ROX, RWX, RWOP)."),
        .string("Reclaim Policy", "What happens to the volume once its claim is released."),
        .string("Status", "The volume's phase."),
        .string("Claim", "The claim bound to the volume, as namespace/name."),
        .string("StorageClass", "The storage class of the volume."),
        .string("VolumeAttributesClass", "The volume attributes class of the volume."),
        .string("Reason", "Why the volume is in its phase."),
        .age,
        .wide("VolumeMode", "Filesystem or Block."),
    ]

    static let persistentVolumeClaimColumns: [TableColumn] = [
        .name,
        .string("Status", "The claim's phase."),
        .string("Volume", "The volume bound to the claim."),
        .string("Capacity", "The storage size of the bound volume."),
        .string("Access Modes", "How the bound volume can be mounted."),
        .string("StorageClass", "The storage class the claim asks for."),
        .string("VolumeAttributesClass", "The volume attributes class the claim asks for."),
        .age,
        .wide("VolumeMode", "Filesystem or Block."),
    ]

    static let storageClassColumns: [TableColumn] = [
        .name,
        .string("Provisioner", "The driver that provisions volumes of this class."),
        .string("ReclaimPolicy", "The reclaim policy of provisioned volumes."),
        .string("VolumeBindingMode", "When volumes are bound: Immediate or WaitForFirstConsumer."),
        .string("AllowVolumeExpansion", "Whether claims of this class may grow."),
        .age,
    ]

    static let betaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class"

    static func persistentVolumeCells(_ o: PrinterObject, now: Date) -> [JSON] {
        var claim = ""
        if o.has("spec", "claimRef") { claim = "\(o.string("spec", "claimRef", "namespace"))/\(o.string("spec", "claimRef", "name"))" }
        let phase = o.isDeleting ? "Terminating" : o.string("status", "phase")
        let storageClass = o.object("metadata", "annotations")[betaStorageClassAnnotation]?.stringValue
            ?? o.string("spec", "storageClassName")
        return [
            .string(o.name), .string(PrintFormat.quantity(o["spec", "capacity", "storage"]) ?? "0"),
            .string(PrintFormat.accessModes(o.array("spec", "accessModes"))),
            .string(o.string("spec", "persistentVolumeReclaimPolicy")), .string(phase), .string(claim),
            .string(storageClass), .string(o.optionalString("spec", "volumeAttributesClassName") ?? "<unset>"),
            .string(o.string("status", "reason")), o.age(now), .string(o.optionalString("spec", "volumeMode") ?? "<unset>"),
        ]
    }

    static func persistentVolumeClaimCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let phase = o.isDeleting ? "Terminating" : o.string("status", "phase")
        let volume = o.string("spec", "volumeName")
        var capacity = ""
        var accessModes = ""
        if !volume.isEmpty {
            accessModes = PrintFormat.accessModes(o.array("status", "accessModes"))
            capacity = PrintFormat.quantity(o["status", "capacity", "storage"]) ?? "0"
        }
        let storageClass = o.object("metadata", "annotations")[betaStorageClassAnnotation]?.stringValue
            ?? o.optionalString("spec", "storageClassName") ?? ""
        return [
            .string(o.name), .string(phase), .string(volume), .string(capacity), .string(accessModes), .string(storageClass),
            .string(o.optionalString("spec", "volumeAttributesClassName") ?? "<unset>"), o.age(now),
            .string(o.optionalString("spec", "volumeMode") ?? "<unset>"),
        ]
    }

    static func storageClassCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let annotations = o.object("metadata", "annotations")
        let isDefault = annotations["storageclass.kubernetes.io/is-default-class"]?.stringValue == "true"
            || annotations["storageclass.beta.kubernetes.io/is-default-class"]?.stringValue == "true"
        return [
            .string(isDefault ? o.name + " (default)" : o.name), .string(o.string("provisioner")),
            .string(o.optionalString("reclaimPolicy") ?? "Delete"), .string(o.optionalString("volumeBindingMode") ?? "Immediate"),
            .bool(o.bool("allowVolumeExpansion")), o.age(now),
        ]
    }
}
