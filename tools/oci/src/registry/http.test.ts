import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpFetch } from "./http.ts";

// httpFetch answers like fetch() where the registry client relies on it: redirects (a blob GET
// sent on to storage), credentials never following a redirect to another origin, bodies whole.

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

function server(handle: (req: IncomingMessage, body: string, res: import("node:http").ServerResponse) => void): Promise<{ server: Server; base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const s = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body });
      handle(req, body, res);
    });
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve({ server: s, base: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen })));
}

describe("httpFetch", () => {
  let storage: Awaited<ReturnType<typeof server>>;
  let registry: Awaited<ReturnType<typeof server>>;

  beforeAll(async () => {
    storage = await server((_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream", "x-multi": ["a", "b"] });
      res.end("blob bytes");
    });
    registry = await server((req, _body, res) => {
      if (req.url === "/v2/r/blobs/sha256:x") {
        res.writeHead(307, { location: `${storage.base}/data?sig=1` });
        res.end();
      } else if (req.url === "/same-origin") {
        res.writeHead(302, { location: "/v2/r/manifests/m" });
        res.end();
      } else if (req.url === "/post-303") {
        res.writeHead(303, { location: "/done" });
        res.end();
      } else {
        res.writeHead(req.url === "/missing" ? 404 : 200, { "docker-content-digest": "sha256:abc" });
        res.end(JSON.stringify({ url: req.url }));
      }
    });
  });
  afterAll(() => {
    storage.server.close();
    registry.server.close();
  });

  it("follows a redirect to another origin without the credentials, and reads the body whole", async () => {
    const res = await httpFetch(`${registry.base}/v2/r/blobs/sha256:x`, { headers: { authorization: "Bearer secret" } });
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.url).toBe(`${storage.base}/data?sig=1`);
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe("blob bytes");
    expect(res.headers.get("Content-Type")).toBe("application/octet-stream");
    expect(res.headers.get("x-multi")).toBe("a, b");
    expect(res.headers.get("x-absent")).toBeNull();
    expect(registry.seen.at(-1)?.authorization).toBe("Bearer secret");
    expect(storage.seen.at(-1)?.authorization).toBeUndefined();
  });

  it("keeps the credentials on a same-origin redirect; a 303 after a POST is a GET without the body", async () => {
    const same = await httpFetch(`${registry.base}/same-origin`, { headers: { authorization: "Basic x" } });
    expect(await same.json()).toEqual({ url: "/v2/r/manifests/m" });
    expect(registry.seen.at(-1)?.authorization).toBe("Basic x");

    const posted = await httpFetch(`${registry.base}/post-303`, { method: "POST", body: new TextEncoder().encode("payload") });
    expect(await posted.text()).toBe(JSON.stringify({ url: "/done" }));
    expect(registry.seen.slice(-2).map((s) => [s.method, s.body])).toEqual([
      ["POST", "payload"],
      ["GET", ""],
    ]);
  });

  it("answers 404 as a response, drops a body unread, and fails on a refused connection with its code", async () => {
    const missing = await httpFetch(`${registry.base}/missing`, { method: "HEAD" });
    expect(missing.status).toBe(404);
    expect(missing.ok).toBe(false);
    await missing.body.cancel();
    const closed = await server(() => undefined);
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise((r) => closed.server.close(r));
    await expect(httpFetch(`http://127.0.0.1:${port}/v2/`)).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
