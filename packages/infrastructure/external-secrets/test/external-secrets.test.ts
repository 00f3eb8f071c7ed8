import { ClusterSecretStore, ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { cluster, render } from "@k8s-gitops/core";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { externalSecret, externalSecrets } from "../src/index.ts";

const options = {
  connectHost: "http://opconnect.monosense.dev",
  vault: "Infra",
  connectTokenSecret: { name: "onepassword-connect-token", key: "token" },
} as const;

describe("externalSecrets", () => {
  it("splits the operator and the store, the store depending on the operator", () => {
    const eso = externalSecrets(options);
    expect(eso.components.map((c) => c.name)).toEqual(["external-secrets", "external-secrets-store"]);
    expect(eso.store.dependsOn).toEqual([eso.operator]);
    expect(eso.store.storeRef).toEqual({ kind: "ClusterSecretStore", name: "onepassword" });
  });

  it("points the 1Password ClusterSecretStore (external-secrets.io/v1) at Connect and the vault", () => {
    const store = externalSecrets(options).store.resources[0];
    expect(ClusterSecretStore.is(store)).toBe(true);
    expect(store?.apiVersion).toBe("external-secrets.io/v1");
    expect((store as ClusterSecretStore).spec?.provider?.onepassword).toEqual({
      connectHost: "http://opconnect.monosense.dev",
      vaults: { Infra: 1 },
      auth: { secretRef: { connectTokenSecretRef: { name: "onepassword-connect-token", namespace: "external-secrets", key: "token" } } },
    });
  });

  it("pins the chart and installs its CRDs with it", () => {
    const tree = render(cluster({ name: "infra", values: {}, components: externalSecrets(options).components }));
    const source = parse(tree.files.get("components/external-secrets/ocirepository-external-secrets.yaml")!) as { spec: { url: string; ref: { tag: string } } };
    expect(source.spec).toMatchObject({ url: "oci://ghcr.io/external-secrets/charts/external-secrets", ref: { tag: "0.20.4" } });
    const hr = parse(tree.files.get("components/external-secrets/helmrelease-external-secrets.yaml")!) as { spec: { values: Record<string, unknown>; upgrade: { crds: string } } };
    expect(hr.spec.values).toMatchObject({ installCRDs: true, replicaCount: 2 });
    expect(hr.spec.upgrade.crds).toBe("CreateReplace");
  });

  it("allows egress to exactly the Connect host and port", () => {
    expect(externalSecrets({ ...options, connectHost: "https://connect.example.org:8443" }).networkPolicy.egressFqdns).toEqual([
      { name: "allow-onepassword-connect", hosts: [{ name: "connect.example.org" }], ports: [8443] },
    ]);
  });
});

describe("externalSecret", () => {
  it("maps Secret keys to 1Password fields, sorted", () => {
    const es = externalSecret({
      name: "db",
      namespace: "apps",
      store: { kind: "ClusterSecretStore", name: "onepassword" },
      data: { password: { item: "kubernetes/apps/db", property: "password" }, username: { item: "kubernetes/apps/db", property: "username" } },
    });
    expect(ExternalSecret.is(es)).toBe(true);
    expect(es.spec?.data?.map((d) => d.secretKey)).toEqual(["password", "username"]);
    expect(es.spec?.target).toEqual({ name: "db", creationPolicy: "Owner" });
    expect(es.spec?.secretStoreRef).toEqual({ kind: "ClusterSecretStore", name: "onepassword" });
  });
});
