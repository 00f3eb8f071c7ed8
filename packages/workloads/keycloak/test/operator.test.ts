import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cluster, render, toPlain } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { CRDS, keycloakCrdObjects, keycloakCrds, keycloakOperator, NAMESPACE, OPERATOR_VERSION, operatorObjects } from "../src/index.ts";

const vendor = resolve(import.meta.dirname, "../../../../vendor");
type Plain = Record<string, unknown> & { kind: string; metadata: { name: string; namespace?: string; annotations?: Record<string, string> }; spec?: Record<string, unknown> };
const upstream: Plain[] = parseAllDocuments(readFileSync(join(vendor, "manifests/keycloak-operator", OPERATOR_VERSION, "kubernetes.yml"), "utf8"))
  .map((d) => d.toJS() as Plain | null)
  .filter((d): d is Plain => d !== null);
const ours = operatorObjects(NAMESPACE).map((r) => toPlain(r) as Plain);
const key = (o: Plain) => `${o.kind}/${o.metadata.name}`;
const byKey = new Map(ours.map((o) => [key(o), o]));

describe("keycloakCrds", () => {
  it("ships exactly the vendored CRDs, without status (crds/ is up to date with vendor/)", () => {
    const dir = join(vendor, "crds/keycloak-operator", OPERATOR_VERSION);
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
    for (const f of files) {
      const { status: _status, ...crd } = parse(readFileSync(join(dir, f), "utf8")) as Record<string, unknown>;
      expect(JSON.parse(readFileSync(resolve(import.meta.dirname, "../crds", f.replace(/\.yaml$/, ".json")), "utf8"))).toEqual(crd);
    }
    expect(keycloakCrdObjects()).toHaveLength(files.length);
  });

  it("declares the kinds it serves and is never pruned", () => {
    const c = keycloakCrds();
    expect(c.provides.crds).toEqual([...CRDS]);
    expect(keycloakCrdObjects().map((crd) => `${crd.spec.group}/${crd.spec.names.kind}`).sort()).toEqual([...CRDS]);
    expect(c.prune).toBe(false);
  });
});

describe("operatorObjects", () => {
  it("renders every object of upstream's manifest, and nothing else", () => {
    expect(ours.map(key).sort()).toEqual(upstream.map(key).sort());
  });

  it("keeps upstream's RBAC rules and role references; the subjects are the ServiceAccount in its namespace", () => {
    for (const u of upstream.filter((o) => /Role(Binding)?$/.test(o.kind))) {
      const o = byKey.get(key(u))!;
      expect(o.rules, key(u)).toEqual(u.rules);
      expect(o.roleRef, key(u)).toEqual(u.roleRef);
      // Upstream binds the ClusterRoleBinding to the namespace `keycloak`, the RoleBindings to the one kubectl applies them to.
      if (u.subjects) expect(o.subjects, key(u)).toEqual([{ kind: "ServiceAccount", name: "keycloak-operator", namespace: NAMESPACE }]);
    }
    const upstreamBinding = upstream.find((o) => o.kind === "ClusterRoleBinding");
    expect(upstreamBinding?.subjects).toEqual([{ kind: "ServiceAccount", name: "keycloak-operator", namespace: "keycloak" }]);
  });

  it("keeps upstream's Service and container (image, environment, ports, probes, resources)", () => {
    const svc = upstream.find((o) => o.kind === "Service")!;
    expect(byKey.get(key(svc))?.spec).toEqual(svc.spec);
    const container = (o: Plain) => (o.spec as { template: { spec: { containers: Record<string, unknown>[] } } }).template.spec.containers[0]!;
    const up = container(upstream.find((o) => o.kind === "Deployment")!);
    const mine = container(byKey.get("Deployment/keycloak-operator")!);
    for (const field of ["name", "image", "env", "ports", "livenessProbe", "readinessProbe", "startupProbe", "resources"]) expect(mine[field], field).toEqual(up[field]);
    expect(up.imagePullPolicy).toBe("Always");
    expect(mine.imagePullPolicy).toBe("IfNotPresent");
  });

  it("puts every namespaced object in the namespace and drops the build annotations", () => {
    for (const o of ours) {
      if (!o.kind.startsWith("Cluster")) expect(o.metadata.namespace, key(o)).toBe(NAMESPACE);
      expect(o.metadata.annotations, key(o)).toBeUndefined();
    }
  });

  it("runs under the restricted Pod Security Standard", () => {
    const pod = (byKey.get("Deployment/keycloak-operator")!.spec as { template: { spec: { securityContext: unknown; containers: { securityContext: unknown }[] } } }).template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(pod.containers[0]?.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ["ALL"] } });
  });
});

describe("keycloakOperator", () => {
  const crds = keycloakCrds();
  const op = keycloakOperator({}, { cilium: standIn("cilium"), coredns: standIn("coredns"), keycloakCrds: crds });

  it("states the namespace's Pod Security level and waits for its Deployment after the CRDs", () => {
    const ns = op.resources.find((r) => r.kind === "Namespace");
    expect(ns?.metadata?.labels).toMatchObject({ "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/enforce-version": "v1.34" });
    expect(op.healthChecks).toEqual([{ apiVersion: "apps/v1", kind: "Deployment", name: "keycloak-operator", namespace: NAMESPACE }]);
    expect(op.dependsOn).toContain(crds);
    expect(op.network).toEqual({ namespace: NAMESPACE, kubeApi: true });
  });

  it("renders in a cluster", () => {
    const tree = render(cluster({ name: "test", values: {}, components: [...op.dependsOn, op] }));
    expect([...tree.files.keys()]).toContain("components/keycloak-operator/deployment-keycloak-operator.yaml");
  });
});
