import Testing

@testable import APIMachinery

@Suite struct LabelSelectorTests {
    typealias Req = LabelSelector.Requirement

    private func parse(_ s: String) throws -> LabelSelector { try LabelSelector(parsing: s) }

    private func reqs(_ s: String) throws -> [String] {
        try parse(s).requirements.map { "\($0.key)|\($0.op.rawValue)|\($0.values.joined(separator: ","))" }
    }

    private func error(_ s: String) -> String? {
        do {
            _ = try LabelSelector(parsing: s)
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: ["x=a,y=b,z=c", "", "x!=a,y=b", "x=", "x= ", "x=,z= ", "x= ,z= ", "!x", "x>1", "x>1,z<5"])
    func goodSelectorsRoundTrip(_ text: String) throws {
        #expect(try parse(text).description == text.replacingSpaces())
    }

    @Test(arguments: ["x=a||y=b", "x==a==b", "!x=a", "x<a", "x,,y", ",x,y", "x nott in (y)", "a in (xyz),",
        "a in (xyz)b notin ()", "a in (xyz abc)", "a notin(", "a (", "("])
    func badSelectorsFail(_ text: String) {
        #expect(error(text) != nil)
    }

    @Test func parsesSetBasedRequirements() throws {
        #expect(try reqs("\rx") == ["x|exists|"])
        #expect(try reqs("this-is-a-dns.domain.com/key-with-dash") == ["this-is-a-dns.domain.com/key-with-dash|exists|"])
        #expect(
            try reqs("0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)") == [
                "0.1.2.domain/99|notin|10.10.100.1,tick.tack.clock"
            ])
        #expect(try reqs("foo  in\t (abc)") == ["foo|in|abc"])
        #expect(try reqs("x notin\n (abc)") == ["x|notin|abc"])
        #expect(try reqs("x in (abc,)") == ["x|in|,abc"])
        #expect(try reqs("x in (abc,abc)") == ["x|in|abc"])
        #expect(try reqs("x in ()") == ["x|in|"])
        #expect(try reqs("x in (a,,a,,a,,a,,)") == ["x|in|,a"])
        #expect(
            try reqs("x notin (abc,,def),bar,z in (),w") == [
                "bar|exists|", "w|exists|", "x|notin|,abc,def", "z|in|",
            ])
        #expect(try reqs("x notin ( )") == ["x|notin|"])
        #expect(try reqs("x notin (, a)") == ["x|notin|,a"])
        #expect(try reqs("a ") == ["a|exists|"])
        // `in` and `notin` are plain identifiers inside a value list and as a key.
        #expect(try reqs("a in (x,y,notin, z,in)") == ["a|in|in,notin,x,y,z"])
        #expect(try reqs("notin=in") == ["notin|=|in"])
        #expect(try reqs("x=a,y!=b,z in (h,i,j)") == ["x|=|a", "y|!=|b", "z|in|h,i,j"])
        #expect(try reqs("x==a") == ["x|==|a"])
        #expect(try reqs("!x") == ["x|!|"])
    }

    @Test func requirementsAreSortedByKey() throws {
        #expect(try parse("z=1,a=2,m in (b,a)").description == "a=2,m in (a,b),z=1")
    }

    @Test func matching() throws {
        func m(_ s: String, _ labels: [String: String]) throws -> Bool { try parse(s).matches(labels) }
        #expect(try m("", ["x": "y"]))
        #expect(try m("x=y", ["x": "y"]))
        #expect(try m("x=y,z=w", ["x": "y", "z": "w"]))
        #expect(try m("x!=y,z!=w", ["x": "z", "z": "a"]))
        #expect(try m("notin=in", ["notin": "in"]))
        #expect(try m("x", ["x": "z"]))
        #expect(try m("!x", ["y": "z"]))
        #expect(try m("x>1", ["x": "2"]))
        #expect(try m("x<1", ["x": "0"]))
        #expect(try !m("x=z", [:]))
        #expect(try !m("x=y", ["x": "z"]))
        #expect(try !m("x=y,z=w", ["x": "w", "z": "w"]))
        #expect(try !m("x!=y,z!=w", ["x": "z", "z": "w"]))
        #expect(try !m("x", ["y": "z"]))
        #expect(try !m("!x", ["x": "z"]))
        #expect(try !m("x>1", ["x": "0"]))
        #expect(try !m("x<1", ["x": "2"]))
        #expect(try !m("x>1", ["x": "a"]))
        // A missing label satisfies != and notin.
        #expect(try m("x!=a", [:]))
        #expect(try m("x notin (a,b)", ["x": "c"]))
        #expect(try !m("x notin (a,b)", ["x": "b"]))
        #expect(try m("env in (prod,qa),tier", ["env": "qa", "tier": "web"]))
        #expect(try m("x=", ["x": ""]))
        #expect(try !m("x=", [:]))
        let labels = ["foo": "bar", "baz": "blah"]
        #expect(try m("foo=bar,baz=blah", labels))
        #expect(try !m("foo=bar,foobar=bar,baz=blah", labels))
    }

    @Test func errorMessagesMatchUpstream() {
        let labelValueRule =
            "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
        let nameRule =
            "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
        #expect(error("x=a||y=b") == "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + labelValueRule)
        #expect(error("x==a==b") == "found '==', expected: ',' or 'end of string'")
        #expect(error("!x=a") == "found '=', expected: ',' or 'end of string'")
        #expect(
            error("x<a") == "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer")
        #expect(error("x,,y") == "found ',', expected: identifier after ','")
        #expect(error(",x,y") == "found ',', expected: !, identifier, or 'end of string'")
        #expect(error("x nott in (y)") == "unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt")
        #expect(error("a in (xyz abc)") == "unable to parse requirement: found 'abc', expected: ',' or ')'")
        #expect(error("a (") == "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt")
        #expect(error("(") == "found '(', expected: !, identifier, or 'end of string'")
        #expect(error("a in (xyz),") == "found '', expected: identifier after ','")
        #expect(error("foo_=bar") == "unable to parse requirement: <nil>: Invalid value: \"foo_\": " + nameRule)
        #expect(
            error("a/b/c") == "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
        )
        #expect(
            error("Example.com/x") == "unable to parse requirement: <nil>: Invalid value: \"Example.com/x\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
        )
        let long = String(repeating: "a", count: 64)
        #expect(error("x=\(long)") == "unable to parse requirement: values[0][x]: Invalid value: \"\(long)\": must be no more than 63 bytes")
    }

    @Test func requirementStrings() throws {
        #expect(try Req(key: "x", op: .in, values: ["def", "abc"]).description == "x in (abc,def)")
        #expect(try Req(key: "z", op: .notIn, values: [""]).description == "z notin ()")
        #expect(try Req(key: "y", op: .doubleEquals, values: ["jkl"]).description == "y==jkl")
        #expect(try Req(key: "z", op: .doesNotExist, values: []).description == "!z")
        #expect(try Req(key: "x", op: .greaterThan, values: ["2"]).description == "x>2")
        let s = LabelSelector(requirements: [
            try Req(key: "z", op: .notEquals, values: ["a"]), try Req(key: "x", op: .equals, values: ["abc"]),
            try Req(key: "z", op: .exists, values: []),
        ])
        #expect(s.description == "x=abc,z!=a,z")
    }

    @Test func requirementValidation() {
        #expect(throws: LabelSelectorError("values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty")) {
            try Req(key: "x", op: .in, values: [])
        }
        #expect(throws: LabelSelectorError("values: Invalid value: [\"a\",\"b\"]: exact-match compatibility requires one single value")) {
            try Req(key: "x", op: .equals, values: ["a", "b"])
        }
        #expect(throws: LabelSelectorError("values: Invalid value: [\"a\"]: values set must be empty for exists and does not exist")) {
            try Req(key: "x", op: .exists, values: ["a"])
        }
        // Several problems are reported together.
        #expect(throws: LabelSelectorError("[key: Invalid value: \"\": name part must be non-empty; name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]'), values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty]")) {
            try Req(key: "", op: .in, values: [])
        }
    }

    @Test func fromLabelSelectorObject() throws {
        let json: JSON = [
            "matchLabels": ["app": "web"],
            "matchExpressions": [
                ["key": "tier", "operator": "In", "values": ["frontend", "cache"]],
                ["key": "legacy", "operator": "DoesNotExist"],
                ["key": "env", "operator": "NotIn", "values": ["dev"]],
                ["key": "release", "operator": "Exists"],
            ],
        ]
        let s = try LabelSelector(labelSelector: json)
        #expect(s.description == "app=web,env notin (dev),!legacy,release,tier in (cache,frontend)")
        #expect(s.matches(["app": "web", "tier": "cache", "release": "1"]))
        #expect(!s.matches(["app": "web", "tier": "cache", "release": "1", "legacy": "true"]))
        #expect(!s.matches(["app": "web", "tier": "db", "release": "1"]))
        #expect(!s.matches(["app": "web", "tier": "cache", "release": "1", "env": "dev"]))
        #expect(s.requiresExactMatch("app") == "web")
        #expect(s.requiresExactMatch("tier") == nil)

        // An empty selector selects everything; a missing one selects nothing.
        let everything = try LabelSelector(labelSelector: [:])
        #expect(everything.isEmpty && everything.matches(["a": "b"]))
        let nothing = try LabelSelector(labelSelector: .null)
        #expect(nothing.matchesNothing && !nothing.matches([:]))
    }

    @Test func labelSelectorObjectErrors() {
        #expect(throws: LabelSelectorError("\"Foo\" is not a valid label selector operator")) {
            try LabelSelector(labelSelector: ["matchExpressions": [["key": "a", "operator": "Foo"]]])
        }
        #expect(throws: LabelSelectorError("values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty")) {
            try LabelSelector(labelSelector: ["matchExpressions": [["key": "a", "operator": "In", "values": []]]])
        }
        #expect(throws: LabelSelectorError("values: Invalid value: [\"x\"]: values set must be empty for exists and does not exist")) {
            try LabelSelector(labelSelector: ["matchExpressions": [["key": "a", "operator": "Exists", "values": ["x"]]]])
        }
        #expect(
            throws: LabelSelectorError(
                "key: Invalid value: \"a b\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
            )
        ) {
            try LabelSelector(labelSelector: ["matchLabels": ["a b": "x"]])
        }
    }

    @Test func matchLabelsSelector() {
        let s = LabelSelector(matchLabels: ["b": "2", "a": "1"])
        #expect(s.description == "a=1,b=2")
        #expect(s.matches(["a": "1", "b": "2", "c": "3"]))
        #expect(!s.matches(["a": "1"]))
        #expect(LabelSelector(matchLabels: [:]).isEmpty)
    }

    @Test func labelValidationHelpers() {
        #expect(LabelValidation.qualifiedNameErrors("app.kubernetes.io/name").isEmpty)
        #expect(LabelValidation.qualifiedNameErrors("/name") == ["prefix part must be non-empty"])
        #expect(LabelValidation.labelValueErrors("").isEmpty)
        #expect(LabelValidation.labelValueErrors("-a").count == 1)
        #expect(LabelValidation.dns1123SubdomainErrors("my-app.example.com").isEmpty)
        #expect(LabelValidation.dns1123SubdomainErrors("My-App").count == 1)
        #expect(LabelValidation.dns1123LabelErrors("a.b") == ["must not contain dots"])
        #expect(LabelValidation.dns1123LabelErrors("default").isEmpty)
    }
}

extension String {
    fileprivate func replacingSpaces() -> String { String(filter { $0 != " " }) }
}
