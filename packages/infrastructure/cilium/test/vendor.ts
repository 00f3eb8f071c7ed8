import { resolve } from "node:path";

/** The repository's vendor/: the chart schemas, Cilium's CRD schemas and the reference file (see vendor/SOURCES.md). */
export const VENDOR = resolve(import.meta.dirname, "../../../../vendor");
