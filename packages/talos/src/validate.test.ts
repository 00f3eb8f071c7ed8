import { describe, expect, it } from "vitest";
import { TALOS_SCHEMA_VERSION, validators } from "./generated/validators.ts";
import { documentKind, fieldPath, validateDocument } from "./validate.ts";
import { TALOS_VERSION } from "./versions.ts";

const where = { cluster: "infra", object: "node infra-01 (nodes/infra-01.yaml)" };

function messages(doc: unknown): string[] {
  return validateDocument(doc, where).map((e) => e.message);
}

describe("the Talos schema validator", () => {
  it("is generated from the schema of the Talos release the nodes run", () => {
    expect(TALOS_VERSION).toBe(`v${TALOS_SCHEMA_VERSION}`);
    expect(Object.keys(validators)).toContain("EthernetConfig");
    expect(Object.keys(validators)).toContain("v1alpha1");
  });

  it("accepts valid documents of both styles", () => {
    expect(messages({ version: "v1alpha1", machine: { network: { hostname: "infra-01" } } })).toEqual([]);
    expect(messages({ apiVersion: "v1alpha1", kind: "WatchdogTimerConfig", device: "/dev/watchdog0", timeout: "5m" })).toEqual([]);
  });

  it("rejects an unknown field anywhere, with its path", () => {
    expect(messages({ machine: { network: { interfaces: [{ interface: "bond0", bond: { mode: "802.3ad", lacp: "fast" } }] } } })).toEqual([
      'cluster infra, node infra-01 (nodes/infra-01.yaml), machine config, field machine.network.interfaces[0].bond.lacp: unknown field "lacp" (Talos 1.11.2 has no such setting)',
    ]);
    expect(messages({ apiVersion: "v1alpha1", kind: "EthernetConfig", name: "enp1s0", rings: { rx: 8160, tx: 8160, rxx: 1 } })).toEqual([
      'cluster infra, node infra-01 (nodes/infra-01.yaml), EthernetConfig enp1s0, field rings.rxx: unknown field "rxx" (Talos 1.11.2 has no such setting)',
    ]);
  });

  it("rejects a wrong type with its path and the value it got", () => {
    // The reference's template wrote this flag as a YAML boolean: a type error in the schema.
    expect(messages({ cluster: { apiServer: { extraArgs: { "enable-aggregator-routing": true } } } })).toEqual([
      'cluster infra, node infra-01 (nodes/infra-01.yaml), machine config, field cluster.apiServer.extraArgs.enable-aggregator-routing: must be string, got boolean true',
    ]);
    expect(messages({ machine: { sysctls: { "vm.nr_hugepages": 1024 } } })).toEqual([
      'cluster infra, node infra-01 (nodes/infra-01.yaml), machine config, field machine.sysctls["vm.nr_hugepages"]: must be string, got number 1024',
    ]);
  });

  it("rejects a value outside an enum and a missing required field", () => {
    expect(messages({ machine: { type: "master" } })).toEqual([
      'cluster infra, node infra-01 (nodes/infra-01.yaml), machine config, field machine.type: must be one of "controlplane", "worker", got string "master"',
    ]);
    expect(messages({ apiVersion: "v1alpha1", kind: "EthernetConfig" })).toEqual([
      "cluster infra, node infra-01 (nodes/infra-01.yaml), EthernetConfig: must have required property 'name'",
    ]);
  });

  it("checks the API endpoint's URL form", () => {
    expect(messages({ cluster: { controlPlane: { endpoint: "http://infra-k8s.monosense.io:6443" } } })).toEqual([
      'cluster infra, node infra-01 (nodes/infra-01.yaml), machine config, field cluster.controlPlane.endpoint: must match pattern "^https://"',
    ]);
  });

  it("rejects a document kind Talos does not know", () => {
    const [err] = validateDocument({ apiVersion: "v1alpha1", kind: "EthernetConf", name: "x" }, where);
    expect(err?.where.field).toBe("kind");
    expect(err?.problem).toMatch(/^unknown document kind "EthernetConf" \(Talos 1.11.2 knows EthernetConfig, /);
  });

  it("turns JSON pointers into readable field paths", () => {
    expect(fieldPath("/machine/network/interfaces/0/vlans/1")).toBe("machine.network.interfaces[0].vlans[1]");
    expect(fieldPath("/machine/nodeLabels/topology.kubernetes.io~1zone")).toBe('machine.nodeLabels["topology.kubernetes.io/zone"]');
    expect(fieldPath("", "extra")).toBe("extra");
    expect(documentKind({ machine: {} })).toBe("v1alpha1");
    expect(documentKind({ kind: "UserVolumeConfig" })).toBe("UserVolumeConfig");
  });
});
