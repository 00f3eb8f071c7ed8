// One measured run, in its own process so peak memory (maxRSS) belongs to this scenario alone.
// Prints one JSON line: { clusters, files, loadMs, renderMs, maxRssKiB }.
import { performance } from "node:perf_hooks";
import { cidr, cluster, dnsName, intToIpv4, ipv4, ipv4ToInt, render, type Cluster } from "@k8s-gitops/core";

const scenario = process.argv[2] ?? "both";
const t0 = performance.now();
// The real clusters' values, by path: the tool does not depend on any cluster's packages.
const { values: infra } = await import("../../../clusters/infra/values/values.ts");
const { values: apps } = await import("../../../clusters/apps/values/values.ts");
const { networkBaseline, peerOf, sharedLayer } = await import("@k8s-gitops/platform");
const clusterModules = scenario === "both" ? [await import("../../../clusters/infra/src/index.ts"), await import("../../../clusters/apps/src/index.ts")] : [];
const loadMs = performance.now() - t0;

/** A synthetic cluster i: infra's values with its own name, id, CIDRs and addresses. */
function synthetic(i: number): Cluster {
  const base = i % 2 === 0 ? infra : apps;
  const lb = ipv4ToInt("10.100.0.0") + i * 64;
  const values = {
    ...base,
    name: base.name,
    // Ids 1 and 2 are the real clusters, the mesh peers of these.
    id: i + 10,
    network: {
      ...base.network,
      podCidr: cidr(`10.${(i * 2) % 200}.0.0/16`),
      serviceCidr: cidr(`10.${(i * 2 + 1) % 200}.0.0/16`),
      // Talos points kubelets at the 10th address of the service CIDR.
      coreDnsClusterIp: intToIpv4(ipv4ToInt(`10.${(i * 2 + 1) % 200}.0.0`) + 10),
      apiServer: { ...base.network.apiServer, host: dnsName(`c${i}-k8s.monosense.io`) },
    },
    loadBalancerPool: { start: intToIpv4(lb), stop: intToIpv4(lb + 19) },
    gateway: { ...base.gateway, externalIp: intToIpv4(lb + 10), internalIp: intToIpv4(lb + 11) },
    clusterMesh: { ...base.clusterMesh, ip: ipv4(intToIpv4(lb)), fqdn: dnsName(`clustermesh-c${i}.monosense.io`) },
  };
  const shared = sharedLayer(values, { peers: [peerOf(i % 2 === 0 ? apps : infra)] });
  const runs = [shared.network, shared.mesh, shared.secrets, shared.certificates, shared.storage, shared.flux, shared.monitoring];
  return cluster({ name: `fleet-${i}`, values, components: [...runs, networkBaseline(values, shared.network, runs)] });
}

const t1 = performance.now();
const clusters: Cluster[] = scenario === "both" ? clusterModules.map((m) => m.default) : Array.from({ length: Number(scenario.replace("fleet", "")) || 50 }, (_, i) => synthetic(i));
let files = 0;
for (const c of clusters) files += render(c).files.size;
const renderMs = performance.now() - t1;
process.stdout.write(`${JSON.stringify({ clusters: clusters.length, files, loadMs, renderMs, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
