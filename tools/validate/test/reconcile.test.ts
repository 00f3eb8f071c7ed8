import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDeclarations } from "../src/reconcile/declarations.ts";
import { readFiles } from "../src/tree/files.ts";
import { loadTree } from "../src/tree/load.ts";
import { formatFinding, type Finding } from "../src/types.ts";
import { validateFiles } from "../src/validate.ts";

// The reconcile check on variations of the good bootstrapped tree: each test breaks (or
// relaxes) one declaration or object and asserts exactly which reconcile findings follow.

const GOOD = readFiles(join(import.meta.dirname, "fixtures", "good", "reconcile-bootstrapped"));
const RECONCILE_RULES = new Set(["reconcile-declaration", "reconcile-bootstrap", "reconcile-crd", "reconcile-secret", "reconcile-wait", "operator-webhook"]);

type Files = Map<string, string>;

/** A copy of the good tree with text replaced in one file; the text must be there. */
function edit(files: ReadonlyMap<string, string>, file: string, from: string, to: string): Files {
  const text = files.get(file);
  if (text === undefined) throw new Error(`no file ${file}`);
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  const out = new Map(files);
  out.set(file, text.replace(from, to));
  return out;
}

function add(files: ReadonlyMap<string, string>, file: string, text: string): Files {
  const out = new Map(files);
  out.set(file, text);
  return out;
}

async function reconcileFindings(files: ReadonlyMap<string, string>): Promise<Finding[]> {
  const result = await validateFiles(files, { cluster: "fixture", secrets: false });
  return result.findings.filter((f) => RECONCILE_RULES.has(f.rule));
}

async function messages(files: ReadonlyMap<string, string>): Promise<string[]> {
  return (await reconcileFindings(files)).map(formatFinding);
}

describe("the bootstrapped tree", () => {
  it("has no reconcile finding", async () => {
    expect(await messages(GOOD)).toEqual([]);
  });
});

describe("bootstrap", () => {
  it("requires the CNI to be a bootstrap-phase component", async () => {
    const files = edit(GOOD, "flux/cilium.yaml", "    k8s-gitops.io/bootstrap-phase: '2'\n", "");
    const found = await reconcileFindings(files);
    expect(found.map((f) => [f.rule, f.component, f.object, f.field])).toContainEqual([
      "reconcile-bootstrap",
      "cilium",
      "Kustomization/flux-system/cilium",
      'metadata.annotations["k8s-gitops.io/bootstrap-phase"]',
    ]);
  });

  it("requires the cluster DNS to be a bootstrap-phase component", async () => {
    const files = edit(GOOD, "flux/coredns.yaml", "    k8s-gitops.io/bootstrap-phase: '2'\n", "");
    expect(await messages(files)).toEqual([
      expect.stringMatching(/^cluster fixture, component coredns, Kustomization\/flux-system\/coredns, field .*: coredns installs the cluster's cluster DNS \(HelmRelease\/kube-system\/coredns, chart coredns\)/),
    ]);
  });

  it("requires the artifact source's pull secret from day zero", async () => {
    const files = edit(GOOD, "flux/flux-sync.yaml", / {4}k8s-gitops\.io\/bootstrap-secrets: .*\n/.exec(GOOD.get("flux/flux-sync.yaml")!)![0], "");
    expect(await messages(files)).toEqual([
      expect.stringContaining(
        "component flux-sync, OCIRepository/flux-system/flux-system, field spec.secretRef.name: the cluster's own artifact source reads Secret flux-system/flux-system-registry, which must exist before Flux pulls anything",
      ),
    ]);
  });

  it("does not let a component's own ExternalSecret supply the artifact source", async () => {
    let files = edit(GOOD, "flux/flux-sync.yaml", / {4}k8s-gitops\.io\/bootstrap-secrets: .*\n/.exec(GOOD.get("flux/flux-sync.yaml")!)![0], "");
    files = add(files, "components/flux-sync/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: flux-system-registry\n  namespace: flux-system\n");
    expect(await messages(files)).toEqual([expect.stringContaining("(only flux-sync, applied from that artifact, does)")]);
  });

  it("finds a registry the cluster serves through provides.services", async () => {
    let files = edit(GOOD, "components/flux-sync/ocirepository-flux-system.yaml", "oci://ghcr.io/example/fixture-cluster", "oci://zot.registry.svc.cluster.local:5000/fixture-cluster");
    files = edit(files, "flux/app.yaml", "  labels:\n", `  annotations:\n    k8s-gitops.io/provides: '{"services":["registry/zot"]}'\n  labels:\n`);
    expect(await messages(files)).toEqual([
      expect.stringContaining(
        "component flux-sync, OCIRepository/flux-system/flux-system, field spec.url: the cluster pulls its own artifact from zot.registry.svc.cluster.local, which this cluster serves itself (component app, Kustomization/flux-system/app",
      ),
    ]);
  });
});

describe("CRDs", () => {
  it("does not serve a kind to the component whose own chart installs it", async () => {
    const store = GOOD.get("components/external-secrets-store/clustersecretstore-onepassword.yaml")!;
    let files = add(GOOD, "components/external-secrets/clustersecretstore-onepassword.yaml", store);
    files.delete("components/external-secrets-store/clustersecretstore-onepassword.yaml");
    files = add(files, "components/external-secrets-store/configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: placeholder\n  namespace: external-secrets\n");
    const found = await messages(files);
    expect(found).toContainEqual(
      expect.stringContaining(
        "component external-secrets, ClusterSecretStore/onepassword, field kind: kind external-secrets.io/ClusterSecretStore is not served when external-secrets reconciles: no CustomResourceDefinition for it in external-secrets or its dependencies, no dependency declares it in provides.crds and no bootstrap phase installs it (external-secrets declares it itself, but Flux dry-runs the whole folder before its HelmRelease installs the CRD)",
      ),
    );
  });

  it("names the provider a component forgot to depend on", async () => {
    const files = edit(GOOD, "flux/external-secrets-store.yaml", "  dependsOn:\n    - name: external-secrets\n", "");
    expect(await messages(files)).toContainEqual(expect.stringContaining("(external-secrets provides it but external-secrets-store does not depend on external-secrets)"));
  });

  it("needs the Gateway API CRDs before Cilium when its Gateway API controller is on", async () => {
    const files = edit(GOOD, "flux/crds.yaml", '"gateway.networking.k8s.io/GRPCRoute",', "");
    expect(await messages(files)).toEqual([
      expect.stringContaining(
        "component cilium, HelmRelease/kube-system/cilium, field spec.values.gatewayAPI.enabled: needs gateway.networking.k8s.io/GRPCRoute served when cilium installs (Cilium starts its Gateway API controller only if the Gateway API CRDs exist when its operator starts)",
      ),
    ]);
  });

  it("needs the monitoring CRDs for a chart's PodMonitor", async () => {
    // The bootstrap serves ServiceMonitor in this tree, not PodMonitor.
    const values = "  values:\n    replicaCount: 1\n    metrics:\n      podMonitor:\n        enabled: true\n      serviceMonitor:\n        enabled: true\n";
    const on = edit(GOOD, "components/cloudnative-pg/helmrelease-cloudnative-pg.yaml", "  values:\n    replicaCount: 1\n", values);
    expect(await messages(on)).toEqual([
      expect.stringContaining(
        "component cloudnative-pg, HelmRelease/cnpg-system/cloudnative-pg, field spec.values.metrics.podMonitor.enabled: needs monitoring.coreos.com/PodMonitor served when cloudnative-pg installs",
      ),
    ]);
    const off = edit(GOOD, "components/cloudnative-pg/helmrelease-cloudnative-pg.yaml", "  values:\n    replicaCount: 1\n", values.replace(/podMonitor:\n {8}enabled: true/, "podMonitor:\n        enabled: false"));
    expect(await messages(off)).toEqual([]);
  });

  it("follows day zero's order: earlier phases, then same-phase dependencies", async () => {
    const samePhase = edit(GOOD, "flux/crds.yaml", "k8s-gitops.io/bootstrap-phase: '1'", "k8s-gitops.io/bootstrap-phase: '2'");
    expect(await messages(samePhase)).toEqual([
      "cluster fixture, component cilium, HelmRelease/kube-system/cilium, field spec.values.gatewayAPI.enabled: needs gateway.networking.k8s.io/GatewayClass, gateway.networking.k8s.io/Gateway, gateway.networking.k8s.io/HTTPRoute, gateway.networking.k8s.io/GRPCRoute, gateway.networking.k8s.io/ReferenceGrant served when day zero installs cilium (bootstrap phase 2; Cilium starts its Gateway API controller only if the Gateway API CRDs exist when its operator starts), but only crds, installed later by day zero, serves them (install these CRDs in an earlier bootstrap phase, or make cilium depend on the component that does)",
    ]);
    const noDependency = edit(GOOD, "flux/cilium-ipam.yaml", "  dependsOn:\n    - name: cilium\n", "");
    expect(await messages(noDependency)).toEqual([
      "cluster fixture, component cilium-ipam, CiliumLoadBalancerIPPool/load-balancer-pool, field kind: kind cilium.io/CiliumLoadBalancerIPPool is not served when day zero installs cilium-ipam (bootstrap phase 2): only cilium serves it, which day zero installs later (a later phase, or the same phase without cilium-ipam depending on it) (install the CRD in an earlier phase, or make cilium-ipam depend on cilium)",
    ]);
  });

  it("serves a kind from a CustomResourceDefinition object in the component itself", async () => {
    const crd = [
      "apiVersion: apiextensions.k8s.io/v1",
      "kind: CustomResourceDefinition",
      "metadata:\n  name: widgets.example.com",
      "spec:\n  group: example.com\n  scope: Namespaced\n  names:\n    kind: Widget\n    plural: widgets\n    singular: widget\n    listKind: WidgetList",
      "  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object",
    ].join("\n");
    const widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: one\n  namespace: app\n";
    const withWidget = add(GOOD, "components/app/widget.yaml", widget);
    expect(await messages(withWidget)).toEqual([expect.stringContaining("kind example.com/Widget is not served when app reconciles")]);
    expect(await messages(add(withWidget, "components/app/crd.yaml", crd))).toEqual([]);
  });
});

describe("secrets", () => {
  it("counts what CloudNativePG writes, and only that", async () => {
    const superuser = edit(GOOD, "components/app/deployment-web.yaml", "name: shared-postgres-app", "name: shared-postgres-superuser");
    expect(await messages(superuser)).toEqual([
      expect.stringContaining(
        "component app, Deployment/database/web, field spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name: reads Secret database/shared-postgres-superuser, which nothing creates before app reconciles",
      ),
    ]);
    const enabled = edit(superuser, "components/database/cluster-shared-postgres.yaml", "  instances: 3\n", "  instances: 3\n  enableSuperuserAccess: true\n");
    expect(await messages(enabled)).toEqual([]);
  });

  it("requires the producer to be a dependency, not just in the tree", async () => {
    const files = edit(GOOD, "flux/app.yaml", "    - name: database\n", "");
    expect(await messages(files)).toEqual([expect.stringContaining("reads Secret database/shared-postgres-app, which nothing creates before app reconciles")]);
  });

  it("checks what a component's own Kustomization reads", async () => {
    const files = edit(GOOD, "flux/app.yaml", "  prune: true\n", "  prune: true\n  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n");
    expect(await messages(files)).toEqual([
      expect.stringContaining("component app, Kustomization/flux-system/app, field spec.decryption.secretRef.name: reads Secret flux-system/sops-age, which nothing creates before app reconciles"),
    ]);
  });

  it("reads ClusterIssuer credentials in the namespace of cert-manager's HelmRelease", async () => {
    const issuer = [
      "apiVersion: cert-manager.io/v1",
      "kind: ClusterIssuer",
      "metadata:\n  name: letsencrypt",
      "spec:\n  acme:\n    email: admin@example.com\n    server: https://acme-v02.api.letsencrypt.org/directory",
      "    privateKeySecretRef:\n      name: letsencrypt-account",
      "    solvers:\n      - dns01:\n          cloudflare:\n            apiTokenSecretRef:\n              name: cloudflare-api-token\n              key: api-token\n",
    ].join("\n");
    let files = add(GOOD, "components/database/clusterissuer.yaml", issuer);
    files = edit(files, "flux/cloudnative-pg.yaml", '{"crds":["postgresql.cnpg.io/Cluster"]}', '{"crds":["cert-manager.io/ClusterIssuer","postgresql.cnpg.io/Cluster"]}');
    const found = await messages(files);
    // The ACME account key is cert-manager's to create: only the solver token is a read.
    expect(found).toEqual([
      expect.stringContaining(
        "field spec.acme.solvers[0].dns01.cloudflare.apiTokenSecretRef.name: reads Secret cnpg-system/cloudflare-api-token (cert-manager's cluster resource namespace, the namespace of HelmRelease/cnpg-system/cloudnative-pg in cloudnative-pg, which provides cert-manager's CRDs)",
      ),
    ]);
  });
});

describe("waits", () => {
  it("finds a LoadBalancer whose pool is not a dependency", async () => {
    const files = edit(GOOD, "flux/cilium-ipam.yaml", "    k8s-gitops.io/bootstrap-phase: '2'\n", "");
    const found = await messages(files);
    expect(found).toContainEqual(
      expect.stringContaining(
        "component cilium, HelmRelease/kube-system/cilium, field spec.values.clustermesh.apiserver.service.type: waits for a LoadBalancer address (its chart's LoadBalancer Service), but no address pool is provided by cilium or its dependencies (cilium-ipam provides one and depends on cilium)",
      ),
    );
    // The gateway depends on the pool: its Gateway is fine.
    expect(found.filter((m) => m.includes("component gateway"))).toEqual([]);
  });

  it("names the pool's component and what the wait blocks", async () => {
    const bad = readFiles(join(import.meta.dirname, "fixtures", "bad", "reconcile-loadbalancer-pool-in-dependant"));
    expect(await messages(bad)).toEqual([
      "cluster fixture, component cilium, HelmRelease/kube-system/cilium, field spec.values.clustermesh.apiserver.service.type: waits for a LoadBalancer address (its chart's LoadBalancer Service), but no address pool is provided by cilium or its dependencies (cilium-ipam provides one and depends on cilium): cilium never becomes Ready, and the 1 component(s) that depend on it never reconcile (depend on the component with the address pool (provides.addressPools or a CiliumLoadBalancerIPPool) without it depending back, install the pool with cilium, or do not wait on this object)",
      "cluster fixture, component cilium, HelmRelease/kube-system/cilium, field spec.values.clustermesh.apiserver.tls.auto.method: cronJob makes the clustermesh-apiserver certificates in a post-install hook, which a waiting Helm install never reaches because the apiserver cannot start without them (cilium/cilium#42045): the release of cilium fails, and the 1 component(s) that depend on it never reconcile (use method helm (or certmanager), or set spec.upgrade.disableWait)",
    ]);
  });

  it("does not count a LoadBalancer nobody waits for", async () => {
    const noPool = edit(GOOD, "flux/cilium-ipam.yaml", "    k8s-gitops.io/bootstrap-phase: '2'\n", "");
    const helmDoesNotWait = edit(noPool, "components/cilium/helmrelease-cilium.yaml", "  interval: 30m\n", "  interval: 30m\n  upgrade:\n    disableWait: true\n");
    expect(await messages(helmDoesNotWait)).toEqual([]);
    const fluxDoesNotWait = edit(noPool, "flux/cilium.yaml", "      name: cilium\n      namespace: kube-system\n", "      name: cilium-operator\n      namespace: kube-system\n");
    expect(await messages(fluxDoesNotWait)).toEqual([]);
  });

  it("finds the cronJob certificate deadlock only while Helm waits", async () => {
    const cron = edit(GOOD, "components/cilium/helmrelease-cilium.yaml", "method: helm", "method: cronJob");
    expect(await messages(cron)).toEqual([expect.stringContaining("field spec.values.clustermesh.apiserver.tls.auto.method: cronJob makes the clustermesh-apiserver certificates in a post-install hook")]);
    // A bootstrap-phase release is adopted by Flux with an upgrade: that is the wait that counts.
    const noWait = edit(cron, "components/cilium/helmrelease-cilium.yaml", "  interval: 30m\n", "  interval: 30m\n  upgrade:\n    disableWait: true\n");
    expect(await messages(noWait)).toEqual([]);
  });

  it("finds a health check on an object only a dependant applies", async () => {
    const files = edit(
      GOOD,
      "flux/external-secrets.yaml",
      "      name: external-secrets\n      namespace: external-secrets\n",
      "      name: external-secrets\n      namespace: external-secrets\n    - apiVersion: external-secrets.io/v1\n      kind: ClusterSecretStore\n      name: onepassword\n",
    );
    expect(await messages(files)).toEqual([
      "cluster fixture, component external-secrets, Kustomization/flux-system/external-secrets, field spec.healthChecks[1]: waits for ClusterSecretStore/onepassword, which only external-secrets-store applies, and external-secrets-store depends on external-secrets: neither ever becomes Ready (move ClusterSecretStore/onepassword into external-secrets or a dependency of it, or stop waiting on it here)",
    ]);
  });

  it("finds a health check on an object nothing makes", async () => {
    const check = "  wait: false\n  healthChecks:\n    - apiVersion: apps/v1\n      kind: Deployment\n      name: api\n      namespace: database\n";
    const files = edit(GOOD, "flux/app.yaml", "  wait: true\n", check);
    expect(await messages(files)).toEqual([
      "cluster fixture, component app, Kustomization/flux-system/app, field spec.healthChecks[0]: waits for Deployment/database/api, which no object of the tree is and nothing in app can create (no HelmRelease or operator resource there installs into database): app never becomes Ready (health-check an object the component renders or its chart creates, or drop the check)",
    ]);
    // With spec.wait Flux ignores the health checks.
    expect(await messages(edit(GOOD, "flux/app.yaml", "  wait: true\n", check.replace("wait: false", "wait: true")))).toEqual([]);
    // A HelmRelease installing into that namespace may make it.
    expect(await messages(edit(GOOD, "flux/cloudnative-pg.yaml", "      name: cloudnative-pg\n", "      name: cloudnative-pg-webhook\n"))).toEqual([]);
  });

  it("finds a dependsOn cycle", async () => {
    const files = edit(GOOD, "flux/database.yaml", "    - name: cloudnative-pg\n", "    - name: cloudnative-pg\n    - name: app\n");
    expect(await messages(files)).toEqual([
      "cluster fixture, component app, Kustomization/flux-system/app, field spec.dependsOn[0].name: dependency cycle app -> database -> app: each waits for the next to be Ready, so none ever reconciles (break the cycle: split the component whose objects the others need)",
    ]);
  });
});

describe("operator webhooks", () => {
  it("rejects every CloudNativePG fixed parameter, in any tree", async () => {
    const files = edit(GOOD, "components/database/cluster-shared-postgres.yaml", '      max_connections: "200"\n', '      max_connections: "200"\n      ssl: "on"\n      port: "5433"\n');
    expect(await messages(files)).toEqual([
      expect.stringContaining("field spec.postgresql.parameters.port: CloudNativePG's webhook rejects the Cluster: port is a fixed parameter"),
      expect.stringContaining("field spec.postgresql.parameters.ssl: CloudNativePG's webhook rejects the Cluster: ssl is a fixed parameter"),
    ]);
    // Without flux/ there is no order to simulate, but the webhook still rejects the object.
    const componentsOnly = new Map([...files].filter(([path]) => path.startsWith("components/database/")));
    expect((await messages(componentsOnly)).length).toBe(2);
  });

});

describe("declarations", () => {
  function declared(annotations: Record<string, string>) {
    const yaml = [
      "apiVersion: kustomize.toolkit.fluxcd.io/v1",
      "kind: Kustomization",
      "metadata:",
      "  name: app",
      "  namespace: flux-system",
      "  annotations:",
      ...Object.entries(annotations).map(([k, v]) => `    ${k}: '${v}'`),
      "spec:\n  interval: 10m\n  path: ./components/app\n  prune: true\n  sourceRef:\n    kind: OCIRepository\n    name: flux-system",
    ].join("\n");
    const tree = loadTree(new Map([["flux/app.yaml", yaml]]), "fixture");
    return readDeclarations(tree.manifests[0]!);
  }

  it("reads the contract", () => {
    const { declarations, problems } = declared({
      "k8s-gitops.io/provides": '{"addressPools":true,"configMaps":["a/b"],"crds":["cilium.io/CiliumNetworkPolicy"],"secrets":["external-secrets/token"],"services":["registry/zot"]}',
      "k8s-gitops.io/bootstrap-phase": "2",
      "k8s-gitops.io/bootstrap-secrets": '[{"keys":["token"],"name":"onepassword-connect-token","namespace":"external-secrets"}]',
    });
    expect(problems).toEqual([]);
    expect(declarations).toEqual({
      provides: {
        addressPools: true,
        configMaps: [{ namespace: "a", name: "b" }],
        crds: ["cilium.io/CiliumNetworkPolicy"],
        secrets: [{ namespace: "external-secrets", name: "token" }],
        services: [{ namespace: "registry", name: "zot" }],
      },
      bootstrapPhase: 2,
      bootstrapSecrets: [{ namespace: "external-secrets", name: "onepassword-connect-token", keys: ["token"] }],
    });
  });

  it("names what is wrong with a malformed annotation", () => {
    expect(declared({ "k8s-gitops.io/provides": "{crds" }).problems).toEqual([{ annotation: "k8s-gitops.io/provides", problem: expect.stringMatching(/^not JSON/) }]);
    expect(declared({ "k8s-gitops.io/provides": '{"secrets":["token"],"addressPools":"yes"}' }).problems.map((p) => p.problem)).toEqual([
      'secrets entry "token" is not "<namespace>/<name>"',
      '"addressPools" must be true or false',
    ]);
    expect(declared({ "k8s-gitops.io/bootstrap-phase": "3" }).problems).toEqual([{ annotation: "k8s-gitops.io/bootstrap-phase", problem: 'must be "1" (CRDs) or "2" (CNI and DNS), got 3' }]);
    expect(declared({ "k8s-gitops.io/bootstrap-secrets": '[{"name":"token","keys":[]}]' }).problems.map((p) => p.problem)).toEqual([
      "entry 0 needs a namespace",
      'entry 0 needs "keys": a non-empty list of strings',
    ]);
  });

  it("reports a malformed annotation on the component's Kustomization and keeps checking", async () => {
    const files = edit(GOOD, "flux/cilium-ipam.yaml", "k8s-gitops.io/bootstrap-phase: '2'", "k8s-gitops.io/bootstrap-phase: 'two'");
    const found = await messages(files);
    expect(found).toContainEqual(
      'cluster fixture, component cilium-ipam, Kustomization/flux-system/cilium-ipam, field metadata.annotations["k8s-gitops.io/bootstrap-phase"]: malformed bootstrap phase declaration of cilium-ipam: must be "1" (CRDs) or "2" (CNI and DNS), got two (declare it through core\'s component() options (provides, bootstrapPhase, bootstrapSecrets), which write the canonical JSON)',
    );
    // Read as undeclared, the pool is no longer there before cilium: the wait finding follows.
    expect(found).toContainEqual(expect.stringContaining("waits for a LoadBalancer address"));
  });
});
