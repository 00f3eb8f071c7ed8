export { FaultProxy } from "./proxy.ts";
export { freePort, TestRegistry, type AccessLogEntry, type RegistryOptions, type TokenAuth } from "./registry.ts";
export { toolGate, which, type ToolGate } from "./tools.ts";
export { pseudoRandom, sampleMeta, sampleTree } from "./fixtures.ts";
export { TokenServer, type TokenUsers } from "./token-server.ts";
export { RewritingProxy, type Rewrite } from "./http-proxy.ts";
