import { get } from "node:http";
import { inject } from "vitest";
import { FIXTURE_PATHS } from "./fixture-server.ts";
import { RegistryClient, Verdaccio } from "./verdaccio.ts";
import { TempWorkspace } from "./workspace.ts";

/**
 * GET on the fixture server. node:http rather than fetch: preparing the workspace takes minutes
 * on a small machine, longer than fetch's default wait for response headers.
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

function field(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== "string") throw new Error(`fixture server: no ${key} in its answer`);
  return v;
}

/**
 * The temporary workspace of one test file: a copy of the prepared one the shared set-up made
 * for this run, or (run without the shared set-up, e.g. with another vitest config) its own.
 */
export async function workspaceFor(label: string): Promise<TempWorkspace> {
  const server = inject("workspaceFixtures");
  if (!server) return TempWorkspace.create(label);
  return TempWorkspace.fromPrepared(field(await ask(server, FIXTURE_PATHS.workspace), "dir"), label);
}

/** A registry for the file, and what to do when the file is done with it. */
export interface RegistryLease {
  client: RegistryClient;
  release(): Promise<void>;
}

/** The run's shared Verdaccio (stopped by the global teardown), or a Verdaccio of the file's own. */
export async function registryFor(): Promise<RegistryLease> {
  const server = inject("workspaceFixtures");
  if (!server) {
    const own = await Verdaccio.start();
    return { client: own.client(), release: () => own.close() };
  }
  return { client: new RegistryClient(field(await ask(server, FIXTURE_PATHS.registry), "url")), release: async () => {} };
}
