import { get } from "node:http";
import { inject } from "vitest";
import { PREPARED_PATH, RELEASED_PATH, type ReleasedAnswer } from "./fixture-server.ts";
import { ReleaseFixtures } from "./release.ts";
import { RegistryClient } from "./verdaccio.ts";
import { TempWorkspace } from "./workspace.ts";

/**
 * GET on the fixture server. node:http rather than fetch: the release takes minutes on a small
 * machine, longer than fetch's default wait for response headers.
 */
function ask(base: string, path: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (s: string) => (text += s));
      res.on("end", () => {
        const body: unknown = text ? JSON.parse(text) : {};
        if (typeof body !== "object" || body === null || Array.isArray(body)) return reject(new Error(`fixture server ${path}: not a JSON object`));
        const record = Object.fromEntries(Object.entries(body));
        if (res.statusCode !== 200) return reject(new Error(`shared set-up ${path} failed: ${String(record.error ?? res.statusCode)}`));
        resolve(record);
      });
    }).on("error", reject);
  });
}

function field(body: Record<string, unknown>, key: keyof ReleasedAnswer): string {
  const v = body[key];
  if (typeof v !== "string") throw new Error(`fixture server: no ${key} in its answer`);
  return v;
}

function answer(body: Record<string, unknown>): ReleasedAnswer {
  return { prepared: field(body, "prepared"), released: field(body, "released"), registry: field(body, "registry") };
}

/** What a test file gets from the shared set-up. */
export interface Release {
  /** The prepared workspace before the release (read only: the versions before). */
  prepared: string;
  /** The file's own copy of the released workspace (committed, every package built, tagged). */
  ws: TempWorkspace;
  registry: RegistryClient;
  /** Removes the file's copy (and, without the shared set-up, what the file made itself). */
  done(): Promise<void>;
}

/**
 * The released workspace for one test file: a copy of the one the run's shared set-up made, or
 * (run with another vitest config, without the set-up) one the file makes itself.
 */
export async function releaseFor(label: string): Promise<Release> {
  const server = inject("workspaceFixtures");
  if (server) {
    const a = answer(await ask(server, RELEASED_PATH));
    const ws = TempWorkspace.fromPrepared(a.released, label);
    return { prepared: a.prepared, ws, registry: new RegistryClient(a.registry), done: () => ws.remove() };
  }
  const own = new ReleaseFixtures();
  try {
    const [prepared, released, registry] = await Promise.all([own.prepared(), own.released(), own.registry()]);
    const ws = TempWorkspace.fromPrepared(released.dir, label);
    return {
      prepared: prepared.dir,
      ws,
      registry: registry.client(),
      done: async () => {
        await Promise.all([ws.remove(), own.close()]);
      },
    };
  } catch (err) {
    await own.close();
    throw err;
  }
}

/** A workspace at its base commit for one test file, and how it was made. */
export interface Base {
  ws: TempWorkspace;
  /** True when it is the released workspace (every package already in its Nx cache). */
  released: boolean;
  done(): Promise<void>;
}

/**
 * The released workspace when the release works, else a copy of the prepared one: a test that
 * needs a committed, installed workspace but not the release (the affected-builds test) does
 * not fail because publishing does; the publishing test reports that failure.
 */
export async function baseFor(label: string): Promise<Base> {
  try {
    const r = await releaseFor(label);
    return { ws: r.ws, released: true, done: r.done };
  } catch (err) {
    process.stderr.write(`workspace-tests: ${label} starts from the prepared workspace, the release failed: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
  }
  const server = inject("workspaceFixtures");
  const ws = server ? TempWorkspace.fromPrepared(field(await ask(server, PREPARED_PATH), "prepared"), label) : await TempWorkspace.create(label);
  return { ws, released: false, done: () => ws.remove() };
}

/** The prepared workspace's folder, to take several copies of (TempWorkspace.fromPrepared). */
export interface Prepared {
  /** Read only: the run's shared prepared workspace, or one made for the caller. */
  dir: string;
  /** Removes the workspace made for the caller; the shared one stays (the set-up removes it). */
  done(): Promise<void>;
}

/** The run's prepared workspace (shared set-up), or (without the set-up) one made for the caller. */
export async function preparedFor(label: string): Promise<Prepared> {
  const server = inject("workspaceFixtures");
  if (server) return { dir: field(await ask(server, PREPARED_PATH), "prepared"), done: async () => {} };
  const own = await TempWorkspace.create(label);
  return { dir: own.dir, done: () => own.remove() };
}
