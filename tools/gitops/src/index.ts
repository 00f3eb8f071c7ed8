export { buildCluster, type BuildOptions, type BuildResult } from "./build.ts";
export { main } from "./cli.ts";
export type { Command } from "./command.ts";
export { loadClusterPackage, parseFlags, UsageError, type ClusterPackage } from "./load.ts";
