import { ConfigError } from "@k8s-gitops/core";

/** A word for bash: bare when it only holds safe characters, else single-quoted. */
export function q(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'"'"'`)}'`;
}

/**
 * Commands that write 1Password fields of one item to files with `op read` (no trailing newline:
 * the value is what the Secret holds). `op read` splits its reference on "/", so an item whose
 * title is a path (kubernetes/infra/harbor-robot-flux, as the Connect store names items) is first
 * looked up once by exact title with `op_item` (defined in the phase's header) and read by its ID.
 * Characters that cannot be written into a reference are refused here, naming the field.
 */
export function opRead(vault: string, item: string, reads: readonly { property: string; out: string }[], where: { cluster: string; component?: string; object?: string }): string[] {
  const check = (what: string, value: string) => {
    if (value === "" || /[\s'"`$\\]/.test(value) || (what !== "item" && value.includes("/"))) {
      throw new ConfigError(`1Password ${what} "${value}" cannot be written in an op:// reference (no blanks, quotes, $ or \\; no "/" in a vault or field name)`, {
        ...where,
        field: `bootstrapSecrets.${what}`,
      });
    }
  };
  check("vault", vault);
  check("item", item);
  for (const r of reads) check("property", r.property);
  if (!item.includes("/")) return reads.map((r) => `op read --no-newline ${q(`op://${vault}/${item}/${r.property}`)} > ${r.out}`);
  return [`item="$(op_item ${q(vault)} ${q(item)})"`, ...reads.map((r) => `op read --no-newline "op://${vault}/\${item}/${r.property}" > ${r.out}`)];
}

/** Bash functions of the phases that read 1Password. */
export const OP_FUNCTIONS: readonly string[] = [
  // Fail early, with the way out, when op is not signed in.
  "op whoami >/dev/null 2>&1 || { echo \"op is not signed in: run 'eval \\\"\\$(op signin)\\\"' first\" >&2; exit 1; }",
  // An item's ID from its exact title (op read cannot name a title holding a slash); exactly one must match.
  "op_item() { op item list --vault \"$1\" --format json | jq -er --arg t \"$2\" '[.[] | select(.title == $t)] | if length == 1 then .[0].id else error(\"\\(length) items titled \\($t)\") end'; }",
  // Secrets are read into a private temporary folder that is removed however the script ends.
  'work="$(mktemp -d)"',
  "trap 'rm -rf \"$work\"' EXIT",
];

/** The header every phase script starts with: strict mode, the phase folder, the cluster's context. */
export function scriptHeader(o: { cluster: string; title: string; kubeContext: string; extra?: readonly string[] }): string {
  return [
    "#!/usr/bin/env bash",
    `# Day zero of cluster ${o.cluster}: ${o.title}.`,
    "# Written by `gitops bootstrap`; do not edit: change the packages and regenerate.",
    "set -euo pipefail",
    // Files op writes (secrets) are readable by the operator only.
    "umask 077",
    'cd "$(dirname "${BASH_SOURCE[0]}")"',
    // Every kubectl, helm and flux call names the context, so a run can never land in another cluster.
    `KUBE_CONTEXT="\${KUBE_CONTEXT:-${o.kubeContext}}"`,
    "say() { printf '\\n==> %s\\n' \"$*\" >&2; }",
    // Until a command succeeds, every 10 s, at most $1 times: nodes reboot, APIs come up.
    'retry() { local n=$1 i=1; shift; until "$@"; do if (( i >= n )); then echo "gave up after $n attempts: $*" >&2; return 1; fi; i=$((i + 1)); sleep 10; done; }',
    ...(o.extra ?? []),
    "",
  ].join("\n");
}

/** A phase script: the header, then the commands in order. */
export function script(header: string, commands: readonly string[]): string {
  return `${header}${commands.join("\n")}\n`;
}
