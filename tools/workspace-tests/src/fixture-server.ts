import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Verdaccio } from "./verdaccio.ts";
import { TempWorkspace } from "./workspace.ts";

/**
 * The expensive set-up of the workspace tests, done once per vitest run and shared by every test
 * file that needs it: a prepared workspace (the copy of the working tree, its base commit and a
 * cold `pnpm install`) and a Verdaccio. It runs in vitest's main process (test/global-setup.ts)
 * behind a small HTTP endpoint on 127.0.0.1 that the test files' workers ask; each part is made
 * on the first request, so a run without workspace tests (the unit suites) pays nothing but
 * the listening socket.
 */
declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the shared set-up, provided by test/global-setup.ts; absent without it. */
    workspaceFixtures?: string;
  }
}

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

export const FIXTURE_PATHS = { workspace: "/workspace", registry: "/registry" } as const;

export async function startFixtureServer(): Promise<FixtureServer> {
  let prepared: Promise<TempWorkspace> | undefined;
  let registry: Promise<Verdaccio> | undefined;
  const server = createServer((req, res) => {
    const reply = (body: Promise<Record<string, string>>): void => {
      body.then(
        (b) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(b)),
        (err: unknown) => res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: err instanceof Error ? err.message : String(err) })),
      );
    };
    // A failed set-up stays failed: every file that asks gets the same error, at once.
    if (req.url === FIXTURE_PATHS.workspace) return reply((prepared ??= TempWorkspace.create("prepared")).then((ws) => ({ dir: ws.dir })));
    if (req.url === FIXTURE_PATHS.registry) return reply((registry ??= Verdaccio.start()).then((v) => ({ url: v.url })));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([registry?.then((v) => v.close()), prepared?.then((ws) => ws.remove())]);
    },
  };
}
