import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Where a command is on PATH (or /usr/bin, /usr/sbin), undefined when absent. */
export function which(bin: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/bin", "/usr/sbin", "/usr/local/bin"];
  for (const dir of dirs) {
    const file = join(dir, bin);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface ToolGate {
  /** Skip the suite: tools missing on a developer machine (never on CI). */
  skip: boolean;
  /** Call in beforeAll: throws when tools are missing and CI=true, so the suite fails. */
  check(): void;
}

/**
 * Integration suites need real tools (docker-registry, skopeo, kubectl, htpasswd). Missing on a
 * laptop, the suite is skipped with a loud message; missing on CI (CI=true), it fails.
 */
export function toolGate(...tools: string[]): ToolGate {
  const missing = tools.filter((t) => !which(t));
  const ci = process.env.CI === "true";
  const message = `MISSING TOOLS: ${missing.join(", ")}. Install them with ./dev test (apt-get install docker-registry skopeo apache2-utils kubectl).`;
  if (missing.length > 0 && !ci) process.stderr.write(`\n\x1b[1;33m!!! ${message} Skipping the tests that need them. !!!\x1b[0m\n\n`);
  return {
    skip: missing.length > 0 && !ci,
    check() {
      if (missing.length > 0) throw new Error(`${message} (CI=true: these tests must run)`);
    },
  };
}
