import { execFileSync } from "node:child_process";
import { createHash, createPrivateKey, createPublicKey, randomUUID, sign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TokenAuth } from "./registry.ts";

/** Who may do what: user -> password and the actions granted on every repository. */
export type TokenUsers = Record<string, { password: string; actions: ("pull" | "push")[] }>;

const SERVICE = "k8s-gitops-test-registry";
const ISSUER = "k8s-gitops-test-token-issuer";

const b64url = (b: Buffer | string): string => Buffer.from(b).toString("base64url");

/**
 * libtrust's key id, which Distribution uses to find a token's signing key among its trusted
 * certificates: SHA-256 of the DER public key, first 240 bits, base32, in groups of four.
 */
function libtrustKeyId(publicKeyDer: Buffer): string {
  const hash = createHash("sha256").update(publicKeyDer).digest().subarray(0, 30);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const byte of hash) bits += byte.toString(2).padStart(8, "0");
  let out = "";
  for (let i = 0; i < bits.length; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5), 2)];
  return out.match(/.{4}/g)!.join(":");
}

/**
 * A Docker token service (the protocol Harbor's core speaks): Basic credentials in, an RS256 JWT
 * out, signed with a key whose certificate the registry trusts (rootcertbundle).
 */
export class TokenServer {
  readonly auth: TokenAuth;
  /** Token requests served (status per request), for assertions. */
  readonly requests: { scope: string; status: number }[] = [];
  readonly #server: Server;
  readonly #dir: string;

  private constructor(server: Server, dir: string, auth: TokenAuth) {
    this.#server = server;
    this.#dir = dir;
    this.auth = auth;
  }

  static async start(users: TokenUsers): Promise<TokenServer> {
    const dir = mkdtempSync(join(tmpdir(), "token-server-"));
    const key = join(dir, "key.pem");
    const cert = join(dir, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=k8s-gitops-test-token"], { stdio: "ignore" });
    const privateKey = createPrivateKey(readFileSync(key));
    const kid = libtrustKeyId(createPublicKey(privateKey).export({ type: "spki", format: "der" }));
    let self: TokenServer | undefined;
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const scope = url.searchParams.getAll("scope").join(" ");
      const reply = (status: number, body: unknown): void => {
        self?.requests.push({ scope, status });
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      };
      const header = req.headers.authorization ?? "";
      const decoded = header.startsWith("Basic ") ? Buffer.from(header.slice(6), "base64").toString() : "";
      const colon = decoded.indexOf(":");
      const user = users[decoded.slice(0, colon)];
      if (!user || user.password !== decoded.slice(colon + 1)) return reply(401, { errors: [{ code: "UNAUTHORIZED", message: "bad credentials" }] });
      const access = url.searchParams.getAll("scope").flatMap((s) => {
        const [type, name, actions] = s.split(":");
        const granted = (actions ?? "").split(",").filter((a): a is "pull" | "push" => user.actions.includes(a as "pull" | "push"));
        return type === "repository" && name ? [{ type, name, actions: granted }] : [];
      });
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: ISSUER, sub: decoded.slice(0, colon), aud: SERVICE, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access };
      const signingInput = `${b64url(JSON.stringify({ typ: "JWT", alg: "RS256", kid }))}.${b64url(JSON.stringify(claims))}`;
      const token = `${signingInput}.${b64url(sign("RSA-SHA256", Buffer.from(signingInput), privateKey))}`;
      reply(200, { token, access_token: token, expires_in: 300, issued_at: new Date(now * 1000).toISOString() });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const addr = server.address();
    const port = typeof addr === "object" && addr ? addr.port : 0;
    self = new TokenServer(server, dir, { realm: `http://127.0.0.1:${port}/token`, service: SERVICE, issuer: ISSUER, rootCertBundle: cert });
    return self;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
