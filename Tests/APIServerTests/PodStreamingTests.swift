import APIMachinery
@testable import APIServer
import Testing

@Suite struct PodStreamingTests {
    @Test func kubeletEndpointFromTheNode() {
        let node: JSON = ["status": [
            "addresses": [["type": "Hostname", "address": "n1"], ["type": "InternalIP", "address": "10.0.0.7"]],
            "daemonEndpoints": ["kubeletEndpoint": ["Port": 10260]],
        ]]
        #expect(KubeletEndpoint(node: node) == KubeletEndpoint(host: "10.0.0.7", port: 10260))
        let hostnameOnly: JSON = ["status": ["addresses": [["type": "Hostname", "address": "n2"]]]]
        #expect(KubeletEndpoint(node: hostnameOnly) == KubeletEndpoint(host: "n2", port: 10250))
        #expect(KubeletEndpoint(node: ["status": [:]]) == nil)
    }

    @Test func containerChoiceAndUpstreamMessages() throws {
        let one: JSON = ["metadata": ["name": "p"], "spec": ["containers": [["name": "main"]]]]
        #expect(try APIServer.validContainer(nil, pod: one) == "main")
        let two: JSON = ["metadata": ["name": "p"], "spec": [
            "initContainers": [["name": "setup"]], "containers": [["name": "a"], ["name": "b"]],
        ]]
        #expect(try APIServer.validContainer("setup", pod: two) == "setup")
        do {
            _ = try APIServer.validContainer(nil, pod: two)
            Issue.record("a container must be named")
        } catch let error as APIError {
            #expect(error.code == 400)
            #expect(error.message == "a container name must be specified for pod p, choose one of: [a b] or one of the init containers: [setup]")
        }
        do {
            _ = try APIServer.validContainer("c", pod: two)
            Issue.record("c is not in the pod")
        } catch let error as APIError {
            #expect(error.message == "container c is not valid for pod p")
        }
    }

    @Test func remoteCommandStreamsInUpstreamOrder() {
        let plain = StreamTranslation.streams(stdin: true, stdout: true, stderr: true, tty: false)
        #expect(plain.map(\.type) == ["error", "stdin", "stdout", "stderr"])
        #expect(plain.map(\.id) == [1, 3, 5, 7])
        #expect(plain.map(\.channel.rawValue) == [3, 0, 1, 2])
        // With a terminal, stderr is merged into stdout and a resize stream exists.
        let tty = StreamTranslation.streams(stdin: true, stdout: true, stderr: true, tty: true)
        #expect(tty.map(\.type) == ["error", "stdin", "stdout", "resize"])
    }

    @Test func streamingSubresourcesNeedANodeAndAnUpgrade() async throws {
        let server = try await InProcessServer()
        let pods = "/api/v1/namespaces/default/pods"
        let created = await server.call(.POST, pods, body: #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"pending"},"spec":{"containers":[{"name":"main","image":"busybox"}]}}"#)
        #expect(created.status == 201)
        let log = await server.call(.GET, pods + "/pending/log")
        #expect(log.status == 400)
        #expect(log.json["message"].stringValue == "pod pending does not have a host assigned")
        #expect(await server.call(.GET, pods + "/nope/log").status == 404)
        let exec = await server.call(.POST, pods + "/pending/exec?command=ls&stdout=true")
        #expect(exec.status == 400)
        await server.shutdown()
    }
}

@Suite struct NodeProxyPathTests {
    @Test func proxyPathsKeepTheRestOfThePath() {
        let info = RequestInfo.parse(method: .GET, path: "/api/v1/nodes/n1/proxy/stats/summary", query: [:])
        #expect(info?.resource == "nodes" && info?.name == "n1" && info?.subresource == "proxy")
        #expect(info?.proxyPath == "/stats/summary")
        #expect(RequestInfo.parse(method: .GET, path: "/api/v1/nodes/n1/proxy", query: [:])?.proxyPath == "/")
        // Other subresources still stop at three segments.
        #expect(RequestInfo.parse(method: .GET, path: "/api/v1/nodes/n1/status/extra", query: [:]) == nil)
    }
}
