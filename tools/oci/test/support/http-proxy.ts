import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** What a RewritingProxy may change of one exchange. */
export interface Rewrite {
  /** The request's body as the registry will get it (default: unchanged). */
  body?(method: string, path: string, body: Buffer): Buffer;
  /** The response headers the client will get (default: unchanged). */
  headers?(method: string, path: string, status: number, headers: IncomingHttpHeaders): IncomingHttpHeaders;
}

/**
 * A loopback HTTP proxy in front of a real registry that passes every request on and can rewrite
 * a request's body or a response's headers on the way: what a misbehaving proxy or registry does
 * to a push (a manifest altered in transit, a wrong Docker-Content-Digest).
 */
export class RewritingProxy {
  readonly host: string;
  readonly #server: Server;

  private constructor(server: Server, port: number) {
    this.#server = server;
    this.host = `127.0.0.1:${port}`;
  }

  static async start(upstreamPort: number, rewrite: Rewrite): Promise<RewritingProxy> {
    const server = createServer((req, res) => forward(req, res, upstreamPort, rewrite));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const addr = server.address();
    return new RewritingProxy(server, typeof addr === "object" && addr ? addr.port : 0);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

function forward(req: IncomingMessage, res: ServerResponse, upstreamPort: number, rewrite: Rewrite): void {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const body = rewrite.body ? rewrite.body(method, path, Buffer.concat(chunks)) : Buffer.concat(chunks);
    // The Host header stays the proxy's: the registry builds its Location URLs from it.
    const headers = { ...req.headers };
    if (headers["content-length"] !== undefined) headers["content-length"] = String(body.length);
    const up = request({ host: "127.0.0.1", port: upstreamPort, method, path, headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      const out = rewrite.headers ? rewrite.headers(method, path, status, { ...answer.headers }) : answer.headers;
      res.writeHead(status, out);
      answer.pipe(res);
    });
    up.on("error", () => res.destroy());
    up.end(body);
  });
}
