import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { render } from "@k8s-gitops/core";
import { scanSecrets, validateFiles } from "@k8s-gitops/validate";
import { parse, parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { loadClusterPackage } from "../src/load.ts";

// Day zero of the two real clusters, through the command and the library it runs, checked with
// real tools: bash -n, kubectl kustomize, the strict schemas and the secret scan.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");

function gitops(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, GITOPS_QUIET: "" }, encoding: "utf8" });
}

function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

/** The YAML files of a phase folder that are Kubernetes objects (Talos patches and Helm values are not). */
function kubeObjects(files: ReadonlyMap<string, string>, phaseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, content] of files) {
    if (!path.startsWith(`${phaseDir}/`) || !path.endsWith(".yaml")) continue;
    const docs = parseAllDocuments(content).map((d) => d.toJS() as unknown);
    if (docs.every((d) => typeof d === "object" && d !== null && "apiVersion" in d && "kind" in d)) out.set(path, content);
  }
  return out;
}

function kustomize(objects: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "bootstrap-kustomize-"));
  for (const [p, c] of objects) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  writeFileSync(join(dir, "kustomization.yaml"), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${[...objects.keys()].map((p) => `  - ${p}`).join("\n")}\n`);
  return execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

describe.each(["infra", "apps"])("gitops bootstrap --cluster clusters/%s", (name) => {
  it("writes phases 0-4 whose scripts bash accepts, objects kustomize and the schemas accept, and no secret", { timeout: 180_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), `bootstrap-${name}-`));
    const r = gitops(["bootstrap", "--cluster", `clusters/${name}`, "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`[${name}] day zero: 5 phases`);
    const files = readTree(out);
    expect([...new Set([...files.keys()].map((p) => p.split("/")[0]))]).toEqual(["0-talos", "1-crds", "2-network", "3-secrets", "4-flux", "README.md", "bootstrap.sh"]);

    for (const script of [...files.keys()].filter((p) => p.endsWith(".sh"))) {
      const check = spawnSync("bash", ["-n", join(out, script)], { encoding: "utf8" });
      expect(check.status, `${script}: ${check.stderr}`).toBe(0);
      // set -u: every variable a script reads is set in its header (bash -n cannot see this).
      const text = files.get(script)!;
      // (${VAR:-default} is a read with its own default and needs no definition.)
      for (const v of new Set([...text.matchAll(/\$(?:\{([A-Z][A-Z_]+)\}|([A-Z][A-Z_]+)\b)/g)].map((m) => m[1] ?? m[2]!))) {
        if (v === "HOME" || v === "BASH_SOURCE") continue;
        expect(text, `${script} reads $${v}`).toMatch(new RegExp(`^${v}="`, "m"));
      }
    }
    // The same commit gives the same bytes, from another folder and time zone.
    const again = mkdtempSync(join(tmpdir(), `bootstrap-${name}-again-`));
    const r2 = spawnSync(process.execPath, [BIN, "bootstrap", "--cluster", join(ROOT, "clusters", name), "--out", again], { cwd: tmpdir(), env: { ...process.env, TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8" }, encoding: "utf8" });
    expect(r2.status, r2.stderr).toBe(0);
    expect([...readTree(again)]).toEqual([...files]);
    expect(files.get("2-network/run.sh")).toContain(`TALOSCONFIG="\${TALOSCONFIG:-$HOME/.talos/${name}.yaml}"`);
    expect(files.get("0-talos/run.sh")).toContain(`talosctl gen config ${name} https://${name}-k8s.monosense.io:6443 --with-secrets "$work/secrets.yaml"`);
    expect(files.get("0-talos/run.sh")).toContain(`op read --no-newline op://Prod/${name}-talos/CLUSTER_ID`);

    // Phase 2 installs Cilium's and CoreDNS's releases with helm, then applies the objects of
    // their components that are not chart sources or HelmReleases: their alert rules, whose
    // CRD phase 1 installed.
    expect([...files.keys()].filter((p) => p.startsWith("2-network/")).sort()).toEqual([
      "2-network/cilium/objects/prometheusrule-kube-system-cilium.yaml",
      "2-network/cilium/values-cilium.yaml",
      "2-network/coredns/objects/prometheusrule-kube-system-coredns.yaml",
      "2-network/coredns/values-coredns.yaml",
      "2-network/run.sh",
    ]);
    for (const phase of ["1-crds", "2-network", "3-secrets", "4-flux"]) {
      const o = kubeObjects(files, phase);
      expect(o.size, phase).toBeGreaterThan(0);
      expect(kustomize(o).match(/^kind: /gm)?.length, phase).toBe(o.size);
    }

    const schemaChecked = new Map([...kubeObjects(files, "1-crds"), ...kubeObjects(files, "2-network"), ...kubeObjects(files, "3-secrets"), ...kubeObjects(files, "4-flux")]);
    const result = await validateFiles(schemaChecked, { cluster: name, secrets: false });
    const schema = result.findings.filter((f) => f.rule === "schema");
    expect(schema, schema.map((f) => `${f.file}: ${f.problem}`).join("\n")).toEqual([]);
    expect(result.objects).toBe(schemaChecked.size);

    expect(await scanSecrets(files)).toEqual([]);
    for (const [path, content] of files) {
      expect(content, path).not.toMatch(/^kind: Secret$/m);
      expect(content, path).not.toMatch(/^\s*(stringData|\.dockerconfigjson):/m);
    }
    // 1Password references appear only as op read commands (and their mentions in prose), never resolved.
    for (const [path, content] of files) {
      if (!path.endsWith(".sh")) continue;
      for (const line of content.split("\n").filter((l) => l.includes("op://"))) expect(line, path).toMatch(/op read --no-newline |^say "|^if grep /);
    }
    const secrets = files.get("3-secrets/run.sh")!;
    expect(secrets).toContain('op read --no-newline op://Infra/shared-1password/OP_CONNECT_TOKEN > "$work/s1-0"');
    // Each cluster pulls from the other cluster's registry: infra from Harbor on apps, apps from the registry on infra.
    const pull = name === "infra" ? { item: "kubernetes/infra/harbor-robot-flux", host: "harbor.monosense.io" } : { item: "kubernetes/apps/artifact-registry-flux", host: "registry.monosense.io" };
    expect(secrets).toContain(`item="$(op_item Infra ${pull.item})"`);
    expect(secrets).toContain(`--arg host ${pull.host}`);
  });

  it("installs Cilium and CoreDNS with values equal to their HelmReleases' spec.values", { timeout: 120_000 }, async () => {
    const pkg = await loadClusterPackage(join(ROOT, "clusters", name));
    const { dayZero, dayZeroOptionsOf } = await import("../../bootstrap/src/index.ts");
    const d = dayZero(pkg.cluster, dayZeroOptionsOf(pkg.cluster, undefined));
    const tree = render(pkg.cluster);
    const network = d.phases[2]!;
    const releases = [...network.files.keys()].filter((p) => /\/values-[^/]+\.yaml$/.test(p));
    expect(releases).toEqual(expect.arrayContaining(["cilium/values-cilium.yaml", "coredns/values-coredns.yaml"]));
    for (const file of releases) {
      const [component, base] = file.split("/") as [string, string];
      const release = base.replace(/^values-/, "").replace(/\.yaml$/, "");
      const hr = parse(tree.files.get(`components/${component}/helmrelease-${release}.yaml`)!) as { spec: { values?: unknown; chartRef?: { name: string } } };
      expect(parse(network.files.get(file)!), file).toEqual(hr.spec.values);
      const source = parse(tree.files.get(`components/${component}/ocirepository-${hr.spec.chartRef?.name ?? ""}.yaml`)!) as { spec: { url: string; ref: { tag: string } } };
      expect(network.commands.join("\n")).toContain(`helm upgrade --install ${release} ${source.spec.url} \\\n  --version ${source.spec.ref.tag} --namespace kube-system`);
    }
    expect(network.commands).toContain('kubectl --context "$KUBE_CONTEXT" -n kube-system rollout status daemonset/cilium --timeout=20m');
    // Phase 1 holds the CRD components' CRDs, byte for byte as the artifact does.
    for (const [path, content] of d.phases[1]!.files) {
      const [component, file] = path.split("/") as [string, string];
      expect(content, path).toBe(tree.files.get(`components/${component}/${file}`));
    }
    // Phase 0 holds exactly the files gitops talos writes; the bundle may also be one field of the item.
    const options = dayZeroOptionsOf(pkg.cluster, undefined);
    expect(options.talos?.values.name).toBe(name);
    const { renderTalos, talosConfig } = await import("@k8s-gitops/talos");
    expect([...d.phases[0]!.files]).toEqual([...renderTalos(talosConfig(options.talos!.values)).files]);
    const bundle = dayZero(pkg.cluster, { ...options, talos: { values: options.talos!.values, secrets: { layout: "bundle", field: "secrets.yaml" } } });
    expect(bundle.phases[0]!.commands).toContain(`op read --no-newline op://Prod/${name}-talos/secrets.yaml > "$work/secrets.yaml"`);
    const other = name === "infra" ? "apps" : "infra";
    expect(() => dayZero(pkg.cluster, { ...options, talos: { values: { ...options.talos!.values, name: other } } })).toThrow(
      `cluster ${name}, field talos.values.name: the Talos values are cluster ${other}'s: pass this cluster's values`,
    );
    // Phase 4: the flux-sync component's objects as the artifact holds them.
    for (const [file, content] of d.phases[4]!.files) expect(content, file).toBe(tree.files.get(`components/flux-sync/${file}`));
  });

  it("--dry-run lists phases 0-4 in order with every command; --json the same phases", { timeout: 120_000 }, () => {
    // By name, as the issue writes it: --cluster infra finds clusters/infra from the working folder up.
    const r = spawnSync(process.execPath, [BIN, "bootstrap", "--cluster", name, "--dry-run"], { cwd: join(ROOT, "tools"), env: { ...process.env, GITOPS_QUIET: "" }, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const at = ["0-talos", "1-crds", "2-network", "3-secrets", "4-flux"].map((dir, i) => r.stdout.indexOf(`phase ${i} ${dir}:`));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
    expect(r.stdout).toContain("$ helm upgrade --install cilium oci://");
    expect(r.stdout).toContain('$ flux install --context "$KUBE_CONTEXT" --namespace=flux-system --version=v2.7.2');
    const j = gitops(["bootstrap", "--cluster", `clusters/${name}`, "--json"]);
    expect(j.status, j.stderr).toBe(0);
    const json = JSON.parse(j.stdout) as { cluster: string; phases: { phase: number; commands: string[] }[] };
    expect(json.cluster).toBe(name);
    expect(json.phases.map((p) => p.phase)).toEqual([0, 1, 2, 3, 4]);
    for (const p of json.phases) for (const c of p.commands) expect(r.stdout).toContain(c.split("\n")[0]);
  });
});

describe("gitops bootstrap options", () => {
  it("--registry points phase 4 at a recovery registry; a bad one is a usage error", { timeout: 120_000 }, () => {
    const r = gitops(["bootstrap", "--cluster", "clusters/infra", "--dry-run", "--registry", "ghcr.io/monosense/cluster-infra", "--registry-item", "ghcr-pull"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("source oci://ghcr.io/monosense/cluster-infra:main");
    expect(r.stdout).toContain("op read --no-newline op://Infra/ghcr-pull/username");
    const bad = gitops(["bootstrap", "--cluster", "clusters/infra", "--dry-run", "--registry", "https://ghcr.io/x"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("is a URL: write HOST/REPOSITORY");
    // The real clusters declare no fallback yet: --recovery says how to name one instead.
    const recovery = gitops(["bootstrap", "--cluster", "clusters/infra", "--dry-run", "--recovery"]);
    expect(recovery.status).toBe(2);
    expect(recovery.stderr).toContain("cluster infra declares no recovery registry in its day-zero options: name one with --registry HOST/REPO");
    const lone = gitops(["bootstrap", "--cluster", "clusters/infra", "--registry-item", "x"]);
    expect(lone.status).toBe(2);
    expect(lone.stderr).toContain("--registry-item names the credential of --registry");
  });

  it("has --help with the exit codes", () => {
    const r = gitops(["bootstrap", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: gitops bootstrap/);
    expect(r.stdout).toContain("Exit status: 0 written or printed, 1 configuration error");
  });
});
