import { createServer } from "node:http";
import { ReleaseFixtures } from "./release.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the shared set-up, provided by test/global-setup.ts; absent without it. */
    workspaceFixtures?: string;
  }
}

/**
 * The expensive set-up of the workspace tests, made once per vitest run and shared by the files
 * that need it (see release.ts): the prepared workspace (a copy of the working tree, its base
 * commit and a cold `pnpm install`), the Verdaccio, and the release into it (version, build,
 * publint, publish). It lives in vitest's main process (test/global-setup.ts) behind a small
 * HTTP endpoint on 127.0.0.1 that the test files' workers ask; it is made on the first request,
 * so a run without workspace tests (the unit suites) pays nothing but the listening socket.
 */
export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

export const RELEASED_PATH = "/released";
export const PREPARED_PATH = "/prepared";

/** What RELEASED_PATH answers: folders of the prepared and the released workspace, the registry URL. */
export interface ReleasedAnswer {
  prepared: string;
  released: string;
  registry: string;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = new ReleaseFixtures();
  const server = createServer((req, res) => {
    const reply = (body: Promise<ReleasedAnswer | { prepared: string }>): void => {
      body.then(
        (b) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(b)),
        (err: unknown) => res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: err instanceof Error ? err.message : String(err) })),
      );
    };
    // A failed set-up stays failed: every file that asks gets the same error, at once.
    if (req.url === RELEASED_PATH) {
      return reply(
        Promise.all([fixtures.prepared(), fixtures.released(), fixtures.registry()]).then(([prepared, released, registry]) => ({
          prepared: prepared.dir,
          released: released.dir,
          registry: registry.url,
        })),
      );
    }
    if (req.url === PREPARED_PATH) return reply(fixtures.prepared().then((p) => ({ prepared: p.dir })));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("fixture server: not listening on a TCP port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // The workers' keep-alive sockets would hold close() open until they time out.
      server.closeAllConnections();
      await closed;
      await fixtures.close();
    },
  };
}
