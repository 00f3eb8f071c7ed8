import { render, type Cluster } from "@k8s-gitops/core";
import { AGENT_NAME, AGENT_POD_LABELS } from "@k8s-gitops/victoria-metrics";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
// The two real clusters, as their own tests import them: what this checks is what they ship.
import apps from "../../../clusters/apps/src/index.ts";
import infra from "../../../clusters/infra/src/index.ts";
import type { PlatformValues } from "../src/index.ts";

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: { podSelector?: unknown; policyTypes?: string[]; ingress?: { from?: unknown[]; ports?: unknown[] }[] };
};

/** Every object the cluster's rendered tree holds for one component. */
function renderedOf(c: Cluster<PlatformValues>, component: string): Obj[] {
  const files = [...render(c).files.entries()].filter(([path]) => path.split("/").includes(component) && path.endsWith(".yaml"));
  return files.flatMap(([, text]) => text.split(/^---$/m).filter((d) => d.trim()).map((d) => parse(d) as Obj));
}

describe.each([
  ["apps", apps],
  ["infra", infra],
] as const)("the metrics scrape on cluster %s", (_, c) => {
  const agentNs = c.values.observability.global.namespace;
  const rule = `allow-metrics-scrape-from-${agentNs}`;
  const policies = renderedOf(c, "network-policies").filter((o) => o.kind === "NetworkPolicy");
  // A namespace is guarded when the baseline denies its ingress.
  const guarded = [...new Set(policies.filter((p) => p.metadata.name === "default-deny-all-ingress").map((p) => p.metadata.namespace ?? ""))].sort();

  it("guards the namespaces of the workloads that used to admit the agent themselves", () => {
    const own = c.name === "apps" ? ["actions-runner-system", "fluent-bit", "gitlab-runner", "gitlab-system", "harbor", "keycloak-system", "reloader"] : ["fluent-bit", "grafana", "reloader"];
    expect(guarded).toEqual(expect.arrayContaining([...own, agentNs]));
  });

  it("lets the agent's pods into every guarded namespace but its own, on every port", () => {
    for (const ns of guarded.filter((n) => n !== agentNs)) {
      const p = policies.find((x) => x.metadata.namespace === ns && x.metadata.name === rule);
      expect(p?.spec, ns).toEqual({
        podSelector: {},
        policyTypes: ["Ingress"],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": agentNs } }, podSelector: { matchLabels: { ...AGENT_POD_LABELS } } }] }],
      });
    }
    // Its own namespace: the agent's scrapes there are internal traffic.
    expect(policies.some((x) => x.metadata.namespace === agentNs && x.metadata.name === rule)).toBe(false);
    expect(policies.some((x) => x.metadata.namespace === agentNs && x.metadata.name === "allow-internal")).toBe(true);
  });

  it("selects the pods of the agent the cluster runs", () => {
    const agents = c.components.flatMap((x) => x.resources).filter((r) => r.kind === "VMAgent");
    expect(agents.map((a) => [a.metadata?.namespace, a.metadata?.name])).toEqual([[agentNs, AGENT_NAME]]);
  });

  it("is the one way the agent gets in: no component of another namespace admits the agent's namespace itself", () => {
    const own = c.components.filter((x) => x.network && x.network.namespace !== agentNs && (x.network.ingressFrom ?? []).some((f) => f.namespace === agentNs));
    expect(own.map((x) => x.name)).toEqual([]);
  });
});
