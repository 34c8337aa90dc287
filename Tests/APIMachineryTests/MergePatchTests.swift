import Testing

@testable import APIMachinery

@Suite struct MergePatchTests {
    /// RFC 7386, Appendix A: original, patch, result.
    static let rfcExamples: [(String, String, String)] = [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, #"null"#, #"null"#),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ]

    @Test func rfc7386Examples() throws {
        for (original, patch, result) in Self.rfcExamples {
            let got = try JSON.parse(original).applyingMergePatch(try JSON.parse(patch))
            #expect(got == (try JSON.parse(result)), "\(original) + \(patch)")
        }
    }

    @Test func mutatingApply() {
        var v: JSON = ["metadata": ["labels": ["a": "1"]], "spec": ["replicas": 1]]
        v.applyMergePatch(["metadata": ["labels": ["a": nil, "b": "2"]], "spec": ["replicas": 3]])
        #expect(v == ["metadata": ["labels": ["b": "2"]], "spec": ["replicas": 3]])
    }

    @Test func createPatch() {
        let original: JSON = ["a": 1, "b": ["c": "d", "e": "f"], "list": [1, 2], "gone": true, "same": ["x": 1]]
        let modified: JSON = ["a": 2, "b": ["c": "d", "e": "g", "new": nil], "list": [1, 2, 3], "same": ["x": 1.0]]
        let patch = JSON.createMergePatch(from: original, to: modified)
        #expect(patch == ["a": 2, "b": ["e": "g", "new": nil], "list": [1, 2, 3], "gone": nil])
        #expect(JSON.createMergePatch(from: original, to: original) == [:])
        #expect(JSON.createMergePatch(from: ["a": 1], to: ["a": ["b": 1]]) == ["a": ["b": 1]])
        #expect(JSON.createMergePatch(from: ["a": 1], to: [1, 2]) == [1, 2])
    }

    @Test func createdPatchesApplyBack() {
        let pairs: [(JSON, JSON)] = [
            (["a": ["b": ["c": 1, "d": 2]], "x": "y"], ["a": ["b": ["c": 1]], "z": [1]]),
            (["spec": ["template": ["metadata": ["labels": ["app": "v1"]]]]], ["spec": ["template": ["metadata": ["labels": ["app": "v2", "t": "1"]]]]]),
            ([:], ["a": [["b": 1]]]),
        ]
        for (original, modified) in pairs {
            let patch = JSON.createMergePatch(from: original, to: modified)
            #expect(original.applyingMergePatch(patch) == modified)
        }
    }
}
