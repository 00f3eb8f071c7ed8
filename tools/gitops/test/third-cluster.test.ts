import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// A third cluster is one new folder (its values and its list of components), and nothing else in
// the repository changes: no union of cluster names, no fleet table, no peer looked up by name.
// The fixture folder holds exactly what a platform engineer would write for one.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const EDGE = join(ROOT, "tools/gitops/test/fixtures/third-cluster");

describe("a third cluster from a new folder", () => {
  it("builds, validates (the reconcile check included) and writes its day zero", { timeout: 120_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), "edge-")), "dist");
    const r = spawnSync(process.execPath, [BIN, "build", "--cluster", EDGE, "--out", out], { encoding: "utf8", env: { ...process.env, GITOPS_SOURCE: "https://example.org/edge" } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("[edge] validated");
    const validation = JSON.parse(readFileSync(join(out, "validation.json"), "utf8")) as { ok: boolean; results: { cluster: string; ok: boolean; objects: number }[] };
    expect(validation.ok).toBe(true);
    expect(validation.results).toEqual([expect.objectContaining({ cluster: "edge", ok: true })]);
    // Its own values reach its objects: its pool, its artifact, its vault.
    expect(readFileSync(join(out, "tree/components/cilium-ipam/ciliumloadbalancerippool-load-balancer-pool.yaml"), "utf8")).toContain("10.30.0.100");
    expect(readFileSync(join(out, "tree/components/flux-sync/ocirepository-flux-system.yaml"), "utf8")).toContain("oci://registry.example.org/k8s-gitops/cluster-edge");
    expect(readdirSync(join(out, "bootstrap"))).toEqual(expect.arrayContaining(["1-crds", "2-network", "3-secrets", "4-flux"]));
    expect(readFileSync(join(out, "bootstrap/3-secrets/run.sh"), "utf8")).toContain("op://Edge/edge-1password/OP_CONNECT_TOKEN");
    // No mesh peer: no mesh component.
    expect(readdirSync(join(out, "tree/components"))).not.toContain("cilium-clustermesh");
  });
});
