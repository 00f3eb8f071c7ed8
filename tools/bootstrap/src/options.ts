import { cidr, ConfigError, dnsName, port, type Cluster } from "@k8s-gitops/core";
import type { TalosClusterValues } from "@k8s-gitops/talos";
import type { ArtifactRegistry, DayZeroOptions, TalosSecretsSource } from "./types.ts";

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * What @k8s-gitops/talos reads of a cluster's values, rebuilt field by field through core's
 * checked constructors (a malformed CIDR or host is an error naming it), or undefined when the
 * values do not have that shape at all.
 */
function talosValues(v: Record<string, unknown>): TalosClusterValues | undefined {
  const network = v.network;
  const storage = v.storage;
  if (typeof v.name !== "string" || !isObject(network) || !isObject(storage)) return undefined;
  const api = network.apiServer;
  const { podCidr, serviceCidr, nodeCidr } = network;
  const base = storage.openebsBasePath;
  if (typeof podCidr !== "string" || typeof serviceCidr !== "string" || typeof nodeCidr !== "string" || typeof base !== "string") return undefined;
  if (!isObject(api) || typeof api.host !== "string" || typeof api.port !== "number") return undefined;
  return {
    name: v.name,
    network: { podCidr: cidr(podCidr), serviceCidr: cidr(serviceCidr), nodeCidr: cidr(nodeCidr), apiServer: { host: dnsName(api.host), port: port(api.port) } },
    storage: { openebsBasePath: base },
  };
}

function secretsSource(v: unknown, cluster: string): TalosSecretsSource | undefined {
  if (v === undefined) return undefined;
  if (isObject(v) && v.layout === "fields") return { layout: "fields" };
  if (isObject(v) && v.layout === "bundle" && typeof v.field === "string") return { layout: "bundle", field: v.field };
  throw new ConfigError('talos.secrets is neither { layout: "fields" } nor { layout: "bundle", field }', { cluster, field: "bootstrap.talos.secrets" });
}

function registryOf(v: unknown, cluster: string, field = "registry"): ArtifactRegistry | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || typeof v.registry !== "string" || typeof v.repository !== "string" || (v.credentials !== undefined && typeof v.credentials !== "string")) {
    throw new ConfigError(`${field} is not { registry, repository, credentials? }`, { cluster, field: `bootstrap.${field}` });
  }
  return { registry: v.registry, repository: v.repository, ...(typeof v.credentials === "string" ? { credentials: v.credentials } : {}) };
}

/** Options a cluster module exported, checked field by field (a module's export is unknown until read). */
function exportedOptions(cluster: string, e: unknown): DayZeroOptions {
  if (!isObject(e) || typeof e.vault !== "string") {
    throw new ConfigError('the cluster package\'s "bootstrap" export is not day-zero options ({ vault, talos?, registry? })', { cluster, field: "bootstrap.vault" });
  }
  let talos: DayZeroOptions["talos"];
  if (e.talos !== undefined) {
    const values = isObject(e.talos) && isObject(e.talos.values) ? talosValues(e.talos.values) : undefined;
    if (!values || !isObject(e.talos)) throw new ConfigError("talos.values is not the cluster's Talos values", { cluster, field: "bootstrap.talos.values" });
    const secrets = secretsSource(e.talos.secrets, cluster);
    talos = { values, ...(secrets ? { secrets } : {}) };
  }
  const registry = registryOf(e.registry, cluster);
  const recovery = registryOf(e.recovery, cluster, "recovery");
  return {
    vault: e.vault,
    ...(talos ? { talos } : {}),
    ...(registry ? { registry } : {}),
    ...(recovery ? { recovery } : {}),
    ...(typeof e.kubeContext === "string" ? { kubeContext: e.kubeContext } : {}),
    ...(typeof e.fluxVersion === "string" ? { fluxVersion: e.fluxVersion } : {}),
  };
}

/**
 * The day-zero options of a cluster package. A cluster states them with an export
 * `bootstrap: DayZeroOptions` beside its default export; until it does, they are taken from the
 * platform values the cluster was built with (`secrets.vault`, and the values Talos reads), each
 * field checked, so a cluster whose values lack them gets an error naming the field, never a guess.
 */
export function dayZeroOptionsOf(cluster: Cluster, exported: unknown): DayZeroOptions {
  if (exported !== undefined) return exportedOptions(cluster.name, exported);
  const v = cluster.values;
  const secrets = isObject(v) ? v.secrets : undefined;
  if (!isObject(v) || !isObject(secrets) || typeof secrets.vault !== "string") {
    throw new ConfigError("the cluster's values have no secrets.vault, and the cluster package exports no day-zero options: export bootstrap = { vault, talos } beside the cluster", {
      cluster: cluster.name,
      field: "values.secrets.vault",
    });
  }
  const talos = talosValues(v);
  return { vault: secrets.vault, ...(talos ? { talos: { values: talos } } : {}) };
}
