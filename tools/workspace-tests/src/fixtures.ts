import { get } from "node:http";
import { inject } from "vitest";
import { RELEASED_PATH, type ReleasedAnswer } from "./fixture-server.ts";
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

function answer(body: Record<string, unknown>): ReleasedAnswer {
  const field = (key: keyof ReleasedAnswer): string => {
    const v = body[key];
    if (typeof v !== "string") throw new Error(`fixture server: no ${key} in its answer`);
    return v;
  };
  return { prepared: field("prepared"), released: field("released"), registry: field("registry") };
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
