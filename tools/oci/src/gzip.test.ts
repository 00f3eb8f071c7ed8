import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { sampleTree } from "../test/support/fixtures.ts";
import { toolGate } from "../test/support/tools.ts";
import { sha256 } from "./digest.ts";
import { gunzip, gzipDeterministic } from "./gzip.ts";
import { writeTar } from "./tar.ts";

// Text as a rendered cluster has it: long repeated runs, so deflate's match finder does real work.
const text = Buffer.from(
  Array.from({ length: 300 }, (_, i) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: ns-${i % 7}\nspec:\n  replicas: ${i % 5}\n`).join("---\n"),
);
const gzipTool = toolGate("gzip");

describe("gzipDeterministic", () => {
  it("writes a fixed header: no name, mtime 0, OS byte 255", () => {
    const gz = gzipDeterministic(text);
    expect([...gz.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
    expect(Buffer.from(gunzip(gz)).equals(text)).toBe(true);
  });

  // Known answers: if a dependency upgrade or another machine compresses differently,
  // artifacts would stop being reproducible, and this fails first.
  it("compresses known input to known bytes", () => {
    expect(sha256(gzipDeterministic(text))).toBe("sha256:71d1034d63ecb15e21551f59b6fe66855c48f26a214b54383666871dd5f9fd08");
    expect(sha256(gzipDeterministic(writeTar(sampleTree({ bulk: 4096 }))))).toBe("sha256:094e9b64385c36be3dc17e81270bfa69194ff901d218a76ca566b0779e3cbc57");
  });

  it.skipIf(gzipTool.skip)("is read by gzip(1)", () => {
    gzipTool.check();
    expect(execFileSync("gzip", ["-dc"], { input: gzipDeterministic(text) }).equals(text)).toBe(true);
  });
});
