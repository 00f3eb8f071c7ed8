import { describe, expect, it } from "vitest";
import { sampleMeta, sampleTree } from "../test/support/fixtures.ts";
import { ArtifactError, artifactFiles, packArtifact } from "./artifact.ts";
import { diffTrees } from "./diff/diff.ts";
import { errorDetail, storageFull } from "./registry/errors.ts";

// Reading an artifact is reading untrusted input: limits hold, and every failure names what failed.

describe("artifactFiles limits", () => {
  it("refuses more files or more bytes than allowed, naming the artifact and the limit", () => {
    const image = packArtifact(sampleTree({ bulk: 64 * 1024 }), sampleMeta);
    expect(artifactFiles(image, "x").size).toBeGreaterThan(3);
    expect(() => artifactFiles(image, "artifact A", { maxBytes: 1 << 30, maxFiles: 2 })).toThrow(/^artifact A: content layer sha256:[0-9a-f]{64}: more than 2 files \(the limit, --max-files\)/);
    expect(() => artifactFiles(image, "artifact B", { maxBytes: 4096, maxFiles: 1000 })).toThrow(/^artifact B: content layer sha256:[0-9a-f]{64} \(\d+ bytes\) decompresses to more than 4096 bytes/);
    expect(() => artifactFiles(image, "artifact C", { maxBytes: 4096, maxFiles: 1000 })).toThrow(ArtifactError);
  });
});

describe("diffTrees on hostile content", () => {
  it("names the side and the file of invalid YAML, binary content and an alias bomb", () => {
    const ok = new Map([["a.yaml", "kind: ConfigMap\n"]]);
    expect(() => diffTrees(new Map([["c/x.yaml", "a: [unclosed\n"]]), ok, { before: "oci:old:infra" })).toThrow(/^oci:old:infra: file c\/x\.yaml is not valid YAML/);
    expect(() => diffTrees(ok, new Map([["c/bin.yaml", Uint8Array.from([0xff, 0xfe, 0])]]), { after: "fresh" })).toThrow(/^fresh: file c\/bin\.yaml is not UTF-8 text/);
    const lol = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) lol.push(`${"abcdefgh"[i]}: &${"abcdefgh"[i]} [${Array(10).fill(`*${"abcdefgh"[i - 1]}`).join(", ")}]`);
    expect(() => diffTrees(new Map([["bomb.yaml", lol.join("\n")]]), ok, { before: "B" })).toThrow(/^B: file bomb\.yaml cannot be read/);
  });
});

describe("what a full registry says", () => {
  it("keeps Distribution's detail and recognises a full disk and a quota", () => {
    const body = JSON.stringify({ errors: [{ code: "UNKNOWN", message: "unknown error", detail: "write /var/lib/registry/x/data: no space left on device" }] });
    expect(errorDetail(body)).toBe("UNKNOWN: unknown error (write /var/lib/registry/x/data: no space left on device)");
    expect(storageFull(errorDetail(body))).toMatch(/storage is full/);
    expect(storageFull("DENIED: adding 2.1 MiB of storage resource, which when updated to current usage of 10 GiB will exceed the configured upper limit of 10 GiB")).toMatch(/quota/);
    expect(storageFull("BLOB_UNKNOWN: blob unknown to registry")).toBeUndefined();
  });
});
