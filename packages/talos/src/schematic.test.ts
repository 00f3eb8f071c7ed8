import { describe, expect, it } from "vitest";
import { installerImage, platformSchematic, schematicId, schematicYaml, type Schematic } from "./schematic.ts";

describe("Image Factory schematic", () => {
  // Test vectors of the factory's own ID tests (siderolabs/image-factory pkg/schematic).
  it("computes the factory's schematic IDs", () => {
    expect(schematicId({ customization: {} })).toBe("376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba");
    expect(schematicId({ customization: { extraKernelArgs: ["noapic", "nolapic"], systemExtensions: {} } })).toBe(
      "9cba8e32753f91a16c1837ab8abf356af021706ef284aef07380780177d9a06c",
    );
  });

  it("writes the canonical form the ID is the hash of", () => {
    expect(schematicYaml({ customization: { systemExtensions: { officialExtensions: ["siderolabs/i915"] } } })).toBe(
      "customization:\n    systemExtensions:\n        officialExtensions:\n            - siderolabs/i915\n",
    );
  });

  it("pins the platform image: extensions, kernel arguments, installer", () => {
    expect(platformSchematic.customization.systemExtensions?.officialExtensions).toEqual([
      "siderolabs/intel-ucode",
      "siderolabs/i915",
      "siderolabs/iscsi-tools",
      "siderolabs/nfsrahead",
    ]);
    expect(platformSchematic.customization.extraKernelArgs).toContain("module_blacklist=e1000e");
    expect(installerImage(platformSchematic)).toBe(`factory.talos.dev/metal-installer/${schematicId(platformSchematic)}:v1.11.2`);
  });

  it("changes the installer image with the schematic, so the two cannot drift apart", () => {
    const withoutNfs: Schematic = { customization: { ...platformSchematic.customization, systemExtensions: { officialExtensions: ["siderolabs/intel-ucode"] } } };
    expect(installerImage(withoutNfs)).not.toBe(installerImage(platformSchematic));
  });

  it("refuses a value it cannot write exactly as the factory would (quoting)", () => {
    expect(() => schematicYaml({ customization: { extraKernelArgs: ["console=ttyS0,115200", "true"] } })).toThrowError(
      /schematic, field customization.extraKernelArgs\[1\]: "true" would need YAML quoting/,
    );
    expect(() => schematicYaml({ customization: { extraKernelArgs: ["a: b"] } })).toThrowError(/would need YAML quoting/);
  });
});
