import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleMeta, sampleTree } from "../test/support/fixtures.ts";
import { toolGate } from "../test/support/tools.ts";
import { artifactFiles, packArtifact } from "./artifact.ts";
import { DigestMismatchError, digestHex } from "./digest.ts";
import { layoutTags, LayoutError, readLayout, writeLayout } from "./layout.ts";
import { FLUX_CONFIG, FLUX_CONTENT } from "./media-types.ts";

const image = packArtifact(sampleTree(), sampleMeta);
const skopeo = toolGate("skopeo");

function layout(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "layout-")), "oci");
  writeLayout(dir, image, ["infra", "latest"]);
  return dir;
}

describe("OCI layout", () => {
  it("round-trips an image under each tag", () => {
    const dir = layout();
    expect(layoutTags(dir).sort()).toEqual(["infra", "latest"]);
    for (const tag of ["infra", "latest"]) expect(readLayout(dir, tag).digest).toBe(image.digest);
    expect(() => readLayout(dir, "nope")).toThrow(/no image tagged "nope" \(tags: infra, latest\)/);
    expect(() => readLayout(join(dir, "missing"))).toThrow(LayoutError);
  });

  it("refuses a corrupt blob instead of handing it on", () => {
    const dir = layout();
    const layer = image.manifest.layers[0]!.digest;
    const file = join(dir, "blobs", "sha256", digestHex(layer));
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(file, bytes);
    expect(() => readLayout(dir, "infra")).toThrow(DigestMismatchError);
  });
});

describe.skipIf(skopeo.skip)("OCI layout with skopeo", () => {
  it("is read by skopeo inspect, which sees Flux's media types", () => {
    skopeo.check();
    const dir = layout();
    const raw = execFileSync("skopeo", ["inspect", "--raw", `oci:${dir}:infra`]);
    expect(raw.equals(image.manifestBytes)).toBe(true);
    const parsed = JSON.parse(raw.toString()) as { config: { mediaType: string }; layers: { mediaType: string }[] };
    expect(parsed.config.mediaType).toBe(FLUX_CONFIG);
    expect(parsed.layers[0]!.mediaType).toBe(FLUX_CONTENT);
    expect(execFileSync("skopeo", ["inspect", "--config", "--raw", `oci:${dir}:infra`], { encoding: "utf8" })).toBe("{}");
  });

  it("reads what skopeo copied into another layout, with the same digest", () => {
    skopeo.check();
    const dir = layout();
    const copy = join(mkdtempSync(join(tmpdir(), "layout-copy-")), "oci");
    execFileSync("skopeo", ["copy", "--quiet", `oci:${dir}:infra`, `oci:${copy}:copied`]);
    const back = readLayout(copy, "copied");
    expect(back.digest).toBe(image.digest);
    expect([...artifactFiles(back).keys()]).toEqual([...artifactFiles(image).keys()]);
  });
});
