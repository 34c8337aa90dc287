import APIMachinery
import Foundation
@testable import Kubelet
import Testing

@Suite struct PullSecretsTests {
    func secret(_ key: String, _ config: String) -> JSON {
        ["data": [.init(stringLiteral: key): .string(Data(config.utf8).base64EncodedString())]]
    }

    @Test func registryOfAnImage() {
        #expect(PullSecrets.registry(of: "busybox") == "docker.io")
        #expect(PullSecrets.registry(of: "library/busybox:1.36") == "docker.io")
        #expect(PullSecrets.registry(of: "registry.example.com/team/app:v1") == "registry.example.com")
        #expect(PullSecrets.registry(of: "localhost:5000/app") == "localhost:5000")
        #expect(PullSecrets.host(ofKey: "https://index.docker.io/v1/") == "index.docker.io")
    }

    @Test func dockerConfigJSONCredentialsMatchTheRegistry() throws {
        let json = #"{"auths":{"registry.example.com":{"username":"u","password":"p"},"https://index.docker.io/v1/":{"auth":"aHViOnNlY3JldA=="}}}"#
        let secrets = [secret(".dockerconfigjson", json)]
        let own = try #require(PullSecrets.auth(forImage: "registry.example.com/app:1", secrets: secrets))
        #expect(own.username == "u" && own.password == "p" && own.serverAddress == "registry.example.com")
        // Docker Hub under any of its names; `auth` is user:password in base64.
        let hub = try #require(PullSecrets.auth(forImage: "nginx", secrets: secrets))
        #expect(hub.username == "hub" && hub.password == "secret" && hub.auth == "aHViOnNlY3JldA==")
        #expect(PullSecrets.auth(forImage: "quay.io/x/y", secrets: secrets) == nil)
    }

    @Test func legacyDockercfgSecrets() throws {
        let secrets = [secret(".dockercfg", #"{"quay.io":{"username":"q","password":"w"}}"#)]
        #expect(PullSecrets.auth(forImage: "quay.io/x/y", secrets: secrets)?.username == "q")
        #expect(PullSecrets.auth(forImage: "quay.io/x/y", secrets: [["data": [:]]]) == nil)
    }
}
