import Testing

@testable import APIMachinery

@Suite struct FieldSelectorTests {
    private func parse(_ s: String) throws -> FieldSelector { try FieldSelector(parsing: s) }

    private func error(_ s: String) -> String? {
        do {
            _ = try FieldSelector(parsing: s)
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: ["x=a,y=b,z=c", "", "x!=a,y=b", #"x=a||y\=b"#, #"x=a\=\=b"#])
    func goodSelectorsRoundTrip(_ text: String) throws {
        #expect(try parse(text).description == text)
    }

    @Test func badSelectors() {
        #expect(error("x=a||y=b") == "invalid field selector: unescaped character in value: 61")
        #expect(error("x==a==b") == "invalid field selector: unescaped character in value: 61")
        #expect(error("x=a,b") == "invalid selector: 'x=a,b'; can't understand 'b'")
        #expect(error("x in (a)") == "invalid selector: 'x in (a)'; can't understand 'x in (a)'")
        #expect(error("x") == "invalid selector: 'x'; can't understand 'x'")
        #expect(error(#"k=\a"#) == #"invalid field selector: invalid escape sequence: \a"#)
        #expect(error(#"k=\"#) == #"invalid field selector: invalid escape sequence: \"#)
    }

    @Test func requirements() throws {
        let s = try parse("metadata.namespace!=kube-system,spec.nodeName==node-1,status.phase=Running")
        let reqs = s.requirements.map { "\($0.field) \($0.op.rawValue) \($0.value)" }
        #expect(reqs == ["metadata.namespace != kube-system", "spec.nodeName = node-1", "status.phase = Running"])
        #expect(s.requiresExactMatch("spec.nodeName") == "node-1")
        #expect(s.requiresExactMatch("metadata.namespace") == nil)
        // `==` renders as `=`.
        #expect(s.description == "metadata.namespace!=kube-system,spec.nodeName=node-1,status.phase=Running")
    }

    @Test func termsAreSortedByText() throws {
        #expect(try parse("b=1,a=2").description == "a=2,b=1")
    }

    @Test func emptyTermsAreIgnored() throws {
        #expect(try parse("a=a,").requirements.count == 1)
        #expect(try parse(",a=a").requirements.count == 1)
        #expect(try parse("").isEmpty)
    }

    @Test func escapedValues() throws {
        let s = try parse(#"k=\,,k2=v2"#)
        // Terms are sorted by their text: `k2=v2` sorts before `k=...`.
        #expect(s.requirements.map(\.value) == ["v2", ","])
        let t = try parse(#"k=\\,k2=v2"#)
        #expect(t.requirements.map(\.value) == ["v2", #"\"#])
        let u = try parse(#"k=\\\,,k2=v2"#)
        #expect(u.requirements.map(\.value) == ["v2", #"\,"#])
        #expect(try parse("함=수,목=록").matches(["함": "수", "목": "록"]))
    }

    @Test func escaping() throws {
        let cases: [(String, String)] = [("", ""), ("a", "a"), ("=", #"\="#), (",", #"\,"#), (#"\"#, #"\\"#), (#"\=\,\"#, #"\\\=\\\,\\"#)]
        for (plain, escaped) in cases {
            #expect(FieldSelector.escapeValue(plain) == escaped)
            #expect(try FieldSelector.unescapeValue(escaped) == plain)
        }
        for bad in [#"\"#, #"\\\"#, #"\a"#] {
            #expect(throws: FieldSelectorError.self) { try FieldSelector.unescapeValue(bad) }
        }
    }

    @Test func matching() throws {
        let fields = ["metadata.name": "web-1", "status.phase": "Running"]
        #expect(try parse("metadata.name=web-1").matches(fields))
        #expect(try parse("status.phase!=Pending,metadata.name=web-1").matches(fields))
        #expect(try !parse("status.phase=Pending").matches(fields))
        // A field the object lacks compares as the empty string.
        #expect(try parse("spec.nodeName=").matches(fields))
        #expect(try parse("spec.nodeName!=node-1").matches(fields))
        #expect(try !parse("spec.nodeName=node-1").matches(fields))
        #expect(try parse("").matches(fields))
    }

    @Test func transformAndBuild() throws {
        let s = try parse("a=1,b=2").transformed { f, v in f == "a" ? ("", "") : ("x." + f, v + "0") }
        #expect(s.description == "x.b=20")
        #expect(FieldSelector(matching: ["b": "1", "a": "="]).description == #"a=\=,b=1"#)
        #expect(
            throws: FieldSelectorError("field label not supported: foo"),
            performing: {
                _ = try parse("foo=1").transformed { f, _ throws(FieldSelectorError) in
                    throw FieldSelectorError("field label not supported: \(f)")
                }
            })
    }
}
