import type { CheckContext } from "../context.ts";
import { annotations, asArray, asObject, asString, get } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { Manifest } from "../types.ts";
import { describeManifest } from "../types.ts";
import { DECLARATION_ANNOTATIONS } from "./declarations.ts";
import { chartName, HELM_GROUP, type ReconcileModel } from "./model.ts";
import { rootSources } from "./secrets.ts";

/**
 * Charts that make a node Ready (the CNI) or resolve cluster names (cluster DNS). Without them
 * no pod can run or find the API, Flux's controllers included, so they must come from day zero.
 */
const FOUNDATION_CHARTS: Readonly<Record<string, string>> = {
  cilium: "CNI",
  "tigera-operator": "CNI",
  calico: "CNI",
  flannel: "CNI",
  coredns: "cluster DNS",
};

/** The CNI and cluster DNS must be bootstrap-phase components, recognised by their HelmRelease's chart. */
export function checkFoundation(ctx: CheckContext, model: ReconcileModel): void {
  for (const node of model.nodes.values()) {
    if (model.isBootstrap(node.name)) continue;
    for (const m of node.objects) {
      if (m.group !== HELM_GROUP || m.kind !== "HelmRelease") continue;
      const chart = chartName(ctx, m);
      const role = chart ? FOUNDATION_CHARTS[chart] : undefined;
      if (!role) continue;
      ctx.report({
        rule: "reconcile-bootstrap",
        at: node.kustomization,
        field: `metadata.annotations["${DECLARATION_ANNOTATIONS.bootstrapPhase}"]`,
        problem: `${node.name} installs the cluster's ${role} (${describeManifest(m)}, chart ${chart}) but is not a bootstrap-phase component: until it runs no pod can ${role === "CNI" ? "get a network (the nodes stay NotReady)" : "resolve a cluster name"}, Flux's controllers included, so Flux can never install it${model.blocking(node.name)}`,
        fix: `mark the component bootstrapPhase 2 (${DECLARATION_ANNOTATIONS.bootstrapPhase}: "2"): day zero installs it with helm before Flux, which adopts it`,
      });
    }
  }
}

/** A host and the object and field that serve it. */
interface Served {
  host: string;
  at: Manifest;
  field: string;
}

/** Helm values keys that carry the host a chart serves: a harbor externalURL, an ingress host. */
const HOST_VALUE_KEYS = new Set(["externalURL", "externalUrl", "host", "hostname", "hosts"]);

function hostOf(value: string): string | undefined {
  try {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? new URL(value).hostname : value;
  } catch {
    return undefined;
  }
}

function valuesHosts(m: Manifest, value: JsonValue | undefined, path: string, key: string, out: Served[]): void {
  if (typeof value === "string" && HOST_VALUE_KEYS.has(key)) {
    const host = hostOf(value);
    if (host) out.push({ host, at: m, field: path });
  } else if (Array.isArray(value)) value.forEach((v, i) => valuesHosts(m, v, `${path}[${i}]`, key, out));
  // A map under "hosts" (harbor's expose.ingress.hosts.core) holds hosts by role.
  else for (const [k, v] of Object.entries(asObject(value) ?? {})) valuesHosts(m, v, `${path}.${k}`, key === "hosts" ? key : k, out);
}

/**
 * The hosts a component serves, read from files: route and listener hostnames, Ingress hosts,
 * external-dns hostname annotations, in-cluster Service names (objects and provides.services),
 * and host-like Helm values (externalURL, host, hostname, hosts).
 */
function servedHosts(model: ReconcileModel): Map<string, Served[]> {
  const out = new Map<string, Served[]>();
  for (const node of model.nodes.values()) {
    const served: Served[] = [];
    const serviceNames = (namespace: string, name: string, at: Manifest, field: string): void => {
      for (const host of [`${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`]) served.push({ host, at, field });
    };
    for (const m of node.objects) {
      if (m.group === "gateway.networking.k8s.io" && ["HTTPRoute", "GRPCRoute", "TLSRoute"].includes(m.kind)) {
        asArray(get(m.object, "spec", "hostnames")).forEach((h, i) => typeof h === "string" && served.push({ host: h, at: m, field: `spec.hostnames[${i}]` }));
      }
      if (m.group === "gateway.networking.k8s.io" && m.kind === "Gateway") {
        asArray(get(m.object, "spec", "listeners")).forEach((l, i) => {
          const h = asString(get(l, "hostname"));
          if (h) served.push({ host: h, at: m, field: `spec.listeners[${i}].hostname` });
        });
      }
      if (m.group === "networking.k8s.io" && m.kind === "Ingress") {
        asArray(get(m.object, "spec", "rules")).forEach((r, i) => {
          const h = asString(get(r, "host"));
          if (h) served.push({ host: h, at: m, field: `spec.rules[${i}].host` });
        });
      }
      const dns = annotations(m.object)["external-dns.alpha.kubernetes.io/hostname"];
      if (dns) for (const h of dns.split(",")) served.push({ host: h.trim(), at: m, field: 'metadata.annotations["external-dns.alpha.kubernetes.io/hostname"]' });
      if (m.group === "" && m.kind === "Service" && m.namespace) serviceNames(m.namespace, m.name, m, "metadata.name");
      if (m.group === HELM_GROUP && m.kind === "HelmRelease") valuesHosts(m, get(m.object, "spec", "values"), "spec.values", "", served);
    }
    for (const s of node.declarations.provides.services) serviceNames(s.namespace, s.name, node.kustomization, `metadata.annotations["${DECLARATION_ANNOTATIONS.provides}"]`);
    out.set(node.name, served);
  }
  return out;
}

/**
 * The cluster's own artifact must come from a registry outside it: a registry the cluster
 * serves itself does not exist on a fresh cluster until Flux has installed it from that artifact.
 */
export function checkSelfHostedSource(ctx: CheckContext, model: ReconcileModel): void {
  const hosts = servedHosts(model);
  for (const source of rootSources(ctx, model)) {
    const url = asString(get(source.object, "spec", "url"));
    const host = url ? hostOf(url) : undefined;
    if (!host) continue;
    for (const [component, served] of hosts) {
      const hit = served.find((s) => s.host.toLowerCase() === host.toLowerCase());
      if (!hit) continue;
      ctx.report({
        rule: "reconcile-bootstrap",
        at: source,
        field: "spec.url",
        problem: `the cluster pulls its own artifact from ${host}, which this cluster serves itself (component ${component}, ${describeManifest(hit.at)}, field ${hit.field}): on a fresh cluster that registry does not exist until Flux has installed it from that very artifact`,
        fix: "pull the cluster's artifact from a registry outside the cluster (the other cluster's, or a hosted one)",
      });
      break;
    }
  }
}
