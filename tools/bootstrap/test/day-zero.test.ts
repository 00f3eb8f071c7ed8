import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cluster, component, ConfigError, healthCheck, helmRelease, ociChart, render, repositoryChart, type Component, type Resource } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { fluxSync } from "@k8s-gitops/flux-system";
import { scanSecrets, validateFiles } from "@k8s-gitops/validate";
import { parse, parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { dayZero, dayZeroFiles, dayZeroJson, dryRun, parseRegistry, PHASES, writeDayZero, type DayZeroOptions } from "../src/index.ts";

// A small cluster of our own components, built with core like the real packages build theirs:
// a CRD component (phase 1), a CNI from an OCI chart and a DNS from a repository chart (phase 2),
// a secret store with a bootstrap Secret, and the real flux-sync component.

const widgetCrd = {
  apiVersion: "apiextensions.k8s.io/v1",
  kind: "CustomResourceDefinition",
  metadata: { name: "widgets.example.io" },
  spec: {
    group: "example.io",
    names: { kind: "Widget", plural: "widgets", singular: "widget", listKind: "WidgetList" },
    scope: "Namespaced",
    versions: [{ name: "v1", served: true, storage: true, schema: { openAPIV3Schema: { type: "object", properties: { spec: { type: "object", properties: { size: { type: "integer" } } } } } } }],
  },
};
const namespaceObject = (name: string): Resource => {
  const ns = { apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "pod-security.kubernetes.io/enforce": "restricted" } } };
  return ns;
};
const configMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "dns-extra", namespace: "dns" }, data: { zone: "lab.example.io" } };

const crds = component({ name: "widget-crds", resources: [widgetCrd], bootstrapPhase: 1, prune: false });
const cni = component({
  name: "cni",
  namespace: "kube-system",
  dependsOn: [crds],
  resources: helmRelease({
    name: "cni",
    namespace: "kube-system",
    chart: ociChart({ name: "cni", url: "oci://ghcr.io/example/charts/cni", version: "1.2.3" }),
    defaults: { ipam: { mode: "kubernetes", pools: ["10.0.0.0/16"] }, operator: { replicas: 2 }, note: "a: b # not a comment" },
    values: { operator: { replicas: 1 } },
    timeout: "15m",
  }),
  healthChecks: [healthCheck({ apiVersion: "apps/v1", kind: "DaemonSet" }, "cni", "kube-system"), healthCheck({ apiVersion: "apps/v1", kind: "Deployment" }, "cni-operator", "kube-system")],
  bootstrapPhase: 2,
  timeout: "20m",
});
const dns = component({
  name: "dns",
  namespace: "dns",
  dependsOn: [cni],
  resources: [
    namespaceObject("dns"),
    configMap,
    ...helmRelease({ name: "dns", namespace: "dns", chart: repositoryChart({ name: "dns", repository: "https://charts.example.io", version: "0.4.0" }), defaults: { replicaCount: 2 } }),
  ],
  healthChecks: [healthCheck({ apiVersion: "apps/v1", kind: "Deployment" }, "dns", "dns")],
  bootstrapPhase: 2,
});
const store = standIn<{ storeRef: { kind: "ClusterSecretStore"; name: string } }>("secret-store", {
  namespace: "secrets",
  dependsOn: [dns],
  resources: [namespaceObject("secrets")],
  outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } },
  bootstrapSecrets: [{ namespace: "secrets", name: "connect-token", data: { token: { item: "shared-1password", property: "OP_CONNECT_TOKEN" } } }],
});
const artifact = { registry: "registry.example.io", repository: "lab/cluster-lab" };
const sync = fluxSync({ name: "lab", artifact }, { robotAccountItem: "kubernetes/lab/robot-flux", verifyKey: { item: "kubernetes/lab/signing-key", property: "public-key" }, monitoring: false }, { secretStore: store, monitoringCrds: crds });
const lab = cluster({ name: "lab", values: {}, artifact, components: [sync, store, dns, cni, crds] });
const options: DayZeroOptions = { vault: "Lab" };

/** The files of a day-zero tree that are Kubernetes objects (the Talos patches and Helm values are not). */
function kubeObjects(files: ReadonlyMap<string, string>, phaseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, content] of files) {
    if (!path.startsWith(`${phaseDir}/`) || !path.endsWith(".yaml")) continue;
    const docs = parseAllDocuments(content).map((d) => d.toJS() as unknown);
    if (docs.every((d) => typeof d === "object" && d !== null && "apiVersion" in d && "kind" in d)) out.set(path, content);
  }
  return out;
}

function writeTemp(files: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "day-zero-"));
  for (const [p, c] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

/** kubectl kustomize over a folder holding the files and a kustomization.yaml listing them. */
function kustomize(objects: ReadonlyMap<string, string>): string {
  const dir = writeTemp(objects);
  writeFileSync(join(dir, "kustomization.yaml"), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${[...objects.keys()].map((p) => `  - ${p}`).join("\n")}\n`);
  return execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8" });
}

describe("dayZero on components built with core", () => {
  const d = dayZero(lab, options);
  const files = dayZeroFiles(d);

  it("lists the phases 0-4 in order, each in its folder with a run.sh", () => {
    expect(d.phases.map((p) => [p.phase, p.dir])).toEqual(PHASES.map((p) => [p.phase, `${p.phase}-${p.name}`]));
    for (const p of d.phases) expect(files.get(`${p.dir}/run.sh`)).toMatch(/^#!\/usr\/bin\/env bash\n[\s\S]*set -euo pipefail\n/);
    const text = dryRun(d);
    const order = d.phases.map((p) => text.indexOf(`phase ${p.phase} ${p.dir}:`));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    for (const p of d.phases) for (const c of p.commands) expect(text).toContain(c.split("\n")[0]!);
    expect(files.get("bootstrap.sh")).toContain("for phase in 0-talos 1-crds 2-network 3-secrets 4-flux; do");
  });

  it("writes scripts bash accepts (bash -n), executable", () => {
    const dir = mkdtempSync(join(tmpdir(), "day-zero-"));
    writeDayZero(files, dir);
    const scripts = [...files.keys()].filter((p) => p.endsWith(".sh"));
    expect(scripts).toHaveLength(6);
    for (const s of scripts) {
      const r = spawnSync("bash", ["-n", join(dir, s)], { encoding: "utf8" });
      expect(r.status, `${s}: ${r.stderr}`).toBe(0);
      expect(statSync(join(dir, s)).mode & 0o111).toBe(0o111);
    }
  });

  it("phase 1 applies the CRD components' CRDs as the render writes them, and waits for Established", () => {
    const p1 = d.phases[1]!;
    const tree = render(lab);
    expect([...p1.files.keys()]).toEqual(["widget-crds/customresourcedefinition-widgets.example.io.yaml"]);
    expect(p1.files.get("widget-crds/customresourcedefinition-widgets.example.io.yaml")).toBe(tree.files.get("components/widget-crds/customresourcedefinition-widgets.example.io.yaml"));
    expect(p1.commands).toContain('kubectl --context "$KUBE_CONTEXT" apply --server-side -f widget-crds/');
    expect(p1.commands).toContain('kubectl --context "$KUBE_CONTEXT" wait --for=condition=Established --timeout=2m -f widget-crds/');
    expect(p1.does).toEqual(["widget-crds: kubectl apply --server-side, then wait until every CRD is Established"]);
  });

  it("phase 2 installs each HelmRelease with its chart, version, name and namespace, and values equal to its spec.values", () => {
    const p2 = d.phases[2]!;
    const tree = render(lab);
    for (const [component, release] of [["cni", "cni"], ["dns", "dns"]] as const) {
      const hr = parse(tree.files.get(`components/${component}/helmrelease-${release}.yaml`)!) as { spec: { values?: unknown } };
      expect(parse(p2.files.get(`${component}/values-${release}.yaml`)!)).toEqual(hr.spec.values ?? {});
    }
    const script = p2.commands.join("\n");
    expect(script).toContain("helm upgrade --install cni oci://ghcr.io/example/charts/cni \\\n  --version 1.2.3 --namespace kube-system --kube-context \"$KUBE_CONTEXT\" \\\n  --values cni/values-cni.yaml --skip-crds --timeout 15m");
    expect(script).toContain("helm upgrade --install dns dns \\\n  --repo https://charts.example.io \\\n  --version 0.4.0 --namespace dns --kube-context");
    // The DNS namespace is its own Namespace object, applied before the release; its ConfigMap after the rollouts.
    expect(p2.commands.indexOf('kubectl --context "$KUBE_CONTEXT" apply --server-side -f dns/namespace-dns.yaml')).toBeLessThan(p2.commands.findIndex((c) => c.startsWith("helm upgrade --install dns")));
    expect(p2.commands).toContain('kubectl --context "$KUBE_CONTEXT" -n kube-system rollout status daemonset/cni --timeout=20m');
    expect(p2.commands).toContain('kubectl --context "$KUBE_CONTEXT" -n dns rollout status deployment/dns --timeout=5m');
    expect(p2.files.get("dns/objects/configmap-dns-dns-extra.yaml")).toBe(tree.files.get("components/dns/configmap-dns-extra.yaml"));
    // Flux's own kinds (the chart sources, the releases) are never applied before Flux.
    expect([...p2.files.values()].join("\n")).not.toMatch(/toolkit\.fluxcd\.io/);
  });

  it("every phase's objects pass kubectl kustomize and the strict schemas", async () => {
    for (const p of d.phases.slice(1)) {
      const objects = kubeObjects(files, p.dir);
      if (objects.size === 0) continue;
      const built = kustomize(objects);
      expect(built.match(/^kind: /gm)?.length, p.dir).toBe(objects.size);
    }
    const objects = new Map([...kubeObjects(files, "1-crds"), ...kubeObjects(files, "2-network")]);
    const result = await validateFiles(objects, { cluster: "lab", secrets: false });
    const schema = result.findings.filter((f) => f.rule === "schema");
    expect(schema, schema.map((f) => f.problem).join("\n")).toEqual([]);
    expect(result.objects).toBe(objects.size);
    // The same check finds a broken CRD, so an empty list above means something.
    const broken = new Map([["1-crds/broken.yaml", objects.get("1-crds/widget-crds/customresourcedefinition-widgets.example.io.yaml")!.replace("scope: Namespaced", "scope: 5")]]);
    const found = await validateFiles(broken, { cluster: "lab", secrets: false });
    expect(found.findings.filter((f) => f.rule === "schema").map((f) => f.field)).toContain("spec.scope");
  });

  it("phase 3 reads every bootstrap Secret with op read at run time; no file holds a value", async () => {
    const p3 = d.phases[3]!;
    expect(p3.commands).toContain("op read --no-newline op://Lab/shared-1password/OP_CONNECT_TOKEN > \"$work/s1-0\"");
    // An item titled with a path is found by title once, then read by ID.
    expect(p3.commands).toContain('item="$(op_item Lab kubernetes/lab/robot-flux)"');
    expect(p3.commands).toContain('op read --no-newline "op://Lab/${item}/username" > "$work/s3-username"');
    // The signing public key Flux verifies the artifact with, before Flux starts.
    expect(p3.commands.join("\n")).toContain('"op://Lab/${item}/public-key" > "$work/s2-0"');
    expect(p3.commands.join("\n")).toContain("--type=kubernetes.io/dockerconfigjson --from-file=.dockerconfigjson=\"$work/s3.json\" --dry-run=client -o yaml | kubectl --context \"$KUBE_CONTEXT\" apply --server-side -f -");
    expect(p3.commands.join("\n")).toContain("--arg host registry.example.io");
    // Namespaces first: the declared Namespace object where the cluster has one.
    expect(p3.commands[0]).toBe('kubectl --context "$KUBE_CONTEXT" create namespace flux-system --dry-run=client -o yaml | kubectl --context "$KUBE_CONTEXT" apply --server-side -f -');
    expect(p3.commands[1]).toBe('kubectl --context "$KUBE_CONTEXT" apply --server-side -f namespaces/namespace-secrets.yaml');
    expect(await scanSecrets(files)).toEqual([]);
    for (const [path, content] of files) {
      for (const line of content.split("\n").filter((l) => l.includes("op://"))) expect(line, path).toMatch(/op read --no-newline|op_item|`op read`|op:\/\/<|reads? .*op:\/\//);
      expect(content, path).not.toMatch(/^kind: Secret$/m);
    }
    const script = files.get("3-secrets/run.sh")!;
    expect(script).toContain('work="$(mktemp -d)"');
    expect(script).toContain("trap 'rm -rf \"$work\"' EXIT");
  });

  it("phase 4 installs the pinned Flux and applies the flux-sync component's very objects", () => {
    const p4 = d.phases[4]!;
    const tree = render(lab);
    expect(p4.files.get("ocirepository-flux-system.yaml")).toBe(tree.files.get("components/flux-sync/ocirepository-flux-system.yaml"));
    expect(p4.files.get("kustomization-flux-system.yaml")).toBe(tree.files.get("components/flux-sync/kustomization-flux-system.yaml"));
    expect(p4.commands).toContain('flux install --context "$KUBE_CONTEXT" --namespace=flux-system --version=v2.7.2 --components=source-controller,kustomize-controller,helm-controller,notification-controller');
    expect(p4.commands).toContain('flux reconcile kustomization flux-system --context "$KUBE_CONTEXT" --namespace=flux-system --timeout=10m');
    expect(d.source).toBe("oci://registry.example.io/lab/cluster-lab:main");
  });

  it("points phase 4 at a recovery registry, with its credential from 1Password", () => {
    const r = dayZero(lab, { ...options, registry: { registry: "ghcr.io", repository: "example/cluster-lab", credentials: "ghcr-pull" } });
    const p4 = r.phases[4]!;
    expect(parse(p4.files.get("ocirepository-flux-system.yaml")!)).toMatchObject({ spec: { url: "oci://ghcr.io/example/cluster-lab", secretRef: { name: "flux-system-registry" } } });
    expect(p4.commands).toContain('op read --no-newline op://Lab/ghcr-pull/password > "$work/recovery-password"');
    expect(p4.commands.join("\n")).toContain("--arg host ghcr.io");
    expect(r.source).toBe("oci://ghcr.io/example/cluster-lab:main");
    // Everything before phase 4 is the same.
    expect(r.phases.slice(0, 4)).toEqual(d.phases.slice(0, 4));
    expect(() => parseRegistry("https://ghcr.io/x")).toThrow(/is a URL: write HOST\/REPOSITORY/);
    expect(() => parseRegistry("ghcr.io")).toThrow(/"" is not a repository name/);
    expect(parseRegistry("127.0.0.1:5000/lab/cluster")).toEqual({ registry: "127.0.0.1:5000", repository: "lab/cluster" });
  });

  it("runs the generated jq: the registry credential is JSON-escaped, the item lookup takes exactly one title", () => {
    const work = mkdtempSync(join(tmpdir(), "day-zero-work-"));
    writeFileSync(join(work, "s3-username"), 'robot$flux"x');
    writeFileSync(join(work, "s3-password"), "p\\a:ss\n");
    const jq = d.phases[3]!.commands.find((c) => c.startsWith("jq -n"))!;
    execFileSync("bash", ["-c", `set -euo pipefail; work=${work}; ${jq}`]);
    const config = JSON.parse(readFileSync(join(work, "s3.json"), "utf8")) as { auths: Record<string, { username: string; password: string; auth: string }> };
    expect(config.auths["registry.example.io"]).toEqual({ username: 'robot$flux"x', password: "p\\a:ss\n", auth: Buffer.from('robot$flux"x:p\\a:ss\n').toString("base64") });
    // op_item's filter over what `op item list --format json` prints.
    const script = files.get("3-secrets/run.sh")!;
    const filter = /jq -er --arg t "\$2" '([^']+)'/.exec(script)![1]!;
    const items = JSON.stringify([{ id: "abc123", title: "kubernetes/lab/robot-flux" }, { id: "def456", title: "kubernetes/lab/robot" }]);
    expect(execFileSync("jq", ["-er", "--arg", "t", "kubernetes/lab/robot-flux", filter], { input: items, encoding: "utf8" })).toBe("abc123\n");
    const none = spawnSync("jq", ["-er", "--arg", "t", "kubernetes/lab/missing", filter], { input: items, encoding: "utf8" });
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain("0 items titled kubernetes/lab/missing");
  });

  it("bootstrap.sh refuses a phase that does not exist", () => {
    const dir = mkdtempSync(join(tmpdir(), "day-zero-"));
    writeDayZero(files, dir);
    const r = spawnSync("bash", [join(dir, "bootstrap.sh"), "9"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[0|1|2|3|4]");
  });

  it("gives the same bytes for the same cluster, and JSON with every phase", () => {
    expect([...dayZeroFiles(dayZero(lab, options))]).toEqual([...files]);
    const json = JSON.parse(JSON.stringify(dayZeroJson(d))) as { phases: { phase: number; commands: string[]; files: Record<string, { bytes: number }> }[] };
    expect(json.phases.map((p) => p.phase)).toEqual([0, 1, 2, 3, 4]);
    expect(json.phases[1]!.files["widget-crds/customresourcedefinition-widgets.example.io.yaml"]!.bytes).toBeGreaterThan(100);
  });

  it("without Talos options, phase 0 checks the API only", () => {
    expect(d.phases[0]!.files.size).toBe(0);
    expect(d.phases[0]!.commands).toEqual(['retry 6 kubectl --context "$KUBE_CONTEXT" get --raw=/readyz', 'kubectl --context "$KUBE_CONTEXT" get nodes']);
  });

  it("replaces an earlier output but refuses a folder holding anything else", () => {
    const dir = mkdtempSync(join(tmpdir(), "day-zero-"));
    writeDayZero(files, dir);
    writeDayZero(files, dir);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe(files.get("README.md"));
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(() => writeDayZero(files, dir)).toThrow(/holds files that are not day-zero output \(notes\.txt\)/);
  });
});

describe("dayZero errors name the cluster, component, object and field", () => {
  const base = (extra: Component[]) => cluster({ name: "lab", values: {}, artifact, components: [sync, store, dns, cni, crds, ...extra] });

  it("refuses a phase-2 release helm cannot reproduce", () => {
    const [source, hr] = helmRelease({ name: "mesh", namespace: "mesh", chart: ociChart({ name: "mesh", url: "oci://ghcr.io/example/charts/mesh", version: "2.0.0" }) });
    const withFrom = { ...hr, spec: { ...hr.spec, valuesFrom: [{ kind: "ConfigMap", name: "mesh-values" }] } };
    const mesh = component({ name: "mesh", namespace: "mesh", resources: [source, withFrom], bootstrapPhase: 2 });
    expect(() => dayZero(base([mesh]), options)).toThrow(/^cluster lab, component mesh, HelmRelease\/mesh\/mesh, field spec\.valuesFrom: spec\.valuesFrom cannot be reproduced/);
  });

  it("refuses a phase-1 component without CRDs and a day-zero component depending on a later one", () => {
    const empty = component({ name: "not-crds", resources: [namespaceObject("x")], bootstrapPhase: 1 });
    expect(() => dayZero(base([empty]), options)).toThrow(/cluster lab, component not-crds, field bootstrapPhase: bootstrap phase 1 is for CRDs/);
    const early = component({ name: "early", resources: [{ ...widgetCrd, metadata: { name: "gadgets.example.io" } }], dependsOn: [cni], bootstrapPhase: 1 });
    const err = (() => {
      try {
        dayZero(base([early]), options);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(String(err)).toMatch(/component early, field bootstrapPhase: bootstrap phase 1 depends on component cni, which day zero installs in phase 2/);
  });

  it("refuses a 1Password reference op cannot read", () => {
    const bad = standIn("bad-secret", { bootstrapSecrets: [{ namespace: "x", name: "y", data: { k: { item: "it'em", property: "p" } } }] });
    expect(() => dayZero(base([bad]), options)).toThrow(/component bad-secret, Secret\/x\/y, field bootstrapSecrets\.item: 1Password item "it'em" cannot be written/);
  });
});
