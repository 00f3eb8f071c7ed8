import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigError } from "@k8s-gitops/core";

/**
 * What may be in a folder this replaces: an earlier day-zero output, or the flux-system
 * package's older bootstrap folder (its objects, kustomization.yaml and README).
 */
const OURS = /^(README\.md|bootstrap\.sh|[0-4]-(talos|crds|network|secrets|flux)|kustomization(-[a-z0-9-]+)?\.yaml|ocirepository-[a-z0-9-]+\.yaml)$/;

/**
 * Writes the day-zero tree into `dir`, replacing it as a whole (a component dropped from a phase
 * must not leave its files behind); refuses a folder that holds anything else. Scripts get mode 0755.
 */
export function writeDayZero(files: ReadonlyMap<string, string>, dir: string): void {
  if (existsSync(dir)) {
    const foreign = readdirSync(dir).filter((f) => !OURS.test(f)).sort();
    if (foreign.length > 0) throw new ConfigError(`${dir} holds files that are not day-zero output (${foreign.join(", ")}): refusing to replace it, choose an empty or new folder`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const [rel, content] of files) {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    if (rel.endsWith(".sh")) chmodSync(file, 0o755);
  }
}
