import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sampleMeta, sampleTree } from "../test/support/fixtures.ts";
import { packTreeForTest } from "../test/support/pack-tree.ts";
import { ArtifactError, artifactFiles, createdFrom, packArtifact, revision } from "./artifact.ts";
import { ANNOTATION_CREATED, ANNOTATION_PACKAGES, ANNOTATION_REVISION, ANNOTATION_SOURCE, FLUX_CONFIG, FLUX_CONTENT, OCI_MANIFEST } from "./media-types.ts";
import { readTreeDir, writeTreeDir } from "./tree-dir.ts";

const PACK_MAIN = fileURLToPath(new URL("../test/support/pack-main.mjs", import.meta.url));

describe("packArtifact", () => {
  it("writes Flux's format: config and content media types, the annotations", () => {
    const image = packArtifact(sampleTree(), sampleMeta);
    const m = image.manifest;
    expect(m.mediaType).toBe(OCI_MANIFEST);
    expect(m.config.mediaType).toBe(FLUX_CONFIG);
    expect(Buffer.from(image.blobs.get(m.config.digest)!).toString()).toBe("{}");
    expect(m.layers.map((l) => l.mediaType)).toEqual([FLUX_CONTENT]);
    expect(m.annotations).toEqual({
      [ANNOTATION_CREATED]: "2025-06-01T12:00:00Z",
      [ANNOTATION_REVISION]: sampleMeta.revision,
      [ANNOTATION_SOURCE]: "https://github.com/monosense-io/k8s-gitops",
      "io.k8s-gitops.cluster": "infra",
      [ANNOTATION_PACKAGES]: "@k8s-gitops/cert-manager@0.1.0,@k8s-gitops/cilium@1.2.3",
    });
    const files = artifactFiles(image);
    expect([...files.keys()].sort()).toEqual([...sampleTree().keys()].sort());
  });

  it("changes the layer only when the files change, the manifest also when the metadata does", () => {
    const a = packArtifact(sampleTree(), sampleMeta);
    const sameFiles = packArtifact(sampleTree(), { ...sampleMeta, revision: revision("main", "f".repeat(40)) });
    const otherFiles = packArtifact(sampleTree({ replicas: 3 }), sampleMeta);
    expect(sameFiles.manifest.layers[0]!.digest).toBe(a.manifest.layers[0]!.digest);
    expect(sameFiles.digest).not.toBe(a.digest);
    expect(otherFiles.manifest.layers[0]!.digest).not.toBe(a.manifest.layers[0]!.digest);
  });

  it("refuses metadata that is not data: a local time, a revision without a commit", () => {
    expect(() => packArtifact(sampleTree(), { ...sampleMeta, created: "2025-06-01T14:00:00+02:00" })).toThrow(ArtifactError);
    expect(() => packArtifact(sampleTree(), { ...sampleMeta, revision: "main" })).toThrow(ArtifactError);
    expect(createdFrom("2025-06-01T14:00:00+02:00")).toBe("2025-06-01T12:00:00Z");
  });

  it("gives the same digests and layout bytes in another process, folder, time zone, locale and umask", () => {
    const here = mkdtempSync(join(tmpdir(), "pack-a-"));
    const there = mkdtempSync(join(tmpdir(), "pack-b-"));
    writeTreeDir(join(here, "tree"), sampleTree());
    writeTreeDir(join(there, "deeper", "tree"), sampleTree());
    const local = packTreeForTest(join(here, "tree"), join(here, "oci"));
    const child = execFileSync("sh", ["-c", `umask 077 && exec "${process.execPath}" "${PACK_MAIN}" deeper/tree out/oci`], {
      cwd: there,
      encoding: "utf8",
      env: { ...process.env, TZ: "Pacific/Chatham", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8", GITOPS_QUIET: "1" },
    });
    expect(JSON.parse(child)).toEqual(local);
    const a = readTreeDir(join(here, "oci"));
    const b = readTreeDir(join(there, "out", "oci"));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [p, bytes] of a) expect(Buffer.compare(b.get(p)!, bytes), p).toBe(0);
  });
});
