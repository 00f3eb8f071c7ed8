import type { Cidr, IPv4 } from "@k8s-gitops/core";

/** A cluster's name, as its folder under clusters/ and its values name it. */
export type ClusterName = string;

/** Control-plane nodes run etcd and the Kubernetes control plane (and, here, workloads too). */
export type NodeRole = "controlplane" | "worker";

/** The layer-2 network a cluster's nodes sit on: their addresses, default route and resolver. */
export interface NodeNetwork {
  /** The node subnet; every node address and the gateway lie in it. */
  subnet: Cidr;
  gateway: IPv4;
  nameservers: readonly IPv4[];
}

/**
 * The two NIC ports bonded with LACP. Talos picks the members by MAC pattern and driver, so a
 * replaced cable or a renamed link does not move the node's address to another port.
 */
export interface BondNic {
  /** A lowercase MAC address or a prefix of at least four octets ending in `*`, e.g. f8:f2:1e:20:57:*. */
  macPattern: string;
  /** Kernel driver of the member ports, as Talos' link status reports it (i40e, mlx4_core, ...). */
  driver: string;
  /** Kernel names of the member ports: per-port settings (ring sizes) address links by name. */
  links: readonly string[];
  /** Ethernet ring buffer sizes set on every member port (descriptors). */
  rings: { rx: number; tx: number };
}

export interface Vlan {
  /** 802.1Q tag, 1-4094. */
  id: number;
  mtu: number;
}

/** A disk handed whole to a Rook-Ceph OSD, addressed by a stable /dev/disk/by-id path. */
export interface CephDisk {
  id: `/dev/disk/by-id/${string}`;
  /** What the disk is, for people (the id is what Rook uses). */
  model: string;
}

export interface NodeDisks {
  /** The boot disk Talos installs to, matched by model (the disk's reported model string). */
  install: { model: string };
  /** Raw disks for Rook-Ceph OSDs. */
  ceph: readonly CephDisk[];
  /** The disk Talos formats as the OpenEBS local-PV user volume, matched by model. */
  openebs?: { model: string };
}

/** One machine: everything about it that more than one layer (Talos, storage, endpoints) needs. */
export interface InventoryNode {
  cluster: ClusterName;
  /** Node name in Kubernetes and Talos; an RFC 1123 label. */
  hostname: string;
  /** The node's address on its cluster's node network. */
  ip: IPv4;
  role: NodeRole;
  bond: BondNic;
  /** MTU of the bond (the node network runs jumbo frames). */
  mtu: number;
  /** Tagged VLANs on the bond, without addresses of their own. */
  vlans: readonly Vlan[];
  disks: NodeDisks;
}

export interface InventorySpec {
  networks: Readonly<Record<ClusterName, NodeNetwork>>;
  nodes: readonly InventoryNode[];
  /**
   * Copies each Ceph pool keeps, one per node (failure domain host): a cluster with Ceph disks
   * needs at least this many storage nodes. Default 3.
   */
  cephReplicas?: number;
}

/** One entry of a Rook CephCluster's spec.storage.nodes: the node name and the devices it gives Ceph. */
export interface CephStorageNode {
  name: string;
  devices: { name: string }[];
}
