import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cidr, cluster, render, type Component } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { baseline } from "@k8s-gitops/network-policies";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { Namespace } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import {
  arcController,
  controllerDefaults,
  CRDS,
  RUNNERS_NAMESPACE,
  runnerScaleSets,
  type ControllerValues,
  type RunnerScaleSet,
  type ScaleSetValues,
} from "../src/index.ts";

const base = { cilium: standIn("cilium"), coredns: standIn("coredns"), monitoringCrds: standIn("prometheus-operator-crds") };
const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const storage = standIn("openebs");
const pilar: RunnerScaleSet = {
  name: "pilar-runner",
  githubConfigUrl: "https://github.com/monosense/pilar",
  githubApp: "kubernetes/apps/github-arc/auth",
  minRunners: 1,
  maxRunners: 6,
  workVolume: { storageClass: "openebs-local-nvme", size: "75Gi" },
};
const controller = arcController({ cluster: "apps" }, base);
const runners = runnerScaleSets({ cluster: "apps", scaleSets: [pilar] }, { controller, secretStore, storage });

const release = (c: Component, name: string) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r) && r.metadata?.name === name)!;

describe("actions-runner-controller", () => {
  it("renders the controller and the runners in a cluster", () => {
    const files = render(cluster({ name: "apps", values: {}, components: [...Object.values(base), secretStore, storage, controller, runners] })).files;
    expect(files.has("components/actions-runner-controller/helmrelease-arc.yaml")).toBe(true);
    expect(files.has("components/actions-runners/helmrelease-pilar-runner.yaml")).toBe(true);
    expect(controller.provides.crds).toEqual([...CRDS]);
    expect(release(controller, "arc").spec?.install?.crds).toBe("Create");
    expect(runners.dependsOn).toContain(controller);
  });

  it("runs the reference's scale set: repository, min/max, rootless Docker beside an unprivileged runner", () => {
    const v = release(runners, "pilar-runner").spec?.values as ScaleSetValues;
    expect(v).toMatchObject({ githubConfigUrl: "https://github.com/monosense/pilar", githubConfigSecret: "pilar-runner-github-app", runnerScaleSetName: "pilar-runner", minRunners: 1, maxRunners: 6 });
    expect(v.containerMode).toBeUndefined();
    expect(v.controllerServiceAccount).toEqual({ namespace: "actions-runner-system", name: "arc-gha-rs-controller" });
    const spec = v.template?.spec;
    const dind = spec?.initContainers?.find((c) => c.name === "dind");
    expect(dind?.image).toBe("docker.io/library/docker:28.5.2-dind-rootless");
    expect(dind?.restartPolicy).toBe("Always");
    expect(dind?.securityContext).toMatchObject({ runAsUser: 1000, privileged: true });
    const runner = spec?.containers.find((c) => c.name === "runner");
    expect(runner?.securityContext).toMatchObject({ runAsUser: 1001, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
    expect(runner?.securityContext?.privileged).toBeUndefined();
    expect(spec?.automountServiceAccountToken).toBe(false);
    expect(spec?.volumes?.find((vol) => vol.name === "work")?.ephemeral?.volumeClaimTemplate?.spec).toMatchObject({ storageClassName: "openebs-local-nvme", resources: { requests: { storage: "75Gi" } } });
    const ns = runners.resources.find((r): r is Namespace => Namespace.is(r));
    expect(ns?.metadata?.labels?.["pod-security.kubernetes.io/enforce"]).toBe("privileged");
  });

  it("takes the GitHub App from 1Password, never as a value", () => {
    const es = runners.resources.find((r) => r.kind === "ExternalSecret" && r.metadata?.name === "pilar-runner-github-app");
    expect(JSON.stringify(es)).toContain("kubernetes/apps/github-arc/auth");
    expect(runners.resources.some((r) => r.kind === "Secret")).toBe(false);
  });

  it("lets the runners reach DNS and the internet on 80/443 and nothing in the cluster or on the LAN", () => {
    const policies = [...baseline(runners.network!, { apiServerCidrs: [cidr("10.25.11.0/24")] }), ...runners.resources.filter((r): r is NetworkPolicy => NetworkPolicy.is(r))];
    expect(policies.every((p) => p.metadata?.namespace === RUNNERS_NAMESPACE)).toBe(true);
    const egress = policies.flatMap((p) => (NetworkPolicy.is(p) ? (p.spec?.egress ?? []) : (p.spec?.egress ?? [])).map((rule) => ({ name: p.metadata?.name, kind: p.kind, rule })));
    const allowing = egress.filter((e) => Object.keys(e.rule).length > 0).map((e) => `${e.kind}/${e.name}`);
    expect(allowing.sort()).toEqual(["CiliumNetworkPolicy/allow-dns-egress", "NetworkPolicy/allow-dns-egress", "NetworkPolicy/allow-internet-egress"]);
    // DNS: CoreDNS only.
    const dns = policies.find((p): p is NetworkPolicy => NetworkPolicy.is(p) && p.metadata?.name === "allow-dns-egress");
    expect(dns?.spec?.egress?.[0]?.to).toEqual([{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }]);
    // The internet: public addresses only, on HTTP and HTTPS; no pod or namespace selector.
    const internet = policies.find((p): p is NetworkPolicy => NetworkPolicy.is(p) && p.metadata?.name === "allow-internet-egress")!;
    const to = internet.spec?.egress?.[0]?.to ?? [];
    expect(to).toHaveLength(1);
    expect(to[0]?.podSelector).toBeUndefined();
    expect(to[0]?.namespaceSelector).toBeUndefined();
    expect(to[0]?.ipBlock?.cidr).toBe("0.0.0.0/0");
    // The pod, service and node ranges of both clusters fall in the excluded private ranges.
    expect(to[0]?.ipBlock?.except).toEqual(expect.arrayContaining(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]));
    expect(internet.spec?.egress?.[0]?.ports).toEqual([
      { protocol: "TCP", port: 80 },
      { protocol: "TCP", port: 443 },
    ]);
    // Nothing may connect in, and default deny is on both ways.
    const ingress = policies.flatMap((p) => (p.spec?.ingress ?? []).filter((r) => Object.keys(r).length > 0));
    expect(ingress).toEqual([]);
    expect(policies.some((p) => CiliumNetworkPolicy.is(p) && p.metadata?.name === "default-deny-all")).toBe(true);
    expect(policies.some((p) => p.metadata?.name === "allow-kube-api-egress" || p.metadata?.name === "allow-internal")).toBe(false);
  });

  it("lets the controller's namespace reach the API and GitHub only, and declares no ingress (the scrape is the baseline's)", () => {
    expect(controller.network).toEqual({
      namespace: "actions-runner-system",
      kubeApi: true,
      internal: false,
      egressFqdns: [{ name: "allow-github", hosts: [{ name: "github.com" }, { name: "api.github.com" }, { pattern: "*.actions.githubusercontent.com" }], ports: [443] }],
    });
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const c = arcController({ cluster: "apps", values: { resources: { limits: { memory: "1Gi" } } } }, base);
    expect(release(c, "arc").spec?.values as ControllerValues).toEqual({ ...controllerDefaults, resources: { ...controllerDefaults.resources, limits: { ...controllerDefaults.resources.limits, memory: "1Gi" } } });
    const r = runnerScaleSets({ cluster: "apps", scaleSets: [{ ...pilar, values: { template: { metadata: { annotations: { note: "x" } } } } }] }, { controller, secretStore, storage });
    const v = release(r, "pilar-runner").spec?.values as ScaleSetValues;
    expect(v.template?.metadata).toEqual({ labels: { "app.kubernetes.io/name": "pilar-runner", "app.kubernetes.io/component": "runner" }, annotations: { note: "x" } });
    expect(v.template?.spec?.containers[0]?.name).toBe("runner");
  });

  it("rejects what the charts or GitHub would refuse", () => {
    const deps = { controller, secretStore, storage };
    expect(() => runnerScaleSets({ cluster: "apps", scaleSets: [] }, deps)).toThrowError("no runner scale set");
    expect(() => runnerScaleSets({ cluster: "apps", scaleSets: [{ ...pilar, minRunners: 7 }] }, deps)).toThrowError("minRunners 7 is above maxRunners 6");
    expect(() => runnerScaleSets({ cluster: "apps", scaleSets: [{ ...pilar, maxRunners: 0, minRunners: 0 }] }, deps)).toThrowError("maxRunners 0 must be an integer >= 1");
    expect(() => runnerScaleSets({ cluster: "apps", scaleSets: [pilar, pilar] }, deps)).toThrowError("two scale sets are named pilar-runner");
    expect(() => runnerScaleSets({ cluster: "apps", scaleSets: [{ ...pilar, githubConfigUrl: "https://github.com/monosense/pilar/tree/main" }] }, deps)).toThrowError(/is not https:\/\/github.com/);
    expect(() => arcController({ cluster: "apps" }, { cilium: base.cilium, coredns: base.coredns })).toThrowError(/monitoring needs the monitoring CRDs/);
  });
});
