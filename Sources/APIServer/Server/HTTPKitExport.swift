// The HTTP server, request/response types and identities the API server is built on; users of
// APIServer see them through this module.
@_exported import HTTPKit
