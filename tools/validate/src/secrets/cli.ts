import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { scanSource } from "./source.ts";

// Secret scanning of the repository's source with secretlint's recommended preset:
//   ./dev pnpm --filter @k8s-gitops/validate scan-secrets [--root DIR]
// (rendered output is scanned by every cluster build, as part of `gitops validate`).

const HELP = `Usage: scan-secrets [--root DIR]

Scans every file git knows in DIR (tracked, and untracked but not ignored; default: the
repository root) with secretlint's recommended preset, and exits 1 when it finds a credential.
`;

const { values } = parseArgs({ options: { root: { type: "string" }, help: { type: "boolean", short: "h" } } });
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const root = resolve(values.root ?? new URL("../../../..", import.meta.url).pathname);
const started = performance.now();
const { files, hits } = await scanSource(root);
for (const h of hits) process.stdout.write(`${h.file}:${h.line}: ${h.message.split(/[:(]/)[0]?.trim()} (${h.ruleId})\n`);
process.stdout.write(`scan-secrets: ${files} files, ${hits.length} finding${hits.length === 1 ? "" : "s"} (${Math.round(performance.now() - started)} ms)\n`);
process.exit(hits.length ? 1 : 0);
