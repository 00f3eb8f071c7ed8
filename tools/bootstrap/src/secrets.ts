import { ConfigError, type BootstrapSecret, type Component } from "@k8s-gitops/core";
import { objectFile, objectYaml, plainResources } from "./objects.ts";
import { opRead, q } from "./shell.ts";
import type { Phase } from "./types.ts";

/**
 * kubectl's manifest of a Secret piped into a server-side apply: no value is ever on a command
 * line (each key comes from a file op wrote in the temporary folder) and, unlike a client-side
 * apply, no last-applied annotation keeps a copy of the data on the object.
 */
function applySecret(ns: string, name: string, from: string, type?: string): string {
  return `kubectl --context "$KUBE_CONTEXT" -n ${q(ns)} create secret generic ${q(name)}${type ? ` --type=${type}` : ""} ${from} --dry-run=client -o yaml | kubectl --context "$KUBE_CONTEXT" apply --server-side -f -`;
}

/**
 * The commands that create a registry credential: a kubernetes.io/dockerconfigjson Secret with
 * one `auths` entry for `registry`, in the format the flux-sync ExternalSecret later keeps it in
 * (username, password, auth). jq writes the JSON so any character of the password is escaped.
 */
export function dockerConfigCommands(o: { cluster: string; component: string; vault: string; namespace: string; name: string; registry: string; item: string; id: string }): string[] {
  const where = { cluster: o.cluster, component: o.component, object: `Secret/${o.namespace}/${o.name}` };
  const u = `"$work/${o.id}-username"`;
  const p = `"$work/${o.id}-password"`;
  return [
    ...opRead(o.vault, o.item, [{ property: "username", out: u }, { property: "password", out: p }], where),
    `jq -n --arg host ${q(o.registry)} --rawfile u ${u} --rawfile p ${p} '{auths: {($host): {username: $u, password: $p, auth: (($u + ":" + $p) | @base64)}}}' > "$work/${o.id}.json"`,
    applySecret(o.namespace, o.name, `--from-file=.dockerconfigjson="$work/${o.id}.json"`, "kubernetes.io/dockerconfigjson"),
  ];
}

function secretCommands(cluster: string, vault: string, c: Component, s: BootstrapSecret, id: string): string[] {
  const object = `Secret/${s.namespace}/${s.name}`;
  if (s.dockerRegistry !== undefined) {
    const fields = Object.entries(s.data);
    const user = s.data.username;
    const pass = s.data.password;
    if (!user || !pass || fields.length !== 2 || user.item !== pass.item) {
      throw new ConfigError("a dockerRegistry bootstrap secret needs exactly `username` and `password`, from one 1Password item", { cluster, component: c.name, object, field: "bootstrapSecrets.data" });
    }
    return dockerConfigCommands({ cluster, component: c.name, vault, namespace: s.namespace, name: s.name, registry: s.dockerRegistry, item: user.item, id });
  }
  const keys = Object.keys(s.data).sort();
  for (const k of keys) {
    if (!/^[-._a-zA-Z0-9]+$/.test(k)) throw new ConfigError(`"${k}" is not a Secret key`, { cluster, component: c.name, object, field: `bootstrapSecrets.data.${k}` });
  }
  // One lookup per item, each key read into its own file.
  const byItem = new Map<string, { property: string; out: string }[]>();
  keys.forEach((k, i) => {
    const f = s.data[k]!;
    byItem.set(f.item, [...(byItem.get(f.item) ?? []), { property: f.property, out: `"$work/${id}-${i}"` }]);
  });
  const reads = [...byItem].flatMap(([item, r]) => opRead(vault, item, r, { cluster, component: c.name, object }));
  return [...reads, applySecret(s.namespace, s.name, keys.map((k, i) => `--from-file=${k}="$work/${id}-${i}"`).join(" "))];
}

/**
 * Phase 3: every component's bootstrap Secrets, read from 1Password at run time. The repository and
 * the artifact hold only the 1Password locations. Each Secret's namespace is created first, from
 * the Namespace object the cluster declares for it (labels included) where it has one.
 */
export function phase3(cluster: string, vault: string, components: readonly Component[], all: readonly Component[]): Phase {
  const files = new Map<string, string>();
  const commands: string[] = [];
  const does: string[] = [];
  const declared = new Map(
    all.flatMap((c) => plainResources(c).filter((p) => p.resource.kind === "Namespace" && p.resource.apiVersion === "v1").map((p) => [p.resource.metadata?.name ?? "", p] as const)),
  );
  const namespaces = [...new Set(components.flatMap((c) => c.bootstrapSecrets.map((s) => s.namespace)))].sort();
  for (const ns of namespaces) {
    const p = declared.get(ns);
    if (p) {
      const file = `namespaces/${objectFile(p.resource)}`;
      files.set(file, objectYaml(p));
      commands.push(`kubectl --context "$KUBE_CONTEXT" apply --server-side -f ${file}`);
    } else {
      commands.push(`kubectl --context "$KUBE_CONTEXT" create namespace ${q(ns)} --dry-run=client -o yaml | kubectl --context "$KUBE_CONTEXT" apply --server-side -f -`);
    }
  }
  let n = 0;
  for (const c of components) {
    for (const s of c.bootstrapSecrets) {
      n++;
      commands.push(`say "${c.name}: Secret ${s.namespace}/${s.name}"`, ...secretCommands(cluster, vault, c, s, `s${n}`));
      const from = [...new Set(Object.values(s.data).map((f) => f.item))].join(", ");
      does.push(`${c.name}: Secret ${s.namespace}/${s.name}${s.dockerRegistry ? ` (registry credential for ${s.dockerRegistry})` : ""} from ${vault}/${from}`);
    }
  }
  if (n === 0) commands.push('say "no component declares a bootstrap secret"');
  return {
    phase: 3,
    name: "secrets",
    dir: "3-secrets",
    title: "Secrets the secret machinery itself needs, from 1Password",
    needs: ["phases 0-2", `op signed in to an account that reads vault ${vault}`, "jq, kubectl"],
    does: [...(namespaces.length ? [`creates the namespaces ${namespaces.join(", ")}`] : []), ...does],
    files,
    commands: [...commands],
  };
}
