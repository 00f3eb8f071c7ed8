export type { ClusterName, ClusterValues, OnePasswordPath } from "./types.ts";
export { apps, fleet, infra, peerOf } from "./values.ts";
