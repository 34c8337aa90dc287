import APIMachinery
import Crypto
import Foundation
@testable import APIServer
import Testing

@Suite struct ServiceAccountTokenTests {
    let issuer = ServiceAccountTokenIssuer(key: P256.Signing.PrivateKey())

    func claims(audiences: [String], expiresAt: Int64 = Int64(Date().timeIntervalSince1970) + 3600) -> ServiceAccountTokenIssuer.Claims {
        .init(namespace: "ns", serviceAccount: "robot", serviceAccountUID: "u1", audiences: audiences,
              issuedAt: Int64(Date().timeIntervalSince1970), expiresAt: expiresAt, podName: "p", podUID: "pu")
    }

    @Test func tokensForTheAPIServerAuthenticateTheirServiceAccount() throws {
        let token = try issuer.token(claims(audiences: [issuer.issuer]))
        #expect(token.split(separator: ".").count == 3)
        let user = try #require(issuer.user(token: token))
        #expect(user.name == "system:serviceaccount:ns:robot")
        #expect(user.groups == ["system:serviceaccounts", "system:serviceaccounts:ns", "system:authenticated"])
    }

    @Test func otherAudiencesExpiredForgedAndForeignTokensAreRefused() throws {
        #expect(issuer.user(token: try issuer.token(claims(audiences: ["vault"]))) == nil)
        #expect(issuer.user(token: try issuer.token(claims(audiences: [issuer.issuer], expiresAt: 10))) == nil)
        let good = try issuer.token(claims(audiences: [issuer.issuer]))
        let parts = good.split(separator: ".").map(String.init)
        let forgedPayload = ServiceAccountTokenIssuer.base64URL(Array(#"{"iss":"https://kubernetes.default.svc.cluster.local","aud":["https://kubernetes.default.svc.cluster.local"],"exp":9999999999,"kubernetes.io":{"namespace":"kube-system","serviceaccount":{"name":"admin"}}}"#.utf8))
        #expect(issuer.user(token: parts[0] + "." + forgedPayload + "." + parts[2]) == nil)
        let other = ServiceAccountTokenIssuer(key: P256.Signing.PrivateKey())
        #expect(other.user(token: good) == nil)
        #expect(issuer.user(token: "not.a.jwt") == nil)
    }

    @Test func tokenRequestSubresource() async throws {
        let server = try await InProcessServer(serviceAccountTokens: issuer)
        let sa = "/api/v1/namespaces/default/serviceaccounts"
        #expect(await server.call(.POST, sa, body: #"{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"robot"}}"#).status == 201)
        let answer = await server.call(.POST, sa + "/robot/token", body: #"{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{"expirationSeconds":1200}}"#)
        #expect(answer.status == 201)
        #expect(answer.json["kind"] == "TokenRequest" && answer.json["spec"]["audiences"] == [.string(issuer.issuer)])
        let token = try #require(answer.json["status"]["token"].stringValue)
        #expect(issuer.user(token: token)?.name == "system:serviceaccount:default:robot")
        #expect(answer.json["status"]["expirationTimestamp"].stringValue != nil)
        // Too short a lifetime, and an account that does not exist.
        let short = await server.call(.POST, sa + "/robot/token", body: #"{"kind":"TokenRequest","spec":{"expirationSeconds":60}}"#)
        #expect(short.status == 422)
        #expect(await server.call(.POST, sa + "/nobody/token", body: #"{"kind":"TokenRequest","spec":{}}"#).status == 404)
        // The token authenticates requests as the service account.
        var request = HTTPRequest(method: .GET, uri: "/api/v1/namespaces/default/pods", headers: ["authorization": "Bearer \(token)"])
        request.user = nil
        #expect(await server.api.respond(to: request).status == .ok)
        let refused = HTTPRequest(method: .GET, uri: "/api/v1/namespaces/default/pods", headers: ["authorization": "Bearer x.y.z"])
        #expect(await server.api.respond(to: refused).status == .unauthorized)
        await server.shutdown()
    }
}
