import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { cleanEnv } from "./run.ts";

/** A free TCP port on 127.0.0.1 (the OS picks it; released just before the server binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

/** The verdaccio CLI of this package's devDependency (bin/verdaccio). */
function verdaccioBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("verdaccio/package.json")), "bin/verdaccio");
}

/** One published version as the registry serves it (the packument's versions[v]). */
export interface PublishedManifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  exports?: unknown;
  repository?: unknown;
  dist: { tarball: string; integrity?: string };
}

/** A package as the registry serves it: every published version's manifest, and the tags. */
export interface Packument {
  versions: Record<string, PublishedManifest>;
  "dist-tags": Record<string, string>;
}

/**
 * What a test does with the registry, by URL only: register a user, point an .npmrc at it, read
 * a packument. The Verdaccio process may live in another process (the shared set-up, see
 * fixtures.ts), so a test holds one of these rather than the server.
 */
export class RegistryClient {
  readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  /** Registers a user (npm adduser's request) and returns its auth token for an .npmrc. */
  async addUser(name: string, password: string): Promise<string> {
    const res = await fetch(`${this.url}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, password, email: `${name}@example.invalid`, type: "user" }),
    });
    const body = (await res.json()) as { token?: string; error?: string };
    if (res.status !== 201 || !body.token) throw new Error(`verdaccio adduser: ${res.status} ${JSON.stringify(body)}`);
    return body.token;
  }

  /** .npmrc lines that send the scope to this registry, authenticated. */
  npmrc(scope: string, token?: string): string {
    const hostPath = this.url.replace(/^http:/, "");
    return `${scope}:registry=${this.url}\n${token ? `${hostPath}:_authToken=${token}\n` : ""}`;
  }

  /** The packument of a package: every published version's manifest. */
  async packument(name: string): Promise<Packument | undefined> {
    const res = await fetch(`${this.url}${name.replace("/", "%2f")}`);
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) throw new Error(`GET ${name}: ${res.status}`);
    return (await res.json()) as Packument;
  }
}

/**
 * A real Verdaccio on 127.0.0.1 with its storage and config in a temp dir and no uplinks: it
 * serves only what is published to it, so nothing the tests publish can reach, or be confused
 * with, the public registry.
 */
export class Verdaccio {
  readonly dir: string;
  readonly url: string;
  #proc: ChildProcess;

  private constructor(dir: string, url: string, proc: ChildProcess) {
    this.dir = dir;
    this.url = url;
    this.#proc = proc;
  }

  client(): RegistryClient {
    return new RegistryClient(this.url);
  }

  static async start(): Promise<Verdaccio> {
    const dir = mkdtempSync(join(tmpdir(), "k8s-gitops-verdaccio-"));
    const port = await freePort();
    const config = join(dir, "config.yaml");
    writeFileSync(
      config,
      `storage: ${join(dir, "storage")}
auth:
  htpasswd:
    file: ${join(dir, "htpasswd")}
    max_users: 10
    # Every request with a legacy token re-checks the password: bcrypt would cost seconds a
    # request on a loaded CI machine, and this registry lives for one test.
    algorithm: sha1
uplinks: {}
packages:
  "**":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`,
    );
    const url = `http://127.0.0.1:${port}/`;
    const proc = spawn(process.execPath, [verdaccioBin(), "--config", config, "--listen", `127.0.0.1:${port}`], {
      cwd: dir,
      env: cleanEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const logFile = join(dir, "verdaccio.log");
    proc.stdout?.on("data", (b: Buffer) => appendFileSync(logFile, b));
    proc.stderr?.on("data", (b: Buffer) => appendFileSync(logFile, b));
    const v = new Verdaccio(dir, url, proc);
    for (let i = 0; i < 600; i++) {
      if (proc.exitCode !== null) throw new Error(`verdaccio exited with ${proc.exitCode}: ${v.log()}`);
      try {
        const res = await fetch(`${url}-/ping`);
        await res.body?.cancel();
        if (res.ok) return v;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await v.close();
    throw new Error(`verdaccio did not come up on ${url}: ${v.log()}`);
  }

  log(): string {
    const f = join(this.dir, "verdaccio.log");
    return existsSync(f) ? readFileSync(f, "utf8").slice(-3000) : "";
  }

  async close(): Promise<void> {
    const proc = this.#proc;
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((resolve) => proc.once("exit", resolve));
      proc.kill("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
    }
    if (!process.env.WORKSPACE_TESTS_KEEP) rmSync(this.dir, { recursive: true, force: true });
  }
}
