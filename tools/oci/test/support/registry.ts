import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { which } from "./tools.ts";

export interface TokenAuth {
  realm: string;
  service: string;
  issuer: string;
  /** PEM certificate bundle the registry trusts for token signatures. */
  rootCertBundle: string;
}

export interface RegistryOptions {
  /** htpasswd users (bcrypt via `htpasswd -Bbn`); anonymous registry without. */
  users?: Record<string, string>;
  token?: TokenAuth;
}

/** One line of the registry's access log (Apache combined format). */
export interface AccessLogEntry {
  method: string;
  path: string;
  status: number;
}

/**
 * A real CNCF Distribution registry (Debian's docker-registry) on 127.0.0.1, with its own config
 * file and storage in a temp dir. Its access log (stdout) is what tests and the bench count.
 */
export class TestRegistry {
  readonly dir: string;
  readonly storage: string;
  readonly port: number;
  readonly host: string;
  readonly #config: string;
  #proc: ChildProcess | undefined;

  private constructor(dir: string, port: number, config: string) {
    this.dir = dir;
    this.storage = join(dir, "storage");
    this.port = port;
    this.host = `127.0.0.1:${port}`;
    this.#config = config;
  }

  static async start(o: RegistryOptions = {}): Promise<TestRegistry> {
    const dir = mkdtempSync(join(tmpdir(), "k8s-gitops-registry-"));
    const port = await freePort();
    const auth = authConfig(dir, o);
    const config = join(dir, "config.yml");
    writeFileSync(
      config,
      `version: 0.1
log:
  level: info
  formatter: text
storage:
  filesystem:
    rootdirectory: ${join(dir, "storage")}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:${port}
  secret: k8s-gitops-test-secret
${auth}`,
    );
    const r = new TestRegistry(dir, port, config);
    await r.restart();
    return r;
  }

  /** (Re)starts the registry process on the same port and storage. */
  async restart(): Promise<void> {
    if (this.#proc) await this.stop();
    const bin = which("docker-registry");
    if (!bin) throw new Error("docker-registry is not installed (apt-get install docker-registry)");
    // stdout carries the access log, stderr the registry's own log: both appended to files.
    const proc = spawn(bin, ["serve", this.#config], { stdio: ["ignore", "pipe", "pipe"] });
    proc.stdout.on("data", (b: Buffer) => writeFileSync(join(this.dir, "access.log"), b, { flag: "a" }));
    proc.stderr.on("data", (b: Buffer) => writeFileSync(join(this.dir, "registry.log"), b, { flag: "a" }));
    this.#proc = proc;
    for (let i = 0; i < 200; i++) {
      if (proc.exitCode !== null) throw new Error(`docker-registry exited with ${proc.exitCode}: ${this.log()}`);
      try {
        const res = await fetch(`http://${this.host}/v2/`);
        await res.body?.cancel();
        if (res.status === 200 || res.status === 401) return;
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    throw new Error(`docker-registry did not come up on ${this.host}: ${this.log()}`);
  }

  async stop(): Promise<void> {
    const proc = this.#proc;
    this.#proc = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once("exit", resolve));
    proc.kill("SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (proc.exitCode === null) proc.kill("SIGKILL");
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  log(): string {
    const f = join(this.dir, "registry.log");
    return existsSync(f) ? readFileSync(f, "utf8").slice(-2000) : "";
  }

  /**
   * Waits until the access log stops growing: the registry writes it through a pipe, so the
   * lines of the last requests may arrive a moment after their responses.
   */
  async settled(): Promise<void> {
    const f = join(this.dir, "access.log");
    let last = -1;
    for (let i = 0; i < 40; i++) {
      await sleep(50);
      const size = existsSync(f) ? statSync(f).size : 0;
      if (size === last) return;
      last = size;
    }
  }

  /** The access log so far; call settled() first to include the latest requests. */
  accessLog(): AccessLogEntry[] {
    const f = join(this.dir, "access.log");
    if (!existsSync(f)) return [];
    const out: AccessLogEntry[] = [];
    for (const line of readFileSync(f, "utf8").split("\n")) {
      const m = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3})/.exec(line);
      if (m) out.push({ method: m[1]!, path: m[2]!, status: Number(m[3]) });
    }
    return out;
  }

  /** Completed blob uploads (PUT .../blobs/uploads/... answered 201), counted by the registry. */
  blobUploads(repository?: string): number {
    return this.accessLog().filter(
      (e) => e.method === "PUT" && e.status === 201 && /\/blobs\/uploads\//.test(e.path) && (!repository || e.path.startsWith(`/v2/${repository}/`)),
    ).length;
  }

  /** Upload sessions opened (POST .../blobs/uploads/), whether completed or not. */
  uploadStarts(repository?: string): number {
    return this.accessLog().filter((e) => e.method === "POST" && /\/blobs\/uploads\/$/.test(e.path.split("?")[0] ?? "") && (!repository || e.path.startsWith(`/v2/${repository}/`))).length;
  }

  /** Path of a blob's data in the filesystem storage driver. */
  blobDataPath(digest: string): string {
    const hex = digest.replace(/^sha256:/, "");
    return join(this.storage, "docker/registry/v2/blobs/sha256", hex.slice(0, 2), hex, "data");
  }
}

function authConfig(dir: string, o: RegistryOptions): string {
  if (o.token) {
    return `auth:
  token:
    realm: ${o.token.realm}
    service: ${o.token.service}
    issuer: ${o.token.issuer}
    rootcertbundle: ${o.token.rootCertBundle}
`;
  }
  if (!o.users) return "";
  const htpasswd = join(dir, "htpasswd");
  const lines = Object.entries(o.users).map(([user, password]) => execFileSync("htpasswd", ["-Bbn", user, password], { encoding: "utf8" }).trim());
  writeFileSync(htpasswd, `${lines.join("\n")}\n`);
  return `auth:
  htpasswd:
    realm: k8s-gitops-test
    path: ${htpasswd}
`;
}

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
