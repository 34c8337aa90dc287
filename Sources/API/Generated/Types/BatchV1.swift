// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum BatchV1 {}

extension BatchV1 {
    public struct CronJob: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("batch/v1"), "kind": .string("CronJob")]) }
        public typealias List = BatchV1.CronJobList
        public static var apiVersion: String { "batch/v1" }
        public static var kind: String { "CronJob" }
        public static var resource: String { "cronjobs" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: BatchV1.CronJobSpec {
            get { BatchV1.CronJobSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: BatchV1.CronJobStatus {
            get { BatchV1.CronJobStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct CronJobList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("batch/v1"), "kind": .string("CronJobList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [BatchV1.CronJob] {
            get { json["items"].list(BatchV1.CronJob.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct CronJobSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var concurrencyPolicy: String? {
            get { json["concurrencyPolicy"].stringValue }
            set { json.put("concurrencyPolicy", string: newValue) }
        }
        public var failedJobsHistoryLimit: Int32? {
            get { json["failedJobsHistoryLimit"].int32Value }
            set { json.put("failedJobsHistoryLimit", int32: newValue) }
        }
        public var jobTemplate: BatchV1.JobTemplateSpec {
            get { BatchV1.JobTemplateSpec(json: json["jobTemplate"]) }
            set { json.put("jobTemplate", newValue.json) }
        }
        public var schedule: String? {
            get { json["schedule"].stringValue }
            set { json.put("schedule", string: newValue) }
        }
        public var startingDeadlineSeconds: Int64? {
            get { json["startingDeadlineSeconds"].intValue }
            set { json.put("startingDeadlineSeconds", int64: newValue) }
        }
        public var successfulJobsHistoryLimit: Int32? {
            get { json["successfulJobsHistoryLimit"].int32Value }
            set { json.put("successfulJobsHistoryLimit", int32: newValue) }
        }
        public var suspend: Bool? {
            get { json["suspend"].boolValue }
            set { json.put("suspend", bool: newValue) }
        }
        public var timeZone: String? {
            get { json["timeZone"].stringValue }
            set { json.put("timeZone", string: newValue) }
        }
    }

    public struct CronJobStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var active: [CoreV1.ObjectReference] {
            get { json["active"].list(CoreV1.ObjectReference.self) }
            set { json.put("active", list: newValue) }
        }
        public var lastScheduleTime: String? {
            get { json["lastScheduleTime"].stringValue }
            set { json.put("lastScheduleTime", string: newValue) }
        }
        public var lastSuccessfulTime: String? {
            get { json["lastSuccessfulTime"].stringValue }
            set { json.put("lastSuccessfulTime", string: newValue) }
        }
    }

    public struct Job: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("batch/v1"), "kind": .string("Job")]) }
        public typealias List = BatchV1.JobList
        public static var apiVersion: String { "batch/v1" }
        public static var kind: String { "Job" }
        public static var resource: String { "jobs" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: BatchV1.JobSpec {
            get { BatchV1.JobSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: BatchV1.JobStatus {
            get { BatchV1.JobStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct JobCondition: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var lastProbeTime: String? {
            get { json["lastProbeTime"].stringValue }
            set { json.put("lastProbeTime", string: newValue) }
        }
        public var lastTransitionTime: String? {
            get { json["lastTransitionTime"].stringValue }
            set { json.put("lastTransitionTime", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var status: String? {
            get { json["status"].stringValue }
            set { json.put("status", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct JobList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("batch/v1"), "kind": .string("JobList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [BatchV1.Job] {
            get { json["items"].list(BatchV1.Job.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct JobSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var activeDeadlineSeconds: Int64? {
            get { json["activeDeadlineSeconds"].intValue }
            set { json.put("activeDeadlineSeconds", int64: newValue) }
        }
        public var backoffLimit: Int32? {
            get { json["backoffLimit"].int32Value }
            set { json.put("backoffLimit", int32: newValue) }
        }
        public var backoffLimitPerIndex: Int32? {
            get { json["backoffLimitPerIndex"].int32Value }
            set { json.put("backoffLimitPerIndex", int32: newValue) }
        }
        public var completionMode: String? {
            get { json["completionMode"].stringValue }
            set { json.put("completionMode", string: newValue) }
        }
        public var completions: Int32? {
            get { json["completions"].int32Value }
            set { json.put("completions", int32: newValue) }
        }
        public var managedBy: String? {
            get { json["managedBy"].stringValue }
            set { json.put("managedBy", string: newValue) }
        }
        public var manualSelector: Bool? {
            get { json["manualSelector"].boolValue }
            set { json.put("manualSelector", bool: newValue) }
        }
        public var maxFailedIndexes: Int32? {
            get { json["maxFailedIndexes"].int32Value }
            set { json.put("maxFailedIndexes", int32: newValue) }
        }
        public var parallelism: Int32? {
            get { json["parallelism"].int32Value }
            set { json.put("parallelism", int32: newValue) }
        }
        public var podFailurePolicy: BatchV1.PodFailurePolicy {
            get { BatchV1.PodFailurePolicy(json: json["podFailurePolicy"]) }
            set { json.put("podFailurePolicy", newValue.json) }
        }
        public var podReplacementPolicy: String? {
            get { json["podReplacementPolicy"].stringValue }
            set { json.put("podReplacementPolicy", string: newValue) }
        }
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
        public var successPolicy: BatchV1.SuccessPolicy {
            get { BatchV1.SuccessPolicy(json: json["successPolicy"]) }
            set { json.put("successPolicy", newValue.json) }
        }
        public var suspend: Bool? {
            get { json["suspend"].boolValue }
            set { json.put("suspend", bool: newValue) }
        }
        public var template: CoreV1.PodTemplateSpec {
            get { CoreV1.PodTemplateSpec(json: json["template"]) }
            set { json.put("template", newValue.json) }
        }
        public var ttlSecondsAfterFinished: Int32? {
            get { json["ttlSecondsAfterFinished"].int32Value }
            set { json.put("ttlSecondsAfterFinished", int32: newValue) }
        }
    }

    public struct JobStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var active: Int32? {
            get { json["active"].int32Value }
            set { json.put("active", int32: newValue) }
        }
        public var completedIndexes: String? {
            get { json["completedIndexes"].stringValue }
            set { json.put("completedIndexes", string: newValue) }
        }
        public var completionTime: String? {
            get { json["completionTime"].stringValue }
            set { json.put("completionTime", string: newValue) }
        }
        public var conditions: [BatchV1.JobCondition] {
            get { json["conditions"].list(BatchV1.JobCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var failed: Int32? {
            get { json["failed"].int32Value }
            set { json.put("failed", int32: newValue) }
        }
        public var failedIndexes: String? {
            get { json["failedIndexes"].stringValue }
            set { json.put("failedIndexes", string: newValue) }
        }
        public var ready: Int32? {
            get { json["ready"].int32Value }
            set { json.put("ready", int32: newValue) }
        }
        public var startTime: String? {
            get { json["startTime"].stringValue }
            set { json.put("startTime", string: newValue) }
        }
        public var succeeded: Int32? {
            get { json["succeeded"].int32Value }
            set { json.put("succeeded", int32: newValue) }
        }
        public var terminating: Int32? {
            get { json["terminating"].int32Value }
            set { json.put("terminating", int32: newValue) }
        }
        public var uncountedTerminatedPods: BatchV1.UncountedTerminatedPods {
            get { BatchV1.UncountedTerminatedPods(json: json["uncountedTerminatedPods"]) }
            set { json.put("uncountedTerminatedPods", newValue.json) }
        }
    }

    public struct JobTemplateSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: BatchV1.JobSpec {
            get { BatchV1.JobSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
    }

    public struct PodFailurePolicy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var rules: [BatchV1.PodFailurePolicyRule] {
            get { json["rules"].list(BatchV1.PodFailurePolicyRule.self) }
            set { json.put("rules", list: newValue) }
        }
    }

    public struct PodFailurePolicyOnExitCodesRequirement: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var containerName: String? {
            get { json["containerName"].stringValue }
            set { json.put("containerName", string: newValue) }
        }
        public var `operator`: String? {
            get { json["operator"].stringValue }
            set { json.put("operator", string: newValue) }
        }
        public var values: [Int32] {
            get { json["values"].int32s }
            set { json.put("values", int32s: newValue) }
        }
    }

    public struct PodFailurePolicyOnPodConditionsPattern: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var status: String? {
            get { json["status"].stringValue }
            set { json.put("status", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct PodFailurePolicyRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var action: String? {
            get { json["action"].stringValue }
            set { json.put("action", string: newValue) }
        }
        public var onExitCodes: BatchV1.PodFailurePolicyOnExitCodesRequirement {
            get { BatchV1.PodFailurePolicyOnExitCodesRequirement(json: json["onExitCodes"]) }
            set { json.put("onExitCodes", newValue.json) }
        }
        public var onPodConditions: [BatchV1.PodFailurePolicyOnPodConditionsPattern] {
            get { json["onPodConditions"].list(BatchV1.PodFailurePolicyOnPodConditionsPattern.self) }
            set { json.put("onPodConditions", list: newValue) }
        }
    }

    public struct SuccessPolicy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var rules: [BatchV1.SuccessPolicyRule] {
            get { json["rules"].list(BatchV1.SuccessPolicyRule.self) }
            set { json.put("rules", list: newValue) }
        }
    }

    public struct SuccessPolicyRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var succeededCount: Int32? {
            get { json["succeededCount"].int32Value }
            set { json.put("succeededCount", int32: newValue) }
        }
        public var succeededIndexes: String? {
            get { json["succeededIndexes"].stringValue }
            set { json.put("succeededIndexes", string: newValue) }
        }
    }

    public struct UncountedTerminatedPods: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var failed: [String] {
            get { json["failed"].strings }
            set { json.put("failed", strings: newValue) }
        }
        public var succeeded: [String] {
            get { json["succeeded"].strings }
            set { json.put("succeeded", strings: newValue) }
        }
    }
}
