// A built tree copied out of clusters/<name>/ (an artifact pulled and unpacked, a CI download)
// keeps its name: the validator takes the cluster its objects are labelled for, so checks that
// compare objects to the cluster do not fail on the folder's name.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateDir } from "../src/index.ts";

const FIXTURE = resolve(import.meta.dirname, "fixtures/good/reconcile-bootstrapped");
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

/** The fixture (labelled for cluster "fixture") copied into a folder whose name says nothing. */
function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "k8s-gitops-unpacked-")), "artifact");
  scratch.push(resolve(dir, ".."));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe("the cluster a folder of manifests is validated as", () => {
  it("is the cluster its objects are labelled for, not the folder's name", async () => {
    const result = await validateDir(copy());
    expect(result.cluster).toBe("fixture");
    expect(result.findings.filter((f) => f.rule === "cluster-identity")).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("still reports an object labelled for another cluster, against the root Kustomization's label", async () => {
    const dir = copy();
    // The cluster's root Kustomization, as every built tree has it, says which cluster this is.
    const root = ["apiVersion: kustomize.toolkit.fluxcd.io/v1", "kind: Kustomization", "metadata:", "  name: flux-system", "  namespace: flux-system", "  labels:", "    k8s-gitops.io/cluster: fixture", "spec:", "  interval: 10m", "  path: ./flux", "  prune: true", "  sourceRef:", "    kind: OCIRepository", "    name: flux-system", ""];
    writeFileSync(join(dir, "components/flux-sync/kustomization-flux-system.yaml"), root.join("\n"));
    const file = join(dir, "flux/cloudnative-pg.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("k8s-gitops.io/cluster: fixture", "k8s-gitops.io/cluster: infra"));
    const result = await validateDir(dir);
    expect(result.cluster).toBe("fixture");
    const identity = result.findings.filter((f) => f.rule === "cluster-identity");
    expect(identity).toHaveLength(1);
    expect(identity[0]?.problem).toContain("labelled for cluster infra, but this is cluster fixture");
  });

  it("a name given, or a clusters/<name>/ folder, wins over the labels", async () => {
    expect((await validateDir(copy(), { cluster: "apps" })).cluster).toBe("apps");
    const dir = join(mkdtempSync(join(tmpdir(), "k8s-gitops-unpacked-")), "clusters/apps/dist/tree");
    scratch.push(resolve(dir, "../../../.."));
    cpSync(FIXTURE, dir, { recursive: true });
    const result = await validateDir(dir);
    expect(result.cluster).toBe("apps");
    expect(result.findings.some((f) => f.rule === "cluster-identity")).toBe(true);
  });
});
