import type { CheckContext } from "../context.ts";
import { asArray, asObject, asString, get, labels as labelsOf } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { KubeObject, Manifest } from "../types.ts";
import { containersOf, createsPods, podTemplates, selects, workloadNamespace, type PodTemplate } from "../workloads.ts";

/** The scrape kinds of prometheus-operator and the VictoriaMetrics operator: what they select. */
interface ScrapeKind {
  group: string;
  kind: string;
  targets: "services" | "pods";
  /** The list of endpoints under spec. */
  endpoints: "endpoints" | "podMetricsEndpoints";
}

const SCRAPE_KINDS: readonly ScrapeKind[] = [
  { group: "monitoring.coreos.com", kind: "ServiceMonitor", targets: "services", endpoints: "endpoints" },
  { group: "monitoring.coreos.com", kind: "PodMonitor", targets: "pods", endpoints: "podMetricsEndpoints" },
  { group: "operator.victoriametrics.com", kind: "VMServiceScrape", targets: "services", endpoints: "endpoints" },
  { group: "operator.victoriametrics.com", kind: "VMPodScrape", targets: "pods", endpoints: "podMetricsEndpoints" },
];

/**
 * The data form of "this exposes metrics": a Service port or container port named `metrics` or
 * ending in `-metrics` (`http-metrics`, `https-metrics`).
 */
export function isMetricsPortName(name: string): boolean {
  return name === "metrics" || name.endsWith("-metrics");
}

interface Scrape {
  at: Manifest;
  kind: ScrapeKind;
  /** undefined: every namespace (`namespaceSelector.any`). */
  namespaces: readonly string[] | undefined;
  selector: KubeObject;
  endpoints: { index: number; endpoint: KubeObject }[];
}

interface ServicePort {
  name: string | undefined;
  port: number | undefined;
  targetPort: JsonValue | undefined;
}

function servicePorts(svc: Manifest): ServicePort[] {
  return asArray(get(svc.object, "spec", "ports")).map((p) => {
    const port = get(p, "port");
    return { name: asString(get(p, "name")), port: typeof port === "number" ? port : undefined, targetPort: get(p, "targetPort") };
  });
}

interface ContainerPort {
  name: string | undefined;
  number: number | undefined;
  /** Field path of the port. */
  field: string;
}

function containerPorts(t: PodTemplate): ContainerPort[] {
  return containersOf(t).flatMap(({ path, container }) =>
    asArray(container.ports).map((p, k) => {
      const n = get(p, "containerPort");
      return { name: asString(get(p, "name")), number: typeof n === "number" ? n : undefined, field: `${path}.ports[${k}]` };
    }),
  );
}

function scrapesOf(ctx: CheckContext): Scrape[] {
  return SCRAPE_KINDS.flatMap((kind) =>
    ctx.index.kind(kind.group, kind.kind).map((at) => {
      const nsSelector = asObject(get(at.object, "spec", "namespaceSelector"));
      const matchNames = asArray(get(nsSelector, "matchNames")).filter((n): n is string => typeof n === "string");
      const namespaces = get(nsSelector, "any") === true ? undefined : matchNames.length ? matchNames : at.namespace ? [at.namespace] : [];
      const endpoints = asArray(get(at.object, "spec", kind.endpoints)).flatMap((e, index) => {
        const endpoint = asObject(e);
        return endpoint ? [{ index, endpoint }] : [];
      });
      // An absent selector selects everything, as an empty one does.
      return { at, kind, namespaces, selector: asObject(get(at.object, "spec", "selector")) ?? {}, endpoints };
    }),
  );
}

function inNamespaces(namespaces: readonly string[] | undefined, ns: string | undefined): boolean {
  return namespaces === undefined || (ns !== undefined && namespaces.includes(ns));
}

function describeSelector(selector: KubeObject): string {
  const parts = Object.entries(asObject(selector.matchLabels) ?? {}).map(([k, v]) => `${k}=${String(v)}`);
  for (const e of asArray(selector.matchExpressions)) {
    const values = asArray(get(e, "values")).map(String);
    parts.push(`${asString(get(e, "key")) ?? "?"} ${asString(get(e, "operator")) ?? "?"}${values.length ? ` (${values.join(", ")})` : ""}`);
  }
  return parts.length ? parts.join(", ") : "{} (everything)";
}

function describeNamespaces(namespaces: readonly string[] | undefined): string {
  if (namespaces === undefined) return "any namespace";
  return namespaces.length === 1 ? `namespace ${namespaces[0]}` : `namespaces ${namespaces.join(", ")}`;
}

/** Endpoint field naming the port, and the port it names; undefined when it names none (every port). */
function endpointPort(kind: ScrapeKind, endpoint: KubeObject): { field: string; value: string | number } | undefined {
  const port = asString(endpoint.port);
  if (port) return { field: "port", value: port };
  if (kind.targets === "pods" && typeof endpoint.portNumber === "number") return { field: "portNumber", value: endpoint.portNumber };
  const target = endpoint.targetPort;
  if (typeof target === "string" || typeof target === "number") return { field: "targetPort", value: target };
  return undefined;
}

function list(items: readonly string[], max = 5): string {
  return items.length > max ? `${items.slice(0, max).join(", ")}, ... (${items.length - max} more)` : items.join(", ");
}

/**
 * Every scrape object selects something of the tree with the port it names, and every port
 * named as a metrics port is scraped by some scrape object of the tree. What a HelmRelease or
 * an operator renders is not in the tree: where one runs in the namespaces looked at, an empty
 * match cannot be proven and is a warning naming it.
 */
export function checkScrapeSelectors(ctx: CheckContext): void {
  const scrapes = scrapesOf(ctx);
  const services = ctx.index.kind("", "Service");
  // A PodTemplate object is a template for others to use, not pods that run.
  const templates = podTemplates(ctx.tree.manifests).filter((t) => t.at.kind !== "PodTemplate");
  const creators = ctx.tree.manifests.filter((m) => createsPods(m));
  const creatorsIn = (namespaces: readonly string[] | undefined): Manifest[] => creators.filter((m) => inNamespaces(namespaces, workloadNamespace(m)));

  for (const s of scrapes) {
    const where = describeNamespaces(s.namespaces);
    const unseen = creatorsIn(s.namespaces);
    const maybe = unseen.length ? `; its targets may come from ${list(unseen.map((c) => `${c.kind}/${c.namespace ?? ""}/${c.name}`))}, which the tree does not show` : "";
    const severity = unseen.length ? "warning" : "error";
    if (s.kind.targets === "services") {
      const selected = services.filter((svc) => inNamespaces(s.namespaces, svc.namespace) && selects(s.selector, labelsOf(svc.object)));
      if (!selected.length) {
        ctx.report({
          rule: "scrape-selector",
          at: s.at,
          field: "spec.selector",
          severity,
          problem: `no Service in ${where} has the labels ${describeSelector(s.selector)}: nothing would be scraped${maybe}`,
          fix: "select the labels of the Service that exposes the metrics (and its namespace in spec.namespaceSelector)",
        });
        continue;
      }
      for (const { index, endpoint } of s.endpoints) {
        const port = endpointPort(s.kind, endpoint);
        // targetPort names a port of the pods behind the Services: not checked (deprecated upstream).
        if (port?.field !== "port") continue;
        if (selected.some((svc) => servicePorts(svc).some((p) => p.name === port.value))) continue;
        const have = selected.map((svc) => `Service/${svc.namespace ?? ""}/${svc.name} (ports: ${servicePorts(svc).map((p) => p.name ?? `unnamed ${p.port ?? "?"}`).join(", ") || "none"})`);
        ctx.report({
          rule: "scrape-selector",
          at: s.at,
          field: `spec.${s.kind.endpoints}[${index}].port`,
          severity,
          problem: `no selected Service has a port named "${String(port.value)}": ${list(have, 3)}${maybe}`,
          fix: "name a port of the selected Service (ports are matched by name)",
        });
      }
    } else {
      const selected = templates.filter((t) => inNamespaces(s.namespaces, t.at.namespace) && selects(s.selector, t.labels));
      if (!selected.length) {
        ctx.report({
          rule: "scrape-selector",
          at: s.at,
          field: "spec.selector",
          severity,
          problem: `no pod template or Pod in ${where} has the labels ${describeSelector(s.selector)}: nothing would be scraped${maybe}`,
          fix: "select the pod template labels of the workload that exposes the metrics (and its namespace in spec.namespaceSelector)",
        });
        continue;
      }
      for (const { index, endpoint } of s.endpoints) {
        const port = endpointPort(s.kind, endpoint);
        if (!port) continue;
        const ports = selected.flatMap(containerPorts);
        if (ports.some((p) => (typeof port.value === "number" ? p.number === port.value : p.name === port.value))) continue;
        const have = selected.map((t) => `${t.at.kind}/${t.at.namespace ?? ""}/${t.at.name} (ports: ${containerPorts(t).map((p) => p.name ?? String(p.number ?? "?")).join(", ") || "none declared"})`);
        ctx.report({
          rule: "scrape-selector",
          at: s.at,
          field: `spec.${s.kind.endpoints}[${index}].${port.field}`,
          severity,
          problem: `no container of the selected pods has a port ${typeof port.value === "number" ? port.value : `named "${port.value}"`}: ${list(have, 3)}${maybe}`,
          fix: "name a declared container port of the selected pods",
        });
      }
    }
  }

  checkMetricsPortsScraped(ctx, scrapes, services, templates);
}

/** Whether an endpoint list reaches a port: one names it, or one names no port (every port). */
function reaches(s: Scrape, matches: (port: { field: string; value: string | number }) => boolean): boolean {
  return s.endpoints.some(({ endpoint }) => {
    const port = endpointPort(s.kind, endpoint);
    // Without a port every port is scraped; targetPort on Services names pod ports, which this check does not follow.
    return !port || (s.kind.targets === "services" && port.field === "targetPort") || matches(port);
  });
}

function checkMetricsPortsScraped(ctx: CheckContext, scrapes: readonly Scrape[], services: readonly Manifest[], templates: readonly PodTemplate[]): void {
  const serviceScrapes = scrapes.filter((s) => s.kind.targets === "services");
  const podScrapes = scrapes.filter((s) => s.kind.targets === "pods");
  const scrapedBy = (svc: Manifest, name: string): boolean =>
    serviceScrapes.some((s) => inNamespaces(s.namespaces, svc.namespace) && selects(s.selector, labelsOf(svc.object)) && reaches(s, (p) => p.value === name));

  for (const svc of services) {
    servicePorts(svc).forEach((p, k) => {
      if (!p.name || !isMetricsPortName(p.name) || scrapedBy(svc, p.name)) return;
      ctx.report({
        rule: "scrape-selector",
        at: svc,
        field: `spec.ports[${k}].name`,
        severity: "warning",
        problem: `port "${p.name}" is named as a metrics port, but no ServiceMonitor or VMServiceScrape of the tree selects this Service with that port`,
        fix: `add a ServiceMonitor selecting the Service's labels with an endpoint on port "${p.name}", or waive scrape-selector on the Service with the reason (e.g. the chart's own ServiceMonitor scrapes it)`,
      });
    });
  }

  for (const t of templates) {
    const fronting = services.filter((svc) => {
      const selector = asObject(get(svc.object, "spec", "selector"));
      return svc.namespace === t.at.namespace && selector !== undefined && Object.keys(selector).length > 0 && selects(selector, t.labels);
    });
    for (const p of containerPorts(t)) {
      if (!p.name || !isMetricsPortName(p.name)) continue;
      const name = p.name;
      // A Service in front of the port carries it: whether that is scraped is the Service port's finding.
      const viaService = fronting.some((svc) => servicePorts(svc).some((sp) => sp.targetPort === name || (p.number !== undefined && (sp.targetPort === p.number || (sp.targetPort === undefined && sp.port === p.number)))));
      if (viaService) continue;
      const viaPods = podScrapes.some(
        (s) => inNamespaces(s.namespaces, t.at.namespace) && selects(s.selector, t.labels) && reaches(s, (q) => (typeof q.value === "number" ? q.value === p.number : q.value === name)),
      );
      if (viaPods) continue;
      ctx.report({
        rule: "scrape-selector",
        at: t.at,
        field: `${p.field}.name`,
        severity: "warning",
        problem: `container port "${name}" is named as a metrics port, but no PodMonitor or VMPodScrape of the tree selects these pods with that port, and no Service of the tree fronts it`,
        fix: `add a PodMonitor selecting the pod template's labels with an endpoint on port "${name}" (or a Service and ServiceMonitor), or waive scrape-selector on the workload with the reason`,
      });
    }
  }
}
