import Testing

@testable import APIMachinery

@Suite struct JSONPatchTests {
    private func apply(_ doc: String, _ patch: String) throws -> JSON {
        try JSONPatch(bytes: Array(patch.utf8)).apply(to: try JSON.parse(doc))
    }

    private func error(_ doc: String, _ patch: String) -> String? {
        do {
            _ = try apply(doc, patch)
            return nil
        } catch let e as JSONPatchError {
            return e.message
        } catch {
            return "\(error)"
        }
    }

    private func json(_ s: String) throws -> JSON { try JSON.parse(s) }

    // RFC 6902, Appendix A.

    @Test func addObjectMember() throws {
        #expect(try apply(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux"}]"#) == json(#"{"baz":"qux","foo":"bar"}"#))
    }

    @Test func addArrayElement() throws {
        #expect(
            try apply(#"{"foo":["bar","baz"]}"#, #"[{"op":"add","path":"/foo/1","value":"qux"}]"#) == json(#"{"foo":["bar","qux","baz"]}"#))
    }

    @Test func removeObjectMemberAndArrayElement() throws {
        #expect(try apply(#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"remove","path":"/baz"}]"#) == json(#"{"foo":"bar"}"#))
        #expect(try apply(#"{"foo":["bar","qux","baz"]}"#, #"[{"op":"remove","path":"/foo/1"}]"#) == json(#"{"foo":["bar","baz"]}"#))
    }

    @Test func replaceValue() throws {
        #expect(
            try apply(#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"replace","path":"/baz","value":"boo"}]"#) == json(#"{"baz":"boo","foo":"bar"}"#))
    }

    @Test func moveValue() throws {
        #expect(
            try apply(
                #"{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}"#,
                #"[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]"#)
                == json(#"{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}"#))
        #expect(
            try apply(#"{"foo":["all","grass","cows","eat"]}"#, #"[{"op":"move","from":"/foo/1","path":"/foo/3"}]"#)
                == json(#"{"foo":["all","cows","eat","grass"]}"#))
    }

    @Test func testOperation() throws {
        #expect(
            try apply(
                #"{"baz":"qux","foo":["a",2,"c"]}"#,
                #"[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]"#)
                == json(#"{"baz":"qux","foo":["a",2,"c"]}"#))
        #expect(error(#"{"baz":"qux"}"#, #"[{"op":"test","path":"/baz","value":"bar"}]"#) == "testing value /baz failed: test failed")
        // Strings and numbers differ.
        #expect(error(#"{"/":9,"~1":10}"#, #"[{"op":"test","path":"/~01","value":"10"}]"#) == "testing value /~01 failed: test failed")
        // A missing member tests equal to null.
        #expect(try apply(#"{"a":1}"#, #"[{"op":"test","path":"/b","value":null}]"#) == json(#"{"a":1}"#))
        #expect(error(#"{"a":1}"#, #"[{"op":"test","path":"/b","value":1}]"#) == "testing value /b failed: test failed")
        // The whole document.
        #expect(try apply(#"{"a":[1]}"#, #"[{"op":"test","path":"","value":{"a":[1]}}]"#) == json(#"{"a":[1]}"#))
    }

    @Test func addNestedMemberAndIgnoreUnknownMembers() throws {
        #expect(
            try apply(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/child","value":{"grandchild":{}}}]"#)
                == json(#"{"foo":"bar","child":{"grandchild":{}}}"#))
        #expect(
            try apply(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux","xyz":123}]"#) == json(#"{"foo":"bar","baz":"qux"}"#))
    }

    @Test func addToMissingTarget() {
        #expect(
            error(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz/bat","value":"qux"}]"#)
                == #"add operation does not apply: doc is missing path: "/baz/bat": missing value"#)
    }

    @Test func pointerEscapes() throws {
        #expect(try apply(#"{"/":9,"~1":10}"#, #"[{"op":"test","path":"/~01","value":10}]"#) == json(#"{"/":9,"~1":10}"#))
        #expect(try apply(#"{}"#, #"[{"op":"add","path":"/a~1b","value":1}]"#) == json(#"{"a/b":1}"#))
        #expect(try apply(#"{}"#, #"[{"op":"add","path":"/m~0n","value":1}]"#) == json(#"{"m~n":1}"#))
        #expect(
            try apply(#"{"metadata":{"labels":{"app.kubernetes.io/name":"x"}}}"#, #"[{"op":"remove","path":"/metadata/labels/app.kubernetes.io~1name"}]"#)
                == json(#"{"metadata":{"labels":{}}}"#))
        #expect(JSONPointer.escape("a/b~c") == "a~1b~0c")
        #expect(JSONPointer.unescape("a~1b~0c") == "a/b~c")
        #expect(JSONPointer.unescape("~01") == "~1")
        #expect(JSONPointer.pointer(["metadata", "a/b"]) == "/metadata/a~1b")
    }

    @Test func addArrayValueAndAppend() throws {
        #expect(try apply(#"{"foo":["bar"]}"#, #"[{"op":"add","path":"/foo/-","value":["abc","def"]}]"#) == json(#"{"foo":["bar",["abc","def"]]}"#))
        #expect(try apply(#"{"foo":[1,2]}"#, #"[{"op":"add","path":"/foo/2","value":3}]"#) == json(#"{"foo":[1,2,3]}"#))
        #expect(try apply(#"{"foo":[1,2]}"#, #"[{"op":"add","path":"/foo/0","value":0}]"#) == json(#"{"foo":[0,1,2]}"#))
        #expect(
            error(#"{"foo":[1,2]}"#, #"[{"op":"add","path":"/foo/3","value":3}]"#)
                == "error in add for path: '/foo/3': Unable to access invalid index: 3: invalid index referenced")
        #expect(
            error(#"{"foo":[1]}"#, #"[{"op":"add","path":"/foo/x","value":3}]"#)
                == #"error in add for path: '/foo/x': value was not a proper array index: 'x': strconv.Atoi: parsing "x": invalid syntax"#)
    }

    @Test func negativeIndicesCountFromTheEnd() throws {
        #expect(try apply(#"{"a":[1,2,3]}"#, #"[{"op":"remove","path":"/a/-1"}]"#) == json(#"{"a":[1,2]}"#))
        #expect(try apply(#"{"a":[1,2,3]}"#, #"[{"op":"replace","path":"/a/-3","value":0}]"#) == json(#"{"a":[0,2,3]}"#))
        #expect(try apply(#"{"a":[1,2]}"#, #"[{"op":"add","path":"/a/-1","value":3}]"#) == json(#"{"a":[1,2,3]}"#))
    }

    @Test func removeErrors() {
        #expect(
            error(#"{"a":1}"#, #"[{"op":"remove","path":"/b"}]"#)
                == "error in remove for path: '/b': Unable to remove nonexistent key: b: missing value")
        #expect(
            error(#"{"a":[1]}"#, #"[{"op":"remove","path":"/a/1"}]"#)
                == "error in remove for path: '/a/1': Unable to access invalid index: 1: invalid index referenced")
        #expect(
            error(#"{"a":1}"#, #"[{"op":"remove","path":"/x/y"}]"#) == #"remove operation does not apply: doc is missing path: "/x/y": missing value"#)
    }

    @Test func replaceBehaviour() throws {
        // Like upstream, replacing a missing object member adds it.
        #expect(try apply(#"{"a":1}"#, #"[{"op":"replace","path":"/b","value":2}]"#) == json(#"{"a":1,"b":2}"#))
        #expect(
            error(#"{"a":[1]}"#, #"[{"op":"replace","path":"/a/5","value":2}]"#)
                == "replace operation does not apply: doc is missing key: /a/5: missing value")
        #expect(try apply(#"{"a":1}"#, #"[{"op":"replace","path":"","value":{"b":2}}]"#) == json(#"{"b":2}"#))
        #expect(error(#"{"a":1}"#, #"[{"op":"replace","path":"","value":3}]"#) == "replace operation value must be object or array")
    }

    @Test func copyAndMoveErrors() throws {
        #expect(try apply(#"{"a":{"b":[1]}}"#, #"[{"op":"copy","from":"/a/b","path":"/c"}]"#) == json(#"{"a":{"b":[1]},"c":[1]}"#))
        #expect(
            error(#"{"a":1}"#, #"[{"op":"move","from":"/x","path":"/y"}]"#)
                == "error in move for path: 'x': Unable to remove nonexistent key: x: missing value")
        #expect(
            error(#"{"a":1}"#, #"[{"op":"copy","from":"/x/y","path":"/y"}]"#)
                == "copy operation does not apply: doc is missing from path: /x/y: missing value")
        #expect(error(#"{"a":1}"#, #"[{"op":"move","path":"/y"}]"#) == "move operation failed to decode from: operation, missing from field: missing value")
    }

    @Test func malformedPatches() {
        #expect(error(#"{}"#, #"[{"op":"bogus","path":"/a"}]"#) == "Unexpected kind: bogus")
        #expect(error(#"{}"#, #"[{"path":"/a"}]"#) == "Unexpected kind: unknown")
        #expect(error(#"{}"#, #"[{"op":"add","value":1}]"#) == "add operation failed to decode path: missing value")
        #expect(error(#"{}"#, #"{"op":"add"}"#) == "json: cannot unmarshal object into Go value of type jsonpatch.Patch")
        #expect(error(#"{}"#, #"[1]"#) == "json: cannot unmarshal number into Go value of type jsonpatch.Operation")
    }

    @Test func operationsApplyInOrderAndAllOrNothing() throws {
        let patch = #"[{"op":"add","path":"/a","value":1},{"op":"copy","from":"/a","path":"/b"},{"op":"test","path":"/b","value":1}]"#
        #expect(try apply("{}", patch) == json(#"{"a":1,"b":1}"#))
        #expect(error("{}", #"[{"op":"add","path":"/a","value":1},{"op":"remove","path":"/zz"}]"#) != nil)
    }

    @Test func programmaticPatch() throws {
        let patch = JSONPatch(operations: [
            .init(op: "add", path: "/metadata/labels/app", value: "web"),
            .init(op: "remove", path: "/spec/replicas"),
        ])
        let doc: JSON = ["metadata": ["labels": [:]], "spec": ["replicas": 3]]
        #expect(try patch.apply(to: doc) == ["metadata": ["labels": ["app": "web"]], "spec": [:]])
        #expect(throws: JSONPatchError.self) { try patch.apply(to: "scalar") }
    }
}
