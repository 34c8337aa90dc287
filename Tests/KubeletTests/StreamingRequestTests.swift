@testable import Kubelet
import Testing

@Suite struct StreamingRequestTests {
    @Test func flagsUseTheKubeletNamesAndTheAPINames() {
        let kubelet = StreamFlags(query: ["input": ["1"], "output": ["1"], "tty": ["1"]])
        #expect(kubelet.stdin && kubelet.stdout && !kubelet.stderr && kubelet.tty)
        let api = StreamFlags(query: ["stdin": ["true"], "stderr": ["true"], "tty": ["false"]])
        #expect(api.stdin && !api.stdout && api.stderr && !api.tty)
    }

    @Test func runtimeStreamingURLs() throws {
        let url = try #require(StreamingURL("http://127.0.0.1:40127/exec/AbC-12_x"))
        #expect(url.host == "127.0.0.1" && url.port == 40127 && url.path == "/exec/AbC-12_x")
        #expect(StreamingURL("http://[::1]:9/portforward/t?x=1")?.host == "::1")
        #expect(StreamingURL("http://[::1]:9/portforward/t?x=1")?.path == "/portforward/t?x=1")
        #expect(StreamingURL("https://127.0.0.1:1/exec/t") == nil)
        #expect(StreamingURL("not a url") == nil)
    }
}
