import Foundation
@testable import APIServer
import Testing

@Suite struct JoinTokenTests {
    @Test func tokensParseInTheirFullAndBareForms() throws {
        let hash = String(repeating: "ab", count: 32)
        let full = try #require(JoinToken("K10\(hash)::node:s3cret\n"))
        #expect(full.caHash == hash && full.secret == "s3cret")
        #expect(full.text == "K10\(hash)::node:s3cret")
        let bare = try #require(JoinToken("just-a-secret"))
        #expect(bare.caHash == nil && bare.secret == "just-a-secret")
        #expect(JoinToken("K10abc::node:x") == nil, "a short hash is malformed")
        #expect(JoinToken("  ") == nil)
    }

    @Test func tokenFileIsMadeOnceAndKept() throws {
        let dir = NSTemporaryDirectory() + "apus-token-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try JoinToken.loadOrCreate(directory: dir, caPEM: "CA ONE")
        #expect(first.caHash == JoinToken.hash(caPEM: "CA ONE") && first.secret.count == 48)
        #expect(try JoinToken.loadOrCreate(directory: dir, caPEM: "CA ONE") == first)
        // A new CA makes a new token.
        #expect(try JoinToken.loadOrCreate(directory: dir, caPEM: "CA TWO").caHash == JoinToken.hash(caPEM: "CA TWO"))
    }

    @Test func bearerHeadersAuthenticateOnlyKnownTokens() {
        let tokens = ["s3cret": JoinToken.nodeUser]
        #expect(APIServer.bearerUser("Bearer s3cret", tokens: tokens) == JoinToken.nodeUser)
        #expect(APIServer.bearerUser("bearer K10\(String(repeating: "0", count: 64))::node:s3cret", tokens: tokens) == JoinToken.nodeUser)
        #expect(APIServer.bearerUser("Bearer wrong", tokens: tokens) == nil)
        #expect(APIServer.bearerUser("Basic czNjcmV0", tokens: tokens) == nil)
    }
}
