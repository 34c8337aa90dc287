import Testing

@testable import APIMachinery

@Suite struct YAMLConversionTests {
    private func yaml(_ s: String) throws -> JSON { try JSON.parseYAML(s) }

    private func value(_ scalar: String) throws -> JSON { try yaml("v: " + scalar)["v"] }

    private func error(_ s: String) -> YAMLConversionError? {
        do {
            _ = try JSON.parseYAML(s)
            return nil
        } catch {
            return error
        }
    }

    @Test func manifest() throws {
        let text = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                app: web
            spec:
              containers:
              - name: nginx
                image: nginx:1.25
                ports:
                - containerPort: 80
                args: ["--a", "--b"]
                resources: {limits: {cpu: 500m, memory: 128Mi}}
            """
        let expected: JSON = [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": "web", "labels": ["app": "web"]],
            "spec": [
                "containers": [
                    [
                        "name": "nginx", "image": "nginx:1.25", "ports": [["containerPort": 80]], "args": ["--a", "--b"],
                        "resources": ["limits": ["cpu": "500m", "memory": "128Mi"]],
                    ]
                ]
            ],
        ]
        #expect(try yaml(text) == expected)
        #expect(try JSON.parseYAML(Array(text.utf8)) == expected)
    }

    @Test func yaml11Scalars() throws {
        for t in ["yes", "Yes", "YES", "y", "Y", "true", "True", "TRUE", "on", "On", "ON"] { #expect(try value(t) == true, "\(t)") }
        for f in ["no", "No", "n", "N", "false", "FALSE", "off", "Off", "OFF"] { #expect(try value(f) == false, "\(f)") }
        for n in ["~", "null", "Null", "NULL", ""] { #expect(try value(n) == .null, "\(n)") }
        #expect(try value("42") == .int(42))
        #expect(try value("-42") == .int(-42))
        #expect(try value("+12") == .int(12))
        #expect(try value("0x1F") == .int(31))
        #expect(try value("-0x1F") == .int(-31))
        #expect(try value("0777") == .int(511))
        #expect(try value("0o17") == .int(15))
        #expect(try value("0b101") == .int(5))
        #expect(try value("1_000") == .int(1000))
        #expect(try value("08") == .double(8))
        #expect(try value("1.0") == .double(1))
        #expect(try value("1e3") == .double(1000))
        #expect(try value(".5") == .double(0.5))
        #expect(try value("-.5") == .double(-0.5))
        #expect(try value("1.") == .double(1))
        #expect(try value("9223372036854775807") == .int(Int64.max))
        #expect(try value("18446744073709551615") == .double(Double(UInt64.max)))
        // Things that stay strings.
        for s in ["2001-12-14", "2001-12-14T21:59:43.10-05:00", "1:20", "0x", "1e", "nan", "infinity", "yes please", "500m", "1Gi", "<<", "1e400", "0.0.0.0"] {
            #expect(try value(s) == .string(s), "\(s)")
        }
        #expect(try value("'true'") == "true")
        #expect(try value("\"123\"") == "123")
    }

    @Test func explicitTags() throws {
        #expect(try value("!!str 123") == "123")
        #expect(try value("!!str true") == "true")
        #expect(try value("!!int \"12\"") == 12)
        #expect(try value("!!float 1") == .double(1))
        #expect(try value("!!bool yes") == true)
        #expect(try value("! 12") == "12")
        #expect(try value("!custom 12") == "12")
        #expect(try value("!!binary aGVsbG8=") == "hello")
        #expect(error("v: !!int abc")?.message == "error converting YAML to JSON: yaml: line 1: cannot decode !!str `abc` as a !!int")
    }

    @Test func keysBecomeStrings() throws {
        let v = try yaml("1: a\ntrue: b\nyes: c\n1.5: d\n0x10: e\n\"7\": f\n1e3: g\n")
        #expect(v == ["1": "a", "true": "c", "1.5": "d", "16": "e", "7": "f", "1000": "g"])
        #expect(error("~: x") != nil)
        #expect(error("[a]: x") != nil)
        // Quoted keys stay as written.
        #expect(try yaml("\"yes\": a\n'0x10': b\n") == ["yes": "a", "0x10": "b"])
    }

    @Test func anchorsAliasesAndMerge() throws {
        let text = """
            base: &base
              a: 1
              b: 2
            other: &other
              b: 20
              c: 30
            derived:
              <<: *base
              b: 3
            both:
              <<: [*base, *other]
            copies: [*base, *base]
            scalar: &s hello
            again: *s
            """
        let v = try yaml(text)
        #expect(v["derived"] == ["a": 1, "b": 3])
        // Earlier maps in a merge list take precedence.
        #expect(v["both"] == ["a": 1, "b": 2, "c": 30])
        #expect(v["copies"] == [["a": 1, "b": 2], ["a": 1, "b": 2]])
        #expect(v["again"] == "hello")
        #expect(error("a: *nope")?.message.contains("unknown anchor") == true)
        #expect(error("a:\n  <<: 1\n")?.message.contains("map merge requires map or sequence of maps as the value") == true)
    }

    @Test func excessiveAliasingIsRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        #expect(error(text)?.message == "error converting YAML to JSON: yaml: document contains excessive aliasing")
    }

    @Test func blockScalars() throws {
        let v = try yaml("a: |\n  line1\n  line2\nb: >\n  folded\n  text\nc: |-\n  x\n")
        #expect(v == ["a": "line1\nline2\n", "b": "folded text\n", "c": "x"])
    }

    @Test func documents() throws {
        #expect(try yaml("") == .null)
        #expect(try yaml("# just a comment\n") == .null)
        #expect(try yaml("---\n") == .null)
        #expect(try yaml("42") == 42)
        #expect(try yaml("- a\n- b") == ["a", "b"])
        #expect(try yaml("a: 1\n---\nb: 2\n") == ["a": 1])
        #expect(try JSON.parseYAMLDocuments("a: 1\n---\nb: 2\n---\n") == [["a": 1], ["b": 2], .null])
        #expect(try JSON.parseYAMLDocuments("") == [])
        // JSON is YAML.
        #expect(try yaml(#"{"a": [1, 2.5, "x", null, true]}"#) == ["a": [1, 2.5, "x", nil, true]])
    }

    @Test func errorsCarryLines() {
        let e = error("a: b: c")
        #expect(e?.message == "error converting YAML to JSON: yaml: line 1: mapping values are not allowed in this context")
        #expect(e?.line == 1)
        let tab = error("a:\n\tb: 1\n")
        #expect(tab?.message.hasPrefix("error converting YAML to JSON: yaml: line 2: ") == true)
        #expect(error("a: 1\na: 2\n")?.message == "error converting YAML to JSON: yaml: mapping key \"a\" already defined at line 1")
        #expect(error("a: .inf")?.message == "error converting YAML to JSON: json: unsupported value: +Inf")
        #expect(throws: YAMLConversionError.self) { try JSON.parseYAML([0xFF, 0xFE, 0x41]) }
    }

    // MARK: - Emitting

    @Test func emitsLikeKubectl() {
        let pod: JSON = [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": "x", "labels": ["app": "web"], "annotations": [:]],
            "spec": [
                "containers": [["name": "c", "image": "nginx", "ports": [["containerPort": 80, "protocol": "TCP"]], "args": []]],
                "nodeSelector": nil,
            ],
        ]
        let expected = """
            apiVersion: v1
            kind: Pod
            metadata:
              annotations: {}
              labels:
                app: web
              name: x
            spec:
              containers:
              - args: []
                image: nginx
                name: c
                ports:
                - containerPort: 80
                  protocol: TCP
              nodeSelector: null

            """
        #expect(pod.yamlString() == expected)
    }

    @Test func quotesStringsThatNeedIt() {
        let cases: [(String, String)] = [
            ("true", #""true""#), ("8080", #""8080""#), ("", #""""#), ("null", #""null""#), ("yes", #""yes""#),
            ("1.5", #""1.5""#), ("2024-01-01", #""2024-01-01""#), ("1:20", #""1:20""#), ("~", #""~""#), ("0x1F", #""0x1F""#),
            ("a: b", "'a: b'"), ("- x", "'- x'"), ("#x", "'#x'"), ("x #y", "'x #y'"), (" lead", "' lead'"), ("trail ", "'trail '"),
            ("*", "'*'"), ("'q'", "'''q'''"), ("key:", "'key:'"), ("---", "'---'"), ("a\tb", #""a\tb""#), ("😀", #""\U0001F600""#),
            ("x#y", "x#y"), ("a:b", "a:b"), ("it's", "it's"), ("500m", "500m"), ("héllo", "héllo"), ("-x", "-x"), ("<<", "<<"),
        ]
        for (s, want) in cases {
            #expect(JSON.object(["k": .string(s)]).yamlString() == "k: \(want)\n", "\(s)")
        }
    }

    @Test func multiLineStrings() {
        #expect(JSON.object(["k": "a\nb\n"]).yamlString() == "k: |\n  a\n  b\n")
        #expect(JSON.object(["k": "a\nb"]).yamlString() == "k: |-\n  a\n  b\n")
        #expect(JSON.object(["k": "a\n\n"]).yamlString() == "k: |+\n  a\n\n")
        #expect(JSON.object(["k": " a\nb"]).yamlString() == "k: |2-\n   a\n  b\n")
        #expect(JSON.object(["k": "a\n\nb"]).yamlString() == "k: |-\n  a\n\n  b\n")
        // Literal blocks cannot hold trailing spaces on a line: double quotes then.
        #expect(JSON.object(["k": "a \nb"]).yamlString() == #"k: "a \nb""# + "\n")
        #expect(JSON.object(["k": ["x\ny"]]).yamlString() == "k:\n- |-\n  x\n  y\n")
    }

    @Test func layout() {
        #expect(JSON.array([[1, 2], [3]]).yamlString() == "- - 1\n  - 2\n- - 3\n")
        #expect(JSON.array([["a": 1, "b": [1]]]).yamlString() == "- a: 1\n  b:\n  - 1\n")
        #expect(JSON.object([:]).yamlString() == "{}\n")
        #expect(JSON.array([]).yamlString() == "[]\n")
        #expect(JSON.string("x").yamlString() == "x\n")
        #expect(JSON.null.yamlString() == "null\n")
        #expect(JSON.object(["d": .double(1.5), "e": .double(1e6), "f": .double(1.0), "i": 7]).yamlString() == "d: 1.5\ne: 1e+06\nf: 1\ni: 7\n")
        #expect(JSON.object(["a": ["b": ["c": "d"]]]).yamlString() == "a:\n  b:\n    c: d\n")
        #expect(JSON.object(["true": 1, "": 2, "a b": 3]).yamlString() == "\"\": 2\na b: 3\n\"true\": 1\n")
    }

    @Test func keyOrderIsGoYAMLs() {
        let v: JSON = ["a10": 1, "a2": 2, "b": 3, "A": 4, "_x": 5]
        #expect(v.yamlString() == "_x: 5\nA: 4\na2: 2\na10: 1\nb: 3\n")
    }

    @Test func roundTrips() throws {
        let v: JSON = [
            "strings": ["true", "", "8080", "a: b", " x ", "line\nbreak\n", "tab\there", "quote\"s", "back\\slash", "#", "- item", "ünï", "😀", "a\n b"],
            "numbers": [0, -1, 1.25, 1e-7, 123456789012],
            "nested": ["list": [["a": nil, "b": [true, false]]], "empty": [:], "none": []],
            "weird keys": ["1": "a", "yes": "b", "- k": "c", "k: v": "d", "<<": "e"],
        ]
        #expect(try JSON.parseYAML(v.yamlString()) == v)
    }
}
