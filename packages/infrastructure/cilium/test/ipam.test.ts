import { ipv4 } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { standIn } from "@k8s-gitops/core/testing";
import { checkLoadBalancerIps, loadBalancerIpam, loadBalancerPool, POOL_NAME } from "../src/index.ts";
import { crdErrors } from "./crd.ts";

const infraPool = { start: ipv4("10.25.11.100"), stop: ipv4("10.25.11.119") };
const appsPool = { start: ipv4("10.25.11.120"), stop: ipv4("10.25.11.139") };
const infra = {
  cluster: "infra",
  pool: infraPool,
  otherPools: { apps: appsPool },
  reserved: { "gateway.externalIp": ipv4("10.25.11.110"), "gateway.internalIp": ipv4("10.25.11.111"), "clusterMesh.ip": ipv4("10.25.11.100") },
};

describe("load-balancer IPAM", () => {
  it("renders only the cluster's own range, under one name in every cluster", () => {
    const a = loadBalancerPool(infra);
    const b = loadBalancerPool({ ...infra, cluster: "apps", pool: appsPool, otherPools: { infra: infraPool }, reserved: {} });
    expect(a.metadata?.name).toBe(POOL_NAME);
    expect(b.metadata?.name).toBe(POOL_NAME);
    expect(a.spec?.blocks).toEqual([{ start: "10.25.11.100", stop: "10.25.11.119" }]);
    expect(b.spec?.blocks).toEqual([{ start: "10.25.11.120", stop: "10.25.11.139" }]);
    expect(a.spec?.disabled).toBeUndefined();
    expect(crdErrors(a)).toEqual([]);
  });

  it("rejects a gateway IP outside the cluster's pool, naming the value", () => {
    expect(() => checkLoadBalancerIps({ ...infra, reserved: { ...infra.reserved, "gateway.externalIp": ipv4("10.25.11.121") } })).toThrowError(
      "cluster infra, component cilium-ipam, field gateway.externalIp: 10.25.11.121 is outside the cluster's load-balancer pool 10.25.11.100-10.25.11.119: LB-IPAM would never assign it",
    );
  });

  it("rejects a clustermesh IP outside the pool and two services on one IP", () => {
    expect(() => checkLoadBalancerIps({ ...infra, reserved: { ...infra.reserved, "clusterMesh.ip": ipv4("10.25.11.99") } })).toThrowError(/field clusterMesh.ip: 10.25.11.99 is outside/);
    expect(() => checkLoadBalancerIps({ ...infra, reserved: { ...infra.reserved, "clusterMesh.ip": ipv4("10.25.11.110") } })).toThrowError(
      /field gateway.externalIp: 10.25.11.110 is also clusterMesh.ip/,
    );
  });

  it("rejects a pool that overlaps the other cluster's, or runs backwards", () => {
    expect(() => checkLoadBalancerIps({ ...infra, pool: { start: ipv4("10.25.11.100"), stop: ipv4("10.25.11.120") } })).toThrowError(
      "cluster infra, component cilium-ipam, field loadBalancerPool: pool 10.25.11.100-10.25.11.120 overlaps cluster apps's pool 10.25.11.120-10.25.11.139: both would hand out the same addresses",
    );
    expect(() => checkLoadBalancerIps({ ...infra, pool: { start: ipv4("10.25.11.119"), stop: ipv4("10.25.11.100") } })).toThrowError(/ends before it starts/);
  });

  it("is the cluster's address pool provider, after Cilium", () => {
    const cilium = standIn("cilium", { bootstrapPhase: 2 });
    const ipam = loadBalancerIpam(infra, { cilium });
    expect(ipam.provides).toEqual({ addressPools: true });
    expect(ipam.dependsOn).toEqual([cilium]);
    expect(ipam.resources.map((r) => `${r.kind}/${r.metadata?.name}`)).toEqual(["CiliumLoadBalancerIPPool/load-balancer-pool"]);
  });
});
