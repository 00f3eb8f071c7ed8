import { ConfigError } from "@k8s-gitops/core";
import type { InventoryNode } from "@k8s-gitops/inventory";
import type { TalosContext } from "./context.ts";
import type { EthernetConfigV1Alpha1, UserVolumeConfigV1Alpha1, V1Alpha1Config } from "./generated/config.ts";

// One machine's patch, every value read from its inventory entry: hostname, address, the bond
// and its VLANs, the disks. Nothing here is written per node by hand.

/** The LACP bond the switch ports are configured for (same on every node). */
const BOND = { mode: "802.3ad", xmitHashPolicy: "layer3+4", lacpRate: "fast", miimon: 100 } as const;

/** Talos mounts a user volume named N at /var/mnt/N. */
const USER_VOLUME_ROOT = "/var/mnt/";

/** OpenEBS local PVs get a 100-500 GiB partition of the node's OpenEBS disk. */
const OPENEBS_SIZE = { minSize: "100GiB", maxSize: "500GiB" } as const;

function machinePatch(node: InventoryNode, ctx: TalosContext): V1Alpha1Config {
  const prefix = ctx.network.subnet.split("/")[1];
  return {
    machine: {
      install: { diskSelector: { model: node.disks.install.model } },
      network: {
        hostname: node.hostname,
        interfaces: [
          {
            interface: "bond0",
            bond: { deviceSelectors: [{ hardwareAddr: node.bond.macPattern, driver: node.bond.driver }], ...BOND },
            dhcp: false,
            mtu: node.mtu,
            addresses: [`${node.ip}/${prefix}`],
            routes: [{ network: "0.0.0.0/0", gateway: ctx.network.gateway }],
            // Tagged VLANs ride the bond without an address of their own.
            vlans: node.vlans.map((v) => ({ vlanId: v.id, mtu: v.mtu, dhcp: false })),
          },
        ],
      },
    },
  };
}

/** Ring buffers per bond member: deep rings absorb 10 Gb/s bursts without drops. */
function ethernetConfigs(node: InventoryNode): EthernetConfigV1Alpha1[] {
  return node.bond.links.map((name) => ({ apiVersion: "v1alpha1", kind: "EthernetConfig", name, rings: { ...node.bond.rings } }));
}

/** The OpenEBS volume's name, from where the storage layer expects it mounted. */
export function openebsVolumeName(basePath: string, cluster: string): string {
  const name = basePath.startsWith(USER_VOLUME_ROOT) ? basePath.slice(USER_VOLUME_ROOT.length) : "";
  if (!/^[A-Za-z0-9-]{1,34}$/.test(name)) {
    throw new ConfigError(`"${basePath}" is not where Talos mounts a user volume (${USER_VOLUME_ROOT}<name>, name 1-34 letters, digits, hyphens)`, {
      cluster,
      field: "storage.openebsBasePath",
    });
  }
  return name;
}

function openebsVolume(node: InventoryNode, ctx: TalosContext): UserVolumeConfigV1Alpha1[] {
  if (!node.disks.openebs) return [];
  return [
    {
      apiVersion: "v1alpha1",
      kind: "UserVolumeConfig",
      name: openebsVolumeName(ctx.values.storage.openebsBasePath, ctx.values.name),
      provisioning: {
        // Never the system disk, even if a replacement boot SSD reports the same model.
        diskSelector: { match: `disk.model == ${JSON.stringify(node.disks.openebs.model)} && !system_disk` },
        ...OPENEBS_SIZE,
      },
    },
  ];
}

/** The documents of one node's patch: machine settings first, then the per-link and volume documents. */
export function nodeDocuments(node: InventoryNode, ctx: TalosContext): (V1Alpha1Config | EthernetConfigV1Alpha1 | UserVolumeConfigV1Alpha1)[] {
  if (node.cluster !== ctx.values.name) {
    throw new ConfigError(`node ${node.hostname} belongs to cluster ${node.cluster}`, { cluster: ctx.values.name, object: `node ${node.hostname}`, field: "cluster" });
  }
  return [machinePatch(node, ctx), ...ethernetConfigs(node), ...openebsVolume(node, ctx)];
}
