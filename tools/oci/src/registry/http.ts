import type * as Http from "node:http";
import type { IncomingMessage } from "node:http";
import type * as Https from "node:https";
import { createRequire } from "node:module";

// The registry client speaks HTTP with node:http(s) rather than fetch(). The first fetch() of a
// process loads and compiles Node's bundled undici, 100-200 ms before the first byte goes out:
// more than all the requests of a push to a registry nearby. This is fetch as far as the
// transport uses it: a method, headers, a body and a signal in; status, headers and the body
// (read whole or dropped) out; redirects followed the way fetch follows them.

/** An HTTP answer: the part of fetch's Response the registry client reads. */
export interface HttpResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Drops the body (fetch's res.body.cancel()). */
  readonly body: { cancel(): Promise<void> };
}

export interface HttpRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: Uint8Array | undefined;
  signal?: AbortSignal;
  /** The connections to reuse (default: the process's shared pool). */
  connections?: Connections;
}

const MAX_REDIRECTS = 20;

// Required, not imported: an ES import of node:http reads every export of the module, and some
// (WebSocket and friends) are getters that load undici, the very cost this module avoids. TLS
// loads with the first https:// request.
const requireBuiltin = createRequire(import.meta.url);
interface Client {
  request: typeof Http.request;
  agent: Http.Agent;
}

/**
 * Keep-alive connections (as fetch keeps them), node:http's and node:https's, made on first use.
 * close() ends them at once: an idle socket does not keep the process alive (Node unrefs it), but
 * closing them lets a command exit without waiting for anything of the registry's.
 */
export class Connections {
  readonly #clients = new Map<string, Client>();

  client(protocol: "http:" | "https:"): Client {
    let c = this.#clients.get(protocol);
    if (!c) {
      if (protocol === "https:") {
        const https = requireBuiltin("node:https") as typeof Https;
        c = { request: https.request, agent: new https.Agent({ keepAlive: true }) };
      } else {
        const http = requireBuiltin("node:http") as typeof Http;
        c = { request: http.request, agent: new http.Agent({ keepAlive: true }) };
      }
      this.#clients.set(protocol, c);
    }
    return c;
  }

  /** Closes every connection, in use or idle; a later request opens new ones. */
  close(): void {
    for (const c of this.#clients.values()) c.agent.destroy();
    this.#clients.clear();
  }
}

const shared = new Connections();

class Answer implements HttpResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly body: { cancel(): Promise<void> };
  readonly #res: IncomingMessage;
  #bytes: Promise<Buffer> | undefined;

  constructor(res: IncomingMessage, url: URL) {
    this.#res = res;
    this.status = res.statusCode ?? 0;
    this.ok = this.status >= 200 && this.status < 300;
    this.url = url.href;
    const raw = res.headers;
    this.headers = {
      get: (name) => {
        const v = raw[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
      },
    };
    this.body = {
      cancel: async () => {
        if (!this.#bytes) res.resume();
      },
    };
  }

  #read(): Promise<Buffer> {
    this.#bytes ??= new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.#res.on("data", (c: Buffer) => chunks.push(c));
      this.#res.on("end", () => resolve(Buffer.concat(chunks)));
      this.#res.on("error", reject);
      this.#res.on("aborted", () => reject(Object.assign(new Error("the connection closed before the answer's end"), { code: "ECONNRESET" })));
    });
    return this.#bytes;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = await this.#read();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return (await this.#read()).toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

function once(connections: Connections, url: URL, method: string, headers: Record<string, string>, body: Uint8Array | undefined, signal: AbortSignal | undefined): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const { request, agent } = connections.client(url.protocol === "https:" ? "https:" : "http:");
    // fetch sends a length with every request that may carry a body, 0 when it has none.
    const length = body ? { "content-length": String(body.byteLength) } : ["POST", "PUT", "PATCH"].includes(method) ? { "content-length": "0" } : {};
    const req = request(url, { method, headers: { ...length, ...headers }, agent, ...(signal ? { signal } : {}) }, resolve);
    req.on("error", reject);
    req.end(body ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : undefined);
  });
}

/**
 * One request, answered like fetch(): 301, 302 and 303 turn a POST (and a 303 anything but HEAD)
 * into a GET without body, 307 and 308 repeat the request as it was, and a redirect to another
 * origin drops the credentials (authorization, cookie), as fetch does.
 */
export async function httpFetch(input: URL | string, init: HttpRequestInit = {}): Promise<HttpResponse> {
  let url = new URL(input);
  let method = (init.method ?? "GET").toUpperCase();
  let headers = { ...init.headers };
  let body = init.body;
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
    const res = await once(init.connections ?? shared, url, method, headers, body, init.signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (![301, 302, 303, 307, 308].includes(status) || location === undefined) return new Answer(res, url);
    res.resume();
    if (hop >= MAX_REDIRECTS) throw new TypeError("fetch failed: redirect count exceeded");
    const next = new URL(location, url);
    if ((status === 303 && method !== "HEAD") || ((status === 301 || status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !["content-type", "content-length", "content-encoding", "content-language", "content-location"].includes(k.toLowerCase())));
    }
    if (next.origin !== url.origin) {
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !["authorization", "cookie", "proxy-authorization"].includes(k.toLowerCase())));
    }
    url = next;
  }
}
