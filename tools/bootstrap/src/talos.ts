import { ConfigError } from "@k8s-gitops/core";
import { renderTalos, secretsItem, talosConfig, TALOS_FILES, type TalosClusterConfig } from "@k8s-gitops/talos";
import { q } from "./shell.ts";
import type { Phase, TalosBootstrap, TalosSecretsSource } from "./types.ts";

/**
 * The secrets bundle's entries and the fields of the 1Password item that hold them, in the
 * item's per-field layout (the layout the old repository's machine-config template read with
 * `op inject`). Certificates and keys are stored base64-encoded PEM, as the bundle holds them.
 */
const BUNDLE: readonly { path: readonly string[]; field: string }[] = [
  { path: ["cluster", "id"], field: "CLUSTER_ID" },
  { path: ["cluster", "secret"], field: "CLUSTER_SECRET" },
  { path: ["secrets", "bootstraptoken"], field: "CLUSTER_TOKEN" },
  { path: ["secrets", "secretboxencryptionsecret"], field: "CLUSTER_SECRETBOXENCRYPTIONSECRET" },
  { path: ["trustdinfo", "token"], field: "MACHINE_TOKEN" },
  { path: ["certs", "etcd", "crt"], field: "CLUSTER_ETCD_CA_CRT" },
  { path: ["certs", "etcd", "key"], field: "CLUSTER_ETCD_CA_KEY" },
  { path: ["certs", "k8s", "crt"], field: "CLUSTER_CA_CRT" },
  { path: ["certs", "k8s", "key"], field: "CLUSTER_CA_KEY" },
  { path: ["certs", "k8saggregator", "crt"], field: "CLUSTER_AGGREGATORCA_CRT" },
  { path: ["certs", "k8saggregator", "key"], field: "CLUSTER_AGGREGATORCA_KEY" },
  { path: ["certs", "k8sserviceaccount", "key"], field: "CLUSTER_SERVICEACCOUNT_KEY" },
  { path: ["certs", "os", "crt"], field: "MACHINE_CA_CRT" },
  { path: ["certs", "os", "key"], field: "MACHINE_CA_KEY" },
];

/**
 * Commands that write the bundle to "$work/secrets.yaml". In the per-field layout each value is
 * read with `op read` into the YAML as a double-quoted scalar (tokens, ids and base64 hold no
 * quote or backslash); nothing of it is ever written outside the temporary folder.
 */
function bundleCommands(item: string, source: TalosSecretsSource): string[] {
  if (source.layout === "bundle") return [`op read --no-newline ${q(`${item}/${source.field}`)} > "$work/secrets.yaml"`];
  const lines: string[] = [];
  let open: string[] = [];
  for (const { path, field } of BUNDLE) {
    const parents = path.slice(0, -1);
    let common = 0;
    while (common < open.length && common < parents.length && open[common] === parents[common]) common++;
    for (let i = common; i < parents.length; i++) lines.push(`${"  ".repeat(i)}${parents[i]}:`);
    open = [...parents];
    lines.push(`${"  ".repeat(parents.length)}${path[path.length - 1]}: "$(op read --no-newline ${q(`${item}/${field}`)})"`);
  }
  // A here-document with command substitutions: if one op read fails, bash does not stop inside
  // it, so every value is checked to be non-empty afterwards.
  return [
    `cat > "$work/secrets.yaml" <<BUNDLE\n${lines.join("\n")}\nBUNDLE`,
    `if grep -q ': ""$' "$work/secrets.yaml"; then echo "the Talos secrets bundle has empty fields: check item ${item}" >&2; exit 1; fi`,
  ];
}

function talosPhase(cluster: string, t: TalosBootstrap, kubeContext: string): { files: Map<string, string>; commands: string[]; config: TalosClusterConfig } {
  if (t.values.name !== cluster) {
    throw new ConfigError(`the Talos values are cluster ${t.values.name}'s: pass this cluster's values`, { cluster, field: "talos.values.name" });
  }
  const config = talosConfig(t.values, t.options);
  const files = new Map(renderTalos(config).files);
  const first = config.talosEndpoints[0];
  if (!first) throw new ConfigError("no control-plane node", { cluster, field: "talos.nodes" });
  const roles = ["controlplane", ...(config.worker ? ["worker"] : []), "talosconfig"];
  const k8s = config.kubernetesVersion.replace(/^v/, "");
  const item = secretsItem(cluster);
  const tc = '--talosconfig "$TALOSCONFIG"';
  const commands: string[] = [
    `say "secrets bundle from 1Password (${item}), into a temporary folder"`,
    ...bundleCommands(item, t.secrets ?? { layout: "fields" }),
    `say "machine configs: talosctl gen config + the patches in this folder"`,
    [
      `talosctl gen config ${q(cluster)} ${q(config.endpoint)} --with-secrets "$work/secrets.yaml"`,
      `--talos-version ${q(config.talosVersion)} --kubernetes-version ${q(k8s)}`,
      `--config-patch @${TALOS_FILES.shared} --config-patch-control-plane @${TALOS_FILES.controlPlane}`,
      ...(config.worker ? [`--config-patch-worker @${TALOS_FILES.worker}`] : []),
      `--output-types ${roles.join(",")} --output "$work/config" --force`,
    ].join(" \\\n  "),
    // The talosconfig holds the admin client certificate: it goes to the operator's own folder, never the repository.
    'mkdir -p "$(dirname "$TALOSCONFIG")"',
    'install -m 600 "$work/config/talosconfig" "$TALOSCONFIG"',
    `talosctl ${tc} config endpoint ${config.talosEndpoints.join(" ")}`,
    `talosctl ${tc} config node ${first}`,
  ];
  for (const { node } of config.nodes) {
    const out = `"$work/${node.hostname}.yaml"`;
    commands.push(
      `say "${node.hostname} (${node.ip}, ${node.role})"`,
      `talosctl machineconfig patch "$work/config/${node.role}.yaml" --patch @${TALOS_FILES.node(node.hostname)} --output ${out}`,
      // A node in maintenance mode takes its config without credentials; a node that already
      // has one (a re-run) takes it with the cluster's talosconfig.
      `talosctl apply-config --insecure --nodes ${node.ip} --file ${out} 2>/dev/null || talosctl ${tc} apply-config --nodes ${node.ip} --file ${out}`,
    );
  }
  commands.push(
    `say "etcd on ${first} (once per cluster; nodes install and reboot first)"`,
    // talosctl bootstrap refuses a second time with AlreadyExists: that is success for a re-run.
    `bootstrap_etcd() { local out; if out="$(talosctl ${tc} bootstrap --nodes ${first} 2>&1)"; then return 0; fi; case "$out" in *AlreadyExists*|*"already bootstrapped"*) return 0 ;; esac; echo "$out" >&2; return 1; }`,
    "retry 60 bootstrap_etcd",
    `say "kubeconfig (context ${kubeContext})"`,
    `retry 30 talosctl ${tc} kubeconfig "$KUBECONFIG_FILE" --nodes ${first} --force --merge`,
    `retry 60 kubectl --context "$KUBE_CONTEXT" get --raw=/readyz`,
    // Without a CNI (Talos runs with cni: none) the nodes register NotReady: that is the state
    // phase 2 starts from. \`talosctl health\` needs Ready nodes, so it runs at the end of phase 2.
    `say "waiting for the ${config.nodes.length} nodes to register"`,
    `retry 60 bash -c '[ "$(kubectl --context "$0" get nodes -o name | wc -l)" -ge ${config.nodes.length} ]' "$KUBE_CONTEXT"`,
    `talosctl ${tc} etcd status --nodes ${config.talosEndpoints.join(",")}`,
  );
  return { files, commands, config };
}

/** Phase 0: the Talos nodes, from the patches `gitops talos` writes and the secrets bundle in 1Password. */
export function phase0(cluster: string, talos: TalosBootstrap | undefined, kubeContext: string): Phase & { readonly healthCommand?: string } {
  const base = { phase: 0, name: "talos", dir: "0-talos", title: "Talos: machine configs, etcd, kubeconfig" } as const;
  if (!talos) {
    return {
      ...base,
      title: "Kubernetes API (no Talos configuration given: the nodes must already run)",
      needs: ["kubectl with a context for the cluster"],
      does: ["checks that the cluster's Kubernetes API answers"],
      files: new Map(),
      commands: [`retry 6 kubectl --context "$KUBE_CONTEXT" get --raw=/readyz`, `kubectl --context "$KUBE_CONTEXT" get nodes`],
    };
  }
  const { files, commands, config } = talosPhase(cluster, talos, kubeContext);
  const item = secretsItem(cluster);
  const all = config.nodes.map(({ node }) => node);
  const controlPlanes = all.filter((n) => n.role === "controlplane").map((n) => n.ip);
  const workers = all.filter((n) => n.role === "worker").map((n) => n.ip);
  return {
    ...base,
    needs: [
      `talosctl ${config.talosVersion}, kubectl, op (signed in, reading ${item})`,
      `the nodes booted from the installer image (schematic.yaml), in maintenance mode or already configured: ${all.map((n) => `${n.hostname} ${n.ip}`).join(", ")}`,
      `${config.endpoint.replace(/^https:\/\//, "").replace(/:\d+$/, "")} resolving to the control-plane addresses`,
    ],
    does: [
      "assembles the secrets bundle from 1Password in a temporary folder (deleted on exit)",
      "talosctl gen config with the patches of this folder; one config per node (machineconfig patch)",
      "apply-config to every node (--insecure in maintenance mode), etcd bootstrap on the first control plane",
      "writes $TALOSCONFIG and merges the kubeconfig (context admin@<cluster>), waits for the API and for every node to register",
    ],
    files,
    commands,
    healthCommand: [
      `talosctl --talosconfig "$TALOSCONFIG" health --nodes ${controlPlanes[0]}`,
      `--control-plane-nodes ${controlPlanes.join(",")}`,
      ...(workers.length ? [`--worker-nodes ${workers.join(",")}`] : []),
      "--wait-timeout 10m",
    ].join(" "),
  };
}

/** Where phase 0 installs the cluster's talosconfig (outside the repository); phase 2 reads it for `talosctl health`. */
export function talosconfigHeader(cluster: string): string[] {
  return [`TALOSCONFIG="\${TALOSCONFIG:-$HOME/.talos/${cluster}.yaml}"`, "export TALOSCONFIG"];
}

/** Extra header lines of phase 0: where the talosconfig and kubeconfig go (outside the repository). */
export function talosHeader(cluster: string): string[] {
  return [
    ...talosconfigHeader(cluster),
    'KUBECONFIG_FILE="${KUBECONFIG:-$HOME/.kube/config}"',
    'KUBECONFIG_FILE="${KUBECONFIG_FILE%%:*}"',
    'mkdir -p "$(dirname "$KUBECONFIG_FILE")"',
  ];
}
