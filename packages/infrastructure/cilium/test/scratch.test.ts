import { it } from "vitest";
import { cidr, dnsName, ipv4, port } from "@k8s-gitops/core";
import { cilium, ciliumValues } from "../src/index.ts";
it("scratch", () => {
  const o = { cluster: { name: "infra", id: 1 }, podCidr: cidr("10.244.0.0/16"), apiServer: { host: dnsName("infra-k8s.monosense.io"), port: port(6443) }, clusterMesh: { ip: ipv4("10.25.11.100"), fqdn: dnsName("clustermesh-infra.monosense.io") } };
  const c = cilium(o);
  console.log(c.resources.length);
  try { cilium({ ...o, values: { hubble: { relay: { replicas: "2" as unknown as number } } } }); } catch (e) { console.log(String(e)); }
});
