import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A loopback TCP proxy in front of a real registry that can cut connections mid-request: the
 * fault a flaky network or a registry restart causes during a blob upload.
 */
export class FaultProxy {
  readonly port: number;
  readonly host: string;
  /** Cut a connection once its client has sent more than this many bytes (undefined: never). */
  cutAfterBytes: number | undefined;
  /** How many more connections to cut (Infinity: all). */
  cutsLeft = 0;
  cuts = 0;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  private constructor(server: Server, port: number) {
    this.#server = server;
    this.port = port;
    this.host = `127.0.0.1:${port}`;
  }

  static async start(upstreamPort: number): Promise<FaultProxy> {
    let proxy: FaultProxy | undefined;
    const server = createServer((client) => proxy?.handle(client, upstreamPort));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const addr = server.address();
    proxy = new FaultProxy(server, typeof addr === "object" && addr ? addr.port : 0);
    return proxy;
  }

  /** Cut the next `times` connections that send more than `bytes` bytes. */
  cut(bytes: number, times: number): void {
    this.cutAfterBytes = bytes;
    this.cutsLeft = times;
  }

  pass(): void {
    this.cutAfterBytes = undefined;
    this.cutsLeft = 0;
  }

  handle(client: Socket, upstreamPort: number): void {
    const upstream = connect(upstreamPort, "127.0.0.1");
    this.#sockets.add(client).add(upstream);
    let sent = 0;
    client.on("data", (chunk: Buffer) => {
      sent += chunk.length;
      if (this.cutAfterBytes !== undefined && this.cutsLeft > 0 && sent > this.cutAfterBytes) {
        this.cutsLeft--;
        this.cuts++;
        // A TCP reset, as a crashed peer or a dropped NAT entry gives: the client sees ECONNRESET.
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const close = (): void => {
      client.destroy();
      upstream.destroy();
      this.#sockets.delete(client);
      this.#sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
