// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum EventsV1 {}

extension EventsV1 {
    public struct Event: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("events.k8s.io/v1"), "kind": .string("Event")]) }
        public typealias List = EventsV1.EventList
        public static var apiVersion: String { "events.k8s.io/v1" }
        public static var kind: String { "Event" }
        public static var resource: String { "events" }
        public static var namespaced: Bool { true }
        public var action: String? {
            get { json["action"].stringValue }
            set { json.put("action", string: newValue) }
        }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var deprecatedCount: Int32? {
            get { json["deprecatedCount"].int32Value }
            set { json.put("deprecatedCount", int32: newValue) }
        }
        public var deprecatedFirstTimestamp: String? {
            get { json["deprecatedFirstTimestamp"].stringValue }
            set { json.put("deprecatedFirstTimestamp", string: newValue) }
        }
        public var deprecatedLastTimestamp: String? {
            get { json["deprecatedLastTimestamp"].stringValue }
            set { json.put("deprecatedLastTimestamp", string: newValue) }
        }
        public var deprecatedSource: CoreV1.EventSource {
            get { CoreV1.EventSource(json: json["deprecatedSource"]) }
            set { json.put("deprecatedSource", newValue.json) }
        }
        public var eventTime: String? {
            get { json["eventTime"].stringValue }
            set { json.put("eventTime", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var note: String? {
            get { json["note"].stringValue }
            set { json.put("note", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var regarding: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["regarding"]) }
            set { json.put("regarding", newValue.json) }
        }
        public var related: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["related"]) }
            set { json.put("related", newValue.json) }
        }
        public var reportingController: String? {
            get { json["reportingController"].stringValue }
            set { json.put("reportingController", string: newValue) }
        }
        public var reportingInstance: String? {
            get { json["reportingInstance"].stringValue }
            set { json.put("reportingInstance", string: newValue) }
        }
        public var series: EventsV1.EventSeries {
            get { EventsV1.EventSeries(json: json["series"]) }
            set { json.put("series", newValue.json) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct EventList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("events.k8s.io/v1"), "kind": .string("EventList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [EventsV1.Event] {
            get { json["items"].list(EventsV1.Event.self) }
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

    public struct EventSeries: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var count: Int32? {
            get { json["count"].int32Value }
            set { json.put("count", int32: newValue) }
        }
        public var lastObservedTime: String? {
            get { json["lastObservedTime"].stringValue }
            set { json.put("lastObservedTime", string: newValue) }
        }
    }
}
