import type { MachineConfig } from "./generated/config.ts";
import type { TalosContext } from "./context.ts";

// The `machine:` settings every node of a cluster shares. Node facts (hostname, bond, disks)
// are in node.ts.

/** containerd: keep unpacked layers' blobs (Spegel serves them to peers); let pods own devices. */
const CONTAINERD_CUSTOMIZATION = `[plugins."io.containerd.cri.v1.images"]
  discard_unpacked_layers = false
[plugins."io.containerd.cri.v1.runtime"]
  device_ownership_from_security_context = true
`;

/** NFS client defaults for every mount on the node (NFS v4.1, hard mounts, 1 MiB I/O, 8 connections). */
const NFS_MOUNT_CONF = `[ NFSMount_Global_Options ]
nfsvers=4.1
hard=True
nconnect=8
noatime=True
rsize=1048576
wsize=1048576
`;

/** Kernel tunables, all strings as Talos takes them. */
const SYSCTLS: Record<string, string> = {
  "fs.inotify.max_user_watches": "1048576", // file watchers (log shippers, reloaders)
  "fs.inotify.max_user_instances": "8192",
  "net.core.default_qdisc": "fq", // 10 Gb/s: fair queuing, paired with BBR
  "net.core.rmem_max": "67108864", // 10 Gb/s; cloudflared's QUIC buffers
  "net.core.wmem_max": "67108864",
  "net.ipv4.tcp_congestion_control": "bbr",
  "net.ipv4.tcp_fastopen": "3", // data in the opening SYN, client and server
  "net.ipv4.tcp_mtu_probing": "1", // jumbo frames: find the path MTU instead of black-holing
  "net.ipv4.tcp_rmem": "4096 87380 33554432",
  "net.ipv4.tcp_wmem": "4096 65536 33554432",
  "net.ipv4.tcp_window_scaling": "1",
  "sunrpc.tcp_slot_table_entries": "128", // NFS: more requests in flight
  "sunrpc.tcp_max_slot_table_entries": "128",
  "user.max_user_namespaces": "11255", // user namespaces for pods
  "vm.nr_hugepages": "1024", // PostgreSQL shared buffers on huge pages
};

export function sharedMachine(ctx: TalosContext): MachineConfig {
  return {
    features: {
      rbac: true,
      stableHostname: true,
      apidCheckExtKeyUsage: true,
      diskQuotaSupport: true,
      // A local load balancer for the API server on every node, so host-network pods (Cilium
      // without kube-proxy) reach the API while the external endpoint is down.
      kubePrism: { enabled: true, port: 7445 },
      hostDNS: { enabled: true, resolveMemberNames: true, forwardKubeDNSToHost: false },
    },
    files: [
      { op: "create", path: "/etc/cri/conf.d/20-customization.part", content: CONTAINERD_CUSTOMIZATION },
      { op: "overwrite", path: "/etc/nfsmount.conf", permissions: 0o644, content: NFS_MOUNT_CONF },
    ],
    install: { image: ctx.installerImage },
    // Network block devices: Ceph CSI's rbd-nbd mounter maps RBD images through them.
    kernel: { modules: [{ name: "nbd" }] },
    kubelet: {
      image: ctx.images.kubelet,
      extraConfig: { featureGates: { ImageVolume: true }, serializeImagePulls: false },
      defaultRuntimeSeccompProfileEnabled: true,
      // The node address Kubernetes sees is the one on the node network, never a VLAN or pod address.
      nodeIP: { validSubnets: [ctx.network.subnet] },
      disableManifestsDirectory: true,
    },
    network: {
      // The onboard port is not cabled (its driver is blacklisted in the image, too).
      interfaces: [{ interface: "eno1", ignore: true }],
      nameservers: [...ctx.network.nameservers],
      disableSearchDomain: true,
    },
    nodeLabels: { "topology.kubernetes.io/region": ctx.values.name, cluster: ctx.values.name },
    sysctls: { ...SYSCTLS },
    time: { disabled: false, servers: ["time.cloudflare.com"] },
  };
}

/** Namespaces whose pods may call the Talos API (runner images, Talos upgrades) as os:admin. */
const TALOS_API_NAMESPACES = ["actions-runner-system", "system-upgrade"];

/** Control-plane nodes only: Talos API access from Kubernetes, and the zone label (m = master). */
export function controlPlaneMachine(): MachineConfig {
  return {
    features: {
      kubernetesTalosAPIAccess: { enabled: true, allowedRoles: ["os:admin"], allowedKubernetesNamespaces: [...TALOS_API_NAMESPACES] },
    },
    nodeLabels: { "topology.kubernetes.io/zone": "m" },
  };
}

/** Worker nodes only: the zone label (w). */
export function workerMachine(): MachineConfig {
  return { nodeLabels: { "topology.kubernetes.io/zone": "w" } };
}
