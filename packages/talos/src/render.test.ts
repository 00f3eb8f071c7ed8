import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cidr, ConfigError, ipv4 } from "@k8s-gitops/core";
import { values as apps } from "@k8s-gitops/cluster-apps-values";
import { values as infra } from "@k8s-gitops/cluster-infra-values";
import { nodesOf, type ClusterName } from "@k8s-gitops/inventory";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { renderTalos, talosConfig, TalosValidationError, writeTalos, type TalosDocument } from "./index.ts";
import { validateDocument } from "./validate.ts";

const CLUSTERS: ClusterName[] = ["infra", "apps"];
const fleet = { infra, apps } as const;

function documentsOf(content: string): unknown[] {
  return parseAllDocuments(content).map((d) => d.toJS() as unknown);
}

function rendered(cluster: ClusterName): ReadonlyMap<string, string> {
  return renderTalos(talosConfig(cluster === "infra" ? fleet.infra : fleet.apps)).files;
}

describe("Talos output of both clusters", () => {
  it.each(CLUSTERS)("%s: one patch per node plus the shared and control-plane patches, schematic and README", (cluster) => {
    const hosts = nodesOf(cluster).map((n) => n.hostname);
    expect([...rendered(cluster).keys()]).toEqual(["README.md", "controlplane.yaml", ...hosts.map((h) => `nodes/${h}.yaml`), "schematic.yaml", "shared.yaml"]);
  });

  it.each(CLUSTERS)("%s: every document of every written file is valid against the Talos 1.11.2 schema", (cluster) => {
    let count = 0;
    for (const [file, content] of rendered(cluster)) {
      if (!file.endsWith(".yaml") || file === "schematic.yaml") continue;
      for (const doc of documentsOf(content)) {
        count++;
        expect(validateDocument(doc, { cluster, object: file })).toEqual([]);
      }
    }
    // shared: machine config + watchdog; control plane: 1; per node: machine config, 2 links, 1 volume
    expect(count).toBe(2 + 1 + 3 * 4);
  });

  it.each(CLUSTERS)("%s: node patches carry the inventory's facts", (cluster) => {
    const files = rendered(cluster);
    for (const node of nodesOf(cluster)) {
      const [machine, ...rest] = documentsOf(files.get(`nodes/${node.hostname}.yaml`) ?? "");
      expect(machine).toMatchObject({
        machine: {
          install: { diskSelector: { model: node.disks.install.model } },
          network: {
            hostname: node.hostname,
            interfaces: [
              {
                interface: "bond0",
                bond: { deviceSelectors: [{ hardwareAddr: node.bond.macPattern, driver: node.bond.driver }], mode: "802.3ad" },
                mtu: 9000,
                addresses: [`${node.ip}/24`],
                routes: [{ network: "0.0.0.0/0", gateway: "10.25.11.1" }],
                vlans: [{ vlanId: 2512, mtu: 1500, dhcp: false }],
              },
            ],
          },
        },
      });
      expect(rest).toEqual([
        ...node.bond.links.map((name) => ({ apiVersion: "v1alpha1", kind: "EthernetConfig", name, rings: { rx: 8160, tx: 8160 } })),
        {
          apiVersion: "v1alpha1",
          kind: "UserVolumeConfig",
          name: "openebs",
          provisioning: { diskSelector: { match: 'disk.model == "TEAM TM8FP6512G" && !system_disk' }, minSize: "100GiB", maxSize: "500GiB" },
        },
      ]);
    }
  });

  it("takes name, endpoint and CIDRs from the cluster values, with Cilium in place of CNI and kube-proxy", () => {
    for (const values of [infra, apps]) {
      const files = rendered(values.name);
      const [shared] = documentsOf(files.get("shared.yaml") ?? "");
      expect(shared).toMatchObject({
        machine: { kubelet: { image: "ghcr.io/siderolabs/kubelet:v1.34.1", nodeIP: { validSubnets: ["10.25.11.0/24"] } } },
        cluster: {
          clusterName: values.name,
          controlPlane: { endpoint: `https://${values.network.apiServer.host}:6443` },
          network: { cni: { name: "none" }, podSubnets: [values.network.podCidr], serviceSubnets: [values.network.serviceCidr] },
        },
      });
      const [cp] = documentsOf(files.get("controlplane.yaml") ?? "");
      expect(cp).toMatchObject({
        cluster: {
          apiServer: { image: "registry.k8s.io/kube-apiserver:v1.34.1", certSANs: [values.network.apiServer.host] },
          controllerManager: { image: "registry.k8s.io/kube-controller-manager:v1.34.1" },
          scheduler: { image: "registry.k8s.io/kube-scheduler:v1.34.1" },
          proxy: { disabled: true, image: "registry.k8s.io/kube-proxy:v1.34.1" },
          coreDNS: { disabled: true },
        },
      });
    }
    expect(talosConfig(apps).talosEndpoints).toEqual(["10.25.11.14", "10.25.11.15", "10.25.11.16"]);
  });

  it("writes file permissions in octal and keeps the nodes' sysctls as strings", () => {
    const shared = rendered("infra").get("shared.yaml") ?? "";
    expect(shared).toContain("permissions: 0o644");
    expect(shared).toContain('vm.nr_hugepages: "1024"');
  });

  it("installs the image whose schematic it writes: sha256(schematic.yaml) is the installer's schematic ID", () => {
    const files = rendered("infra");
    const id = createHash("sha256").update(files.get("schematic.yaml") ?? "").digest("hex");
    expect(files.get("shared.yaml")).toContain(`image: factory.talos.dev/metal-installer/${id}:v1.11.2`);
  });

  it("adds a worker patch and the worker steps only when the cluster has workers", () => {
    const base = nodesOf("infra");
    const third = base[2];
    if (!third) throw new Error("no infra-03");
    const worker = { ...third, hostname: "infra-04", ip: ipv4("10.25.11.17"), role: "worker" as const, disks: { ...third.disks, ceph: [] } };
    const files = renderTalos(talosConfig(infra, { nodes: [...base, worker] })).files;
    expect(documentsOf(files.get("worker.yaml") ?? "")).toEqual([{ machine: { nodeLabels: { "topology.kubernetes.io/zone": "w" } } }]);
    expect(files.get("nodes/infra-04.yaml")).toMatch(/^# infra-04 \(10.25.11.17, worker\): talosctl machineconfig patch <worker.yaml>/);
    expect(files.get("README.md")).toContain("--config-patch-worker @worker.yaml");
    expect(files.get("README.md")).toContain("--output-types controlplane,worker,talosconfig");
    expect(rendered("infra").has("worker.yaml")).toBe(false);
  });

  it("gives the same bytes twice", () => {
    expect([...rendered("apps")]).toEqual([...rendered("apps")]);
  });
});

describe("no secrets in the output", () => {
  const SECRET_FIELD = /^\s*(-\s+)?(key|token|crt|secret|id|secretboxEncryptionSecret|aescbcEncryptionSecret|ca|aggregatorCA|serviceAccount)\s*:/m;

  it.each(CLUSTERS)("%s: no key, token, certificate or CA field, no PEM or base64 material, in any file", (cluster) => {
    for (const [file, content] of rendered(cluster)) {
      expect({ file, match: SECRET_FIELD.exec(content)?.[0] }).toEqual({ file, match: undefined });
      expect(content).not.toContain("-----BEGIN");
      // Long base64 runs are key material; the 64-hex schematic ID is the only long token allowed.
      expect(content.replace(/\b[0-9a-f]{64}\b/g, "").match(/[A-Za-z0-9+/]{40,}={0,2}/g)).toBeNull();
    }
  });

  it("says in the README where the secrets come from", () => {
    const readme = rendered("infra").get("README.md") ?? "";
    expect(readme).toContain("talosctl gen secrets -o secrets.yaml");
    expect(readme).toContain("`op://Prod/infra-talos`");
    expect(readme).toContain("--with-secrets secrets.yaml");
  });

  it("catches a secret if one were added", () => {
    const config = talosConfig(infra);
    const leaked = { ...config, shared: [...config.shared, { machine: { token: "abcdef.0123456789abcdef" } }] };
    expect(renderTalos(leaked).files.get("shared.yaml")).toMatch(SECRET_FIELD);
  });
});

describe("consistency with the other layers", () => {
  it("refuses cluster values whose node CIDR differs from the inventory's node subnet", () => {
    const values = { ...infra, network: { ...infra.network, nodeCidr: cidr("10.25.12.0/24") } };
    expect(() => talosConfig(values)).toThrowError(
      new ConfigError("node CIDR 10.25.12.0/24 differs from the inventory's node subnet 10.25.11.0/24: read it from @k8s-gitops/inventory", {
        cluster: "infra",
        field: "network.nodeCidr",
      }),
    );
  });

  it("refuses a node of the other cluster", () => {
    expect(() => talosConfig(infra, { nodes: nodesOf("apps") })).toThrowError("cluster infra, node apps-01, field cluster: node apps-01 belongs to cluster apps");
  });

  it("derives the OpenEBS volume from where the storage layer mounts it, and refuses a path Talos cannot mount", () => {
    const values = { ...infra, storage: { ...infra.storage, openebsBasePath: "/var/openebs/local" } };
    expect(() => talosConfig(values)).toThrowError(/cluster infra, field storage.openebsBasePath: "\/var\/openebs\/local" is not where Talos mounts a user volume/);
  });
});

describe("schema validation of the rendered documents", () => {
  it("stops the render with every broken document, naming node, file, kind and field", () => {
    const config = talosConfig(apps);
    const [first, ...others] = config.nodes;
    if (!first) throw new Error("no nodes");
    const misspelt: unknown = { apiVersion: "v1alpha1", kind: "EthernetConfig", name: "enp1s0f0np0", ring: { rx: 8160 } };
    const wrongType: unknown = { machine: { network: { interfaces: [{ interface: "bond0", mtu: "9000" }] } } };
    const broken = { ...config, nodes: [{ ...first, documents: [...first.documents, misspelt as TalosDocument, wrongType as TalosDocument] }, ...others] };
    let caught: unknown;
    try {
      renderTalos(broken);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TalosValidationError);
    expect((caught as TalosValidationError).errors.map((e) => e.message)).toEqual([
      'cluster apps, node apps-01 (nodes/apps-01.yaml), EthernetConfig enp1s0f0np0, field ring: unknown field "ring" (Talos 1.11.2 has no such setting)',
      'cluster apps, node apps-01 (nodes/apps-01.yaml), machine config, field machine.network.interfaces[0].mtu: must be integer, got string "9000"',
    ]);
  });
});

describe("writeTalos", () => {
  it("writes the folder and removes files of nodes that are gone", () => {
    const dir = mkdtempSync(join(tmpdir(), "talos-"));
    mkdirSync(join(dir, "nodes"));
    writeFileSync(join(dir, "nodes/old-node.yaml"), "stale");
    const written = writeTalos(infra, dir);
    expect(written).toContain("nodes/infra-02.yaml");
    expect(existsSync(join(dir, "nodes/old-node.yaml"))).toBe(false);
    expect(readFileSync(join(dir, "nodes/infra-02.yaml"), "utf8")).toBe(rendered("infra").get("nodes/infra-02.yaml"));
  });

  it("refuses to replace a folder that holds anything else", () => {
    const dir = mkdtempSync(join(tmpdir(), "talos-"));
    writeFileSync(join(dir, "notes.txt"), "keep me");
    expect(() => writeTalos(infra, dir)).toThrowError(/holds files that are not Talos output \(notes.txt\): refusing to replace it/);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("keep me");
  });
});
