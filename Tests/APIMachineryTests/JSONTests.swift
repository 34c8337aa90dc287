import Testing

@testable import APIMachinery

@Suite struct JSONTests {
    private func parse(_ s: String) throws -> JSON { try JSON.parse(s) }

    private func parseError(_ s: String) -> JSONParseError? {
        do {
            _ = try JSON.parse(s)
            return nil
        } catch {
            return error
        }
    }

    @Test func scalarsAndContainers() throws {
        #expect(try parse("null") == .null)
        #expect(try parse(" true ") == true)
        #expect(try parse("false") == false)
        #expect(try parse(#""x""#) == "x")
        #expect(try parse("[]") == [])
        #expect(try parse("{}") == [:])
        #expect(try parse(#"{"a":[1,{"b":null}],"c":"d"}"#) == ["a": [1, ["b": nil]], "c": "d"])
        #expect(try parse(" \n\t\r[ 1 , 2 ]\n ") == [1, 2])
    }

    @Test func integersStayIntegers() throws {
        #expect(try parse("1") == .int(1))
        #expect(try parse("-0") == .int(0))
        #expect(try parse("9223372036854775807") == .int(Int64.max))
        #expect(try parse("-9223372036854775808") == .int(Int64.min))
        #expect(try parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
        #expect(try parse("1.0") == .double(1))
        #expect(try parse("1e2") == .double(100))
        #expect(try parse("-1.5E-3") == .double(-0.0015))
        #expect(try parse("1.0").intValue == 1)
        #expect(try parse("1.5").intValue == nil)
        #expect(JSON.int(1).semanticallyEquals(.double(1)))
        #expect(!JSON.int(1).semanticallyEquals(.double(1.5)))
        #expect((["a": [1]] as JSON).semanticallyEquals(["a": [1.0]]))
    }

    @Test func escapes() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == "\"\\/\u{08}\u{0C}\n\r\t")
        #expect(try parse(#""\u0041\u00e9\u4e2d""#) == "Aé中")
        #expect(try parse(#""caf\u00E9""#) == "café")
        #expect(parseError(#""\x""#) != nil)
        #expect(parseError(#""\u12G4""#) != nil)
        #expect(parseError("\"a\u{01}b\"") != nil)
        #expect(try parse("\"ünïcödé 😀\"") == "ünïcödé 😀")
    }

    @Test func surrogates() throws {
        #expect(try parse(#""\ud83d\ude00""#) == "😀")
        #expect(try parse(#""\uD83D\uDE00!""#) == "😀!")
        // Unpaired surrogates become U+FFFD; a following escape is kept, as Go's decoder does.
        #expect(try parse(#""\ud83d""#) == "\u{FFFD}")
        #expect(try parse(#""\ude00x""#) == "\u{FFFD}x")
        #expect(try parse(#""\ud83d\u0041""#) == "\u{FFFD}A")
        #expect(try parse(#""\ud83dx""#) == "\u{FFFD}x")
    }

    @Test func malformedDocuments() {
        #expect(parseError("{} x")?.message == "unexpected data after the top-level value")
        #expect(parseError("{} x")?.offset == 3)
        #expect(parseError("01") != nil)
        #expect(parseError("") != nil)
        #expect(parseError("tru") != nil)
        #expect(parseError("nul") != nil)
        #expect(parseError(#"{"a" 1}"#) != nil)
        #expect(parseError("{a:1}") != nil)
        #expect(parseError("[1,]") != nil)
        #expect(parseError("[1 2]") != nil)
        #expect(parseError(#""abc"#) != nil)
        #expect(parseError("-") != nil)
        #expect(parseError("1.") != nil)
        #expect(parseError("1e") != nil)
        #expect(parseError(".5") != nil)
        #expect(parseError("{} {}") != nil)
    }

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(try JSON.parse(ok).arrayValue?.count == 1)
        let deep = String(repeating: "[", count: 1001) + String(repeating: "]", count: 1001)
        #expect(parseError(deep)?.message == "document nested too deeply")
        let deepObjects = String(repeating: #"{"a":"#, count: 1001) + "1" + String(repeating: "}", count: 1001)
        #expect(parseError(deepObjects)?.message == "document nested too deeply")
    }

    @Test func serializesWithSortedKeysLikeGo() {
        let v: JSON = ["b": 1, "a": ["y": true, "x": nil], "c": [1.5, "s"]]
        #expect(v.serializedString() == #"{"a":{"x":null,"y":true},"b":1,"c":[1.5,"s"]}"#)
        // Go's encoder escapes <, > and & and control characters.
        #expect(JSON.string("<a&b>").serializedString() == #""\u003ca\u0026b\u003e""#)
        #expect(JSON.string("q\"b\\n\n\r\t\u{01}").serializedString() == #""q\"b\\n\n\r\t\u0001""#)
        #expect(JSON.string("é😀").serializedString() == "\"é😀\"")
    }

    @Test func serializesNumbersLikeGo() {
        #expect(JSON.double(1.0).serializedString() == "1")
        #expect(JSON.double(-2.0).serializedString() == "-2")
        #expect(JSON.double(1.5).serializedString() == "1.5")
        #expect(JSON.double(0.1).serializedString() == "0.1")
        #expect(JSON.double(1e20).serializedString() == "100000000000000000000")
        #expect(JSON.double(.nan).serializedString() == "null")
        #expect(JSON.int(Int64.min).serializedString() == "-9223372036854775808")
    }

    @Test func roundTrip() throws {
        let v: JSON = [
            "s": "line\nbreak \u{7F} \u{2028} <tag>", "n": [0, -1, 2.5, 1e-7, 123456789],
            "o": ["nested": ["deep": [true, false, nil]]], "e": [:], "l": [],
        ]
        #expect(try JSON.parse(v.serialized()) == v)
        #expect(try JSON.parse(v.prettySerialized()) == v)
    }

    @Test func prettyPrintsLikeKubectl() {
        let v: JSON = ["a": [1, ["b": "c"]], "e": [:], "f": []]
        #expect(v.prettySerialized() == "{\n    \"a\": [\n        1,\n        {\n            \"b\": \"c\"\n        }\n    ],\n    \"e\": {},\n    \"f\": []\n}")
    }

    @Test func subscripts() {
        var v: JSON = ["metadata": ["name": "x"]]
        #expect(v["metadata"]["name"] == "x")
        #expect(v["missing"]["deeper"] == .null)
        #expect(v[path: ["metadata", "name"]] == "x")
        v[path: ["metadata", "labels", "app"]] = "web"
        #expect(v == ["metadata": ["name": "x", "labels": ["app": "web"]]])
        v[path: ["metadata", "labels", "app"]] = nil
        #expect(v == ["metadata": ["name": "x", "labels": [:]]])
        v["metadata"] = nil
        #expect(v == [:])
        let a: JSON = [1, 2]
        #expect(a[1] == 2 && a[5] == .null && a[-1] == .null)
        #expect(JSON.int(3).typeName == "integer" && JSON.object([:]).typeName == "object")
    }
}
