import Testing

@testable import APIMachinery

@Suite struct QuantityTests {
    private func q(_ s: String) throws -> Quantity { try Quantity(parsing: s) }

    /// Inputs and the value × 10^scale and format upstream parses them to.
    static let parseTable: [(String, Int64, Int, Quantity.Format)] = [
        ("0", 0, 0, .decimalSI), ("0n", 0, 0, .decimalSI), ("0m", 0, 0, .decimalSI), ("0Ki", 0, 0, .binarySI),
        ("0Mi", 0, 0, .binarySI), ("0T", 0, 0, .decimalSI), ("1", 1, 0, .decimalSI),
        ("1Ki", 1024, 0, .binarySI), ("8Ki", 8 * 1024, 0, .binarySI), ("7Mi", 7 * 1024 * 1024, 0, .binarySI),
        ("6Gi", 6 * 1024 * 1024 * 1024, 0, .binarySI), ("5Ti", 5 << 40, 0, .binarySI), ("4Pi", 4 << 50, 0, .binarySI),
        ("3Ei", 3 << 60, 0, .binarySI), ("100Ti", 100 << 40, 0, .binarySI),
        ("5n", 5, -9, .decimalSI), ("4u", 4, -6, .decimalSI), ("3m", 3, -3, .decimalSI), ("8k", 8, 3, .decimalSI),
        ("50k", 5, 4, .decimalSI), ("7M", 7, 6, .decimalSI), ("6G", 6, 9, .decimalSI), ("40T", 4, 13, .decimalSI),
        ("2P", 2, 15, .decimalSI), ("1E", 1, 18, .decimalSI),
        ("1E-3", 1, -3, .decimalExponent), ("1e3", 1, 3, .decimalExponent), ("1E18", 1, 18, .decimalExponent),
        ("1e14", 1, 14, .decimalExponent), ("100.035k", 100035, 0, .decimalSI),
        ("0.001", 1, -3, .decimalSI), ("0.0005k", 5, -1, .decimalSI), ("0.00500", 5, -3, .decimalSI),
        ("0.5e0", 5, -1, .decimalExponent), ("0.5e-2", 5, -3, .decimalExponent), ("10.035M", 10035, 3, .decimalSI),
        ("1.2e3", 12, 2, .decimalExponent), ("1.3E+6", 13, 5, .decimalExponent), ("1.53E12", 153, 10, .decimalExponent),
        ("9.01", 901, -2, .decimalSI), ("7.123456M", 7_123_456, 0, .decimalSI), ("6.987654321G", 6_987_654_321, 0, .decimalSI),
        ("1.01E", 101, 16, .decimalSI),
        // Rounded up to nano units.
        ("3.001n", 4, -9, .decimalSI), ("1.1E-9", 2, -9, .decimalExponent), ("0.0000000001", 1, -9, .decimalSI),
        ("0.5e-9", 1, -9, .decimalExponent), ("0.9n", 1, -9, .decimalSI), ("0.00000012345", 124, -9, .decimalSI),
        ("12E", 12, 18, .decimalSI),
        // Fractional binary values.
        ("100.035Ki", 10_243_584, -2, .binarySI), ("0.5Mi", 524_288, 0, .binarySI), ("0.05Gi", 536_870_912, -1, .binarySI),
        ("0.000000000001Ki", 2, -9, .decimalSI),
        (".001", 1, -3, .decimalSI), (".0001k", 100, -3, .decimalSI), ("1.", 1, 0, .decimalSI), ("1.G", 1, 9, .decimalSI),
    ]

    @Test func parsesLikeUpstream() throws {
        for (text, value, scale, format) in Self.parseTable {
            let got = try q(text)
            #expect(got == Quantity(value, scale: scale), "\(text)")
            #expect(got.format == format, "\(text)")
            let negative = try q("-" + text)
            #expect(negative == Quantity(-value, scale: scale), "-\(text)")
            #expect(try q("+" + text) == got, "+\(text)")
        }
    }

    @Test func binaryValuesAreCapped() throws {
        #expect(try q("9Ei") == Quantity(Int64.max))
        #expect(try q("9223372036854775807Ki") == Quantity(Int64.max))
        #expect(try q("9Ei").description == "9223372036854775807")
        #expect(try q("-9Ei") == Quantity(-Int64.max))
    }

    @Test(arguments: ["1.1.M", "1+1.0M", "0.1am", "aoeu", " 1", "1 ", "", "1.5.5", "1KiB", "1Mb"])
    func invalidFormat(_ text: String) {
        #expect(throws: QuantityError.formatWrong) { try Quantity(parsing: text) }
    }

    @Test(arguments: ["0.1mi", ".5i", "1i", "-3.01i", "-3.01e-", "1kk", "1e", "1ee3"])
    func invalidSuffix(_ text: String) {
        #expect(throws: QuantityError.suffix) { try Quantity(parsing: text) }
    }

    @Test func errorMessage() {
        #expect(
            QuantityError.formatWrong.message
                == "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
    }

    /// Canonical strings, and inputs that canonicalize to them.
    static let canonicalTable: [(String, String)] = [
        ("1024Mi", "1Gi"), ("307200Ki", "300Mi"), ("1025024Mi", "1001Gi"), ("1024Gi", "1Ti"), ("0.5", "500m"),
        ("1000M", "1G"), ("0.001T", "1G"), ("1000u", "1m"), ("1.08", "1080m"), ("1080000000n", "1080m"),
        (".001e12", "1e9"), ("0.001e0", "1e-3"), ("1000e-12", "1e-9"), ("00", "0"), ("1.5", "1500m"), ("2048Mi", "2Gi"),
        ("1500", "1500"), ("1000", "1k"), ("1.5Gi", "1536Mi"), ("1.5Ki", "1536"), ("0.5Ki", "512"), ("100m", "100m"),
        ("0.1", "100m"), ("2000m", "2"), ("2e3", "2e3"), ("20e3", "20e3"), ("200e3", "200e3"), ("2000e3", "2e6"),
        ("1.5e3", "1500"), ("0.5e3", "500"), ("12345678901234567890", "12345678901234567890"),
        ("123456789012345678901234567890m", "123456789012345678901234567890m"), ("1.5E", "1500P"), ("1536Ki", "1536Ki"),
        ("5", "5"), ("1025", "1025"), ("0.000001", "1u"),
        // Values past the int64 range stay exact.
        ("999999999999999999.1", "999999999999999999100m"), ("1000000000000000000", "1E"), ("10000000000000000000000m", "10E"),
        ("1.0000000000000000001E", "1000000000000000000100m"), ("9223372036854775808.1", "9223372036854775808100m"),
        ("9999999999999999999.0", "9999999999999999999"), ("1.000000000000000001E", "1000000000000000001"),
    ]

    @Test func canonicalForms() throws {
        for (input, canonical) in Self.canonicalTable {
            #expect(try q(input).description == canonical, "\(input)")
            #expect(try q(canonical).description == canonical, "\(canonical)")
            if canonical != "0" {
                #expect(try q("-" + input).description == "-" + canonical, "-\(input)")
            }
        }
    }

    @Test func parseEmit() throws {
        let table = [
            ("1Ki", "1Ki"), ("1Mi", "1Mi"), ("1Gi", "1Gi"), ("1024Mi", "1Gi"), ("1000M", "1G"), (".001Ki", "1024m"),
            (".000001Ki", "1024u"), (".000000001Ki", "1024n"), (".000000000001Ki", "2n"),
        ]
        for (input, output) in table {
            #expect(try q(input).description == output)
            #expect(try q("-" + input).description == "-" + output)
        }
    }

    @Test func inputKeptVerbatimWhereUpstreamKeepsIt() throws {
        // Upstream serializes some inputs as given instead of canonicalizing them.
        #expect(try q("+1").description == "+1")
        #expect(try q("01").description == "01")
        #expect(try q("1E3").description == "1E3")
        #expect(try q("10e3").description == "10e3")
        #expect(try q("3Ki").description == "3Ki")
        #expect(try q("+1").canonicalized.description == "1")
        // ...but not those it rewrites.
        #expect(try q("1000m").description == "1")
        #expect(try q("8Ki").description == "8Ki")
        #expect(try q("1024Ki").description == "1Mi")
        // An upstream quirk: exponents without an SI suffix print without one.
        #expect(try q("1000E").description == "1")
    }

    @Test func comparisons() throws {
        #expect(try q("0") == q("0"))
        #expect(try q("100m") > q("50m"))
        #expect(try q("50m") < q("100m"))
        #expect(try q("10000T") > q("100Gi"))
        #expect(try q("1000m") == q("1"))
        #expect(try q("1Ki") == q("1024"))
        #expect(try q("-1") < q("0"))
        #expect(try q("-2") < q("-1"))
        #expect(try Set([q("1"), q("1000m"), q("1e0")]).count == 1)
    }

    @Test func values() throws {
        #expect(try q("1500m").value == 2)
        #expect(try q("1500m").milliValue == 1500)
        #expect(try q("1.5Gi").value == 1_610_612_736)
        #expect(try q("100m").value == 1)
        #expect(try q("-100m").value == -1)
        #expect(try q("1n").milliValue == 1)
        #expect(try q("2").milliValue == 2000)
        #expect(try q("1E").value == 1_000_000_000_000_000_000)
        #expect(try q("100E").value == Int64.max)
        #expect(try q("0.5").doubleValue == 0.5)
        // ScaledValue table from upstream.
        let scales = [(-9, -9, 1), (-9, -6, 1), (-9, 0, 1), (-6, -9, 1000), (-3, -9, 1_000_000), (0, -9, 1_000_000_000), (2, -2, 10000)]
        for (from, to, want) in scales {
            #expect(Quantity(1, scale: from).scaledValue(to) == Int64(want))
        }
    }

    @Test func arithmetic() throws {
        #expect(try (q("1") + q("500m")).description == "1500m")
        #expect(try (q("1Gi") + q("1Gi")).description == "2Gi")
        #expect(try (q("1Gi") - q("1Gi")).description == "0")
        #expect(try (q("1") - q("2")).description == "-1")
        // Adding to zero takes the other operand's format.
        #expect(try (q("0") + q("1Ki")).description == "1Ki")
        #expect(try (q("1Ki") + q("0")).format == .binarySI)
        #expect(Quantity(milliValue: 1500).description == "1500m")
        #expect(Quantity(1024, format: .binarySI).description == "1Ki")
        #expect(Quantity(5, format: .binarySI).description == "5")
    }

    @Test func json() throws {
        #expect(try Quantity(json: " 1").description == "1")
        #expect(try Quantity(json: "1 ").description == "1")
        #expect(try Quantity(json: 1).description == "1")
        #expect(try Quantity(json: -1).description == "-1")
        #expect(try Quantity(json: 1.5).description == "1500m")
        #expect(try Quantity(json: 0.25).description == "250m")
        #expect(throws: QuantityError.formatWrong) { try Quantity(json: .null) }
        #expect(try q("2Gi").json == "2Gi")
    }
}
