import { CiliumBGPAdvertisement, CiliumBGPClusterConfig } from "@kubernetes-models/cilium/cilium.io/v2";
import { ipv4, toPlain } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { bgp, clusterConfig, loadBalancerAdvertisement, peerConfig } from "../src/index.ts";
import { crdErrors } from "./crd.ts";

const deps = { cilium: standIn("cilium", { bootstrapPhase: 2 }), ipam: standIn("cilium-ipam", { provides: { addressPools: true } }) };
const infra = { cluster: "infra", localAsn: 64512, peerAsn: 64501, peerAddress: ipv4("10.25.11.1") };
const apps = { ...infra, cluster: "apps", localAsn: 64513 };

function instanceOf(o: typeof infra) {
  const config = bgp(o, deps).resources.find((r): r is CiliumBGPClusterConfig => CiliumBGPClusterConfig.is(r));
  return config?.spec.bgpInstances[0];
}

describe("BGP control plane", () => {
  it("peers each cluster with the router under its own ASN", () => {
    expect(instanceOf(infra)).toEqual({
      name: "instance-64512",
      localASN: 64512,
      peers: [{ name: "peer-64501", peerASN: 64501, peerAddress: "10.25.11.1", peerConfigRef: { name: "bgp-peer-config" } }],
    });
    expect(instanceOf(apps)?.localASN).toBe(64513);
    expect(instanceOf(apps)?.peers?.[0]?.peerAddress).toBe("10.25.11.1");
  });

  it("uses cilium.io/v2 objects that the CRD schemas accept (no field the CRD does not define)", () => {
    for (const r of bgp(infra, deps).resources) {
      expect(r.apiVersion).toBe("cilium.io/v2");
      expect(crdErrors(r)).toEqual([]);
    }
  });

  it("advertises every Service's LoadBalancer IP: a per-advertisement selector, none on the spec", () => {
    const ad = loadBalancerAdvertisement();
    expect(Object.keys(toPlain(ad).spec ?? {})).toEqual(["advertisements"]);
    expect(ad.spec.advertisements[0]?.selector).toBeDefined();
    // A selector on the spec (where the old repository put it) is not in the CRD:
    const withSpecSelector = new CiliumBGPAdvertisement({ metadata: { name: "x" }, spec: { ...ad.spec, ...{ selector: {} } } });
    expect(crdErrors(withSpecSelector).join()).toMatch(/additionalProperty":"selector"/);
  });

  it("ties the peer config's family to the advertisement through its label", () => {
    const ad = loadBalancerAdvertisement();
    expect(peerConfig().spec?.families?.[0]?.advertisements?.matchLabels).toEqual(ad.metadata?.labels);
  });

  it("depends on Cilium and the pool whose addresses it announces, and provides no pool itself", () => {
    expect(bgp(infra, deps).dependsOn).toEqual([deps.cilium, deps.ipam]);
    expect(bgp(infra, deps).provides).toEqual({});
  });

  it("refuses an ASN out of range and iBGP with the eBGP router", () => {
    expect(() => clusterConfig({ ...infra, localAsn: 0 }, peerConfig())).toThrowError("cluster infra, component cilium-bgp, field bgp.localAsn: ASN 0 is not a 32-bit AS number (1-4294967295)");
    expect(() => clusterConfig({ ...infra, localAsn: 64501 }, peerConfig())).toThrowError(/field bgp.localAsn: local ASN 64501 equals the peer's/);
  });
});
