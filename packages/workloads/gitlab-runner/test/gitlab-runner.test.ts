import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cidr, cluster, render, type Component } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import type { GitLabOutputs } from "@k8s-gitops/gitlab";
import { networkPolicies } from "@k8s-gitops/network-policies";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { gitlabRunner, runnerConfig, DEFAULT_JOB_RESOURCES, type GitLabRunnerOptions, type GitLabRunnerValues } from "../src/index.ts";

const cilium = standIn("cilium");
const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const monitoringCrds = standIn("prometheus-operator-crds");
const gitlab = standIn<GitLabOutputs>("gitlab", { outputs: { url: "https://gitlab.monosense.io", registryHost: "gitlab-registry.monosense.io" } });
const deps = { cilium, secretStore, monitoringCrds, gitlab };
/** The cluster's metrics agent, as the platform passes it to the baseline. */
const agent = { namespace: "observability", podLabels: { "app.kubernetes.io/name": "vmagent" } };

function options(over: Partial<GitLabRunnerOptions> = {}): GitLabRunnerOptions {
  return {
    token: { item: "kubernetes/apps/gitlab/runner-token", property: "token" },
    registries: ["harbor.infra.monosense.io"],
    cache: { endpoint: "https://s3.monosense.io:9000", bucket: "gitlab-cache", credentials: "kubernetes/apps/gitlab/s3" },
    ...over,
  };
}

type Obj = { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec: Record<string, unknown> };

function objects(components: readonly Component[]): Obj[] {
  const policies = networkPolicies({ apiServerCidrs: [cidr("10.25.11.0/24")], scrapers: [agent] }, { cilium, guards: components.filter((c) => c.network) });
  const out = render(cluster({ name: "apps", values: {}, components: [cilium, secretStore, monitoringCrds, gitlab, ...components, policies] }));
  return [...out.files.entries()].filter(([p]) => p.startsWith("components/")).flatMap(([, t]) => t.split(/^---$/m).filter((d) => d.trim()).map((d) => parse(d) as Obj));
}

const valuesOf = (c: Component) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))!.spec?.values as GitLabRunnerValues;

describe("gitlab-runner", () => {
  const r = gitlabRunner(options(), deps);
  const objs = objects([r.tenant, r.runner]).filter((o) => o.metadata?.namespace === "gitlab-runner" || (o.kind === "Namespace" && o.metadata.name === "gitlab-runner"));

  it("registers with GitLab's URL and the token from 1Password, the registration token empty", () => {
    const v = valuesOf(r.runner);
    expect(v.gitlabUrl).toBe("https://gitlab.monosense.io");
    expect(v.runners?.secret).toBe("gitlab-runner-token");
    const es = objs.find((o) => o.kind === "ExternalSecret" && o.metadata.name === "gitlab-runner-token")!;
    expect(es.spec).toMatchObject({
      data: [{ secretKey: "token", remoteRef: { key: "kubernetes/apps/gitlab/runner-token", property: "token" } }],
      target: { template: { data: { "runner-token": "{{ .token }}", "runner-registration-token": "" } } },
    });
    expect(r.runner.dependsOn).toEqual([r.tenant, secretStore, monitoringCrds, gitlab]);
  });

  it("runs jobs unprivileged in a baseline namespace with a quota and the S3 cache by host and port", () => {
    const ns = objs.find((o) => o.kind === "Namespace")!;
    expect(ns.metadata.labels?.["pod-security.kubernetes.io/enforce"]).toBe("baseline");
    expect(objs.some((o) => o.kind === "ResourceQuota")).toBe(true);
    const toml = valuesOf(r.runner).runners?.config ?? "";
    expect(toml).toContain("privileged = false");
    expect(toml).toContain('ServerAddress = "s3.monosense.io:9000"');
    expect(toml).toContain("Insecure = false");
    expect(toml).not.toContain("helper_image");
    expect(runnerConfig({ image: "alpine:3.22", jobs: DEFAULT_JOB_RESOURCES, cache: { endpoint: "http://10.25.11.3:9000", bucket: "c", credentials: "x" } })).toContain("Insecure = true");
  });

  it("lets jobs reach GitLab, the registries, the cache and the internet, and no namespace of the cluster; only the agent scrapes in", () => {
    const names = objs.filter((o) => o.kind.endsWith("NetworkPolicy")).map((o) => `${o.kind}/${o.metadata.name}`).sort();
    expect(names).toEqual(
      [
        "CiliumNetworkPolicy/allow-dns-egress",
        "CiliumNetworkPolicy/allow-gateway-egress",
        "CiliumNetworkPolicy/allow-internal",
        "CiliumNetworkPolicy/allow-internet",
        "CiliumNetworkPolicy/allow-kube-api-egress",
        "CiliumNetworkPolicy/allow-object-store",
        "CiliumNetworkPolicy/allow-registry-1",
        "CiliumNetworkPolicy/default-deny-all",
        "NetworkPolicy/allow-dns-egress",
        "NetworkPolicy/allow-metrics-scrape-from-observability",
        "NetworkPolicy/allow-internal",
        "NetworkPolicy/allow-kube-api-egress",
        "NetworkPolicy/default-deny-all-egress",
        "NetworkPolicy/default-deny-all-ingress",
      ].sort(),
    );
    // No egress to pods of any other namespace; no ingress of its own (the scrape is the baseline's).
    expect(objs.some((o) => o.metadata.name.startsWith("allow-to-"))).toBe(false);
    expect(r.tenant.network?.ingressFrom).toEqual([]);
    expect(r.tenant.network?.egressFqdns?.find((f) => f.name === "allow-internet")).toEqual({ name: "allow-internet", hosts: [{ pattern: "*" }], ports: [80, 443] });
  });

  it("keeps sibling defaults under a nested override, and refuses a runner with no registry", () => {
    const v = valuesOf(gitlabRunner(options({ values: { metrics: { port: 9999 } } }), deps).runner);
    expect(v.metrics).toEqual({ enabled: true, portName: "metrics", port: 9999, serviceMonitor: { enabled: true } });
    expect(() => gitlabRunner(options({ registries: [] }), deps)).toThrowError(/field registries: jobs need at least one registry/);
  });
});
