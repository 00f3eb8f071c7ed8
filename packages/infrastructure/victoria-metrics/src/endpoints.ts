import { component, ConfigError, port, waive, type Component, type Peer, type Port } from "@k8s-gitops/core";
import { Service } from "kubernetes-models/v1";
import pkg from "../package.json" with { type: "json" };

/** A Service by name and port; its namespace is the global stores' (structurally the platform's ServiceEndpoint). */
export interface ServiceEndpoint {
  readonly name: string;
  readonly port: Port;
}

/**
 * Where the fleet's global stores answer, the same on every cluster (structurally the platform's
 * GlobalObservability, so a cluster passes its values' `observability.global` as it is).
 */
export interface GlobalStores {
  readonly namespace: string;
  readonly metricsInsert: ServiceEndpoint;
  readonly metricsSelect: ServiceEndpoint;
  readonly logs: ServiceEndpoint;
}

/** A cluster's tenant in the global stores: VictoriaMetrics' accountID and the `cluster` label of its series. */
export interface Tenant {
  readonly id: number;
  readonly name: string;
}

/** The roles of the mesh-global Services: what other clusters (and Grafana) reach on the cluster that runs the stores. */
export type GlobalRole = "metrics-insert" | "metrics-select" | "logs" | "alertmanager";

/**
 * The global Alertmanager's Service. The cluster values name the metrics and logs endpoints but
 * not this one, so it is named here, once, for the cluster that runs it and for every cluster
 * whose VMAlert notifies it.
 */
export const ALERTMANAGER: ServiceEndpoint = { name: "vmalertmanager-global", port: port(9093) };

/** The container port behind each role (the operator's defaults), whatever port the Service publishes. */
export const TARGET_PORTS: Readonly<Record<GlobalRole, number>> = { "metrics-insert": 8480, "metrics-select": 8481, logs: 9428, alertmanager: 9093 };

/** The pod label the mesh-global Services select: the stores' builders put it on their pods (podMetadata). */
export const GLOBAL_ROLE_LABEL = "observability.k8s-gitops.io/global-role";

/** Cilium ClusterMesh: a Service with this annotation, same name and namespace in every cluster, load-balances to the endpoints of all of them. */
export const MESH_GLOBAL_ANNOTATION = "service.cilium.io/global";

/** The pod labels of a role, for the store's podMetadata. */
export function globalRoleLabels(role: GlobalRole): Record<string, string> {
  return { [GLOBAL_ROLE_LABEL]: role };
}

/** Ingress to the pods of a global role, from each namespace once. */
export function peers(namespaces: readonly string[], role: GlobalRole): Peer[] {
  return [...new Set(namespaces)].sort().map((namespace) => ({ namespace, ports: [TARGET_PORTS[role]], localPods: globalRoleLabels(role) }));
}

/** Each role's Service. */
export function globalEndpoints(g: GlobalStores): Readonly<Record<GlobalRole, ServiceEndpoint>> {
  return { "metrics-insert": g.metricsInsert, "metrics-select": g.metricsSelect, logs: g.logs, alertmanager: ALERTMANAGER };
}

const base = (g: GlobalStores, e: ServiceEndpoint): string => `http://${e.name}.${g.namespace}.svc:${e.port}`;

function tenantId(id: number, field: string): number {
  if (!Number.isInteger(id) || id < 0 || id > 4294967295) throw new ConfigError(`tenant ${id} is not a VictoriaMetrics accountID (an integer 0..2^32-1)`, { field });
  return id;
}

/** Where a tenant's agent remote-writes: vminsert's Prometheus remote-write API for the tenant. */
export function remoteWriteUrl(g: GlobalStores, tenant: number): string {
  return `${base(g, g.metricsInsert)}/insert/${tenantId(tenant, "tenant.id")}/prometheus/api/v1/write`;
}

/** vminsert's Prometheus prefix for a tenant (VMAlert appends /api/v1/write itself). */
export function insertUrl(g: GlobalStores, tenant: number): string {
  return `${base(g, g.metricsInsert)}/insert/${tenantId(tenant, "tenant.id")}/prometheus`;
}

/** vmselect's Prometheus query API for a tenant: a Prometheus data source's URL. */
export function selectUrl(g: GlobalStores, tenant: number): string {
  return `${base(g, g.metricsSelect)}/select/${tenantId(tenant, "tenant.id")}/prometheus`;
}

/** VictoriaLogs' base URL: /select/logsql/... to query, /insert/... to ship (the tenant is the AccountID header). */
export function logsUrl(g: GlobalStores): string {
  return base(g, g.logs);
}

/** The Alertmanager every cluster's VMAlert notifies. */
export function alertmanagerUrl(g: GlobalStores): string {
  return base(g, ALERTMANAGER);
}

/**
 * The global stores' Services, mesh-global, rendered the same on every cluster: each selects the
 * pods of its role by GLOBAL_ROLE_LABEL. On the cluster that runs the stores they have local
 * endpoints; on the others none, and Cilium sends the traffic to the endpoints the mesh knows on
 * the first. So no cluster needs to know which one runs the stores, and every client (agents,
 * VMAlert, Fluent Bit, Grafana) uses the same name everywhere.
 */
export function meshServices(g: GlobalStores, deps: { victoriaMetricsOperator: Component }): Component {
  const endpoints = globalEndpoints(g);
  const roles = Object.keys(endpoints).sort() as GlobalRole[];
  const names = roles.map((r) => endpoints[r].name);
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) throw new ConfigError(`two global endpoints are both named ${clash}`, { component: "observability-mesh", field: "observability.global" });
  return component({
    name: "observability-mesh",
    namespace: g.namespace,
    dependsOn: [deps.victoriaMetricsOperator],
    resources: roles.map((role) =>
      waive(
        new Service({
          metadata: {
            name: endpoints[role].name,
            namespace: g.namespace,
            labels: { "app.kubernetes.io/name": endpoints[role].name, "app.kubernetes.io/component": role, "app.kubernetes.io/part-of": "global-observability" },
            annotations: { [MESH_GLOBAL_ANNOTATION]: "true" },
          },
          spec: {
            type: "ClusterIP",
            selector: globalRoleLabels(role),
            ports: [{ name: "http", port: endpoints[role].port, targetPort: TARGET_PORTS[role], protocol: "TCP" }],
          },
        }),
        "service-selector",
        "mesh-global: its endpoints are the pods of the global stores on the cluster that runs them (operator-made, labelled by the stores' builders), none elsewhere",
      ),
    ),
    package: pkg,
  });
}
