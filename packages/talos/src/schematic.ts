import { createHash } from "node:crypto";
import { ConfigError } from "@k8s-gitops/core";
import { TALOS_VERSION } from "./versions.ts";

/** An Image Factory schematic: what goes into the Talos image beyond the stock one. */
export interface Schematic {
  customization: {
    extraKernelArgs?: readonly string[];
    systemExtensions?: { officialExtensions?: readonly string[] };
  };
}

/**
 * The nodes' image. Since Talos 1.9 the i915 firmware ships as `siderolabs/i915` (driver and
 * firmware), which replaced `siderolabs/i915-ucode`.
 */
export const platformSchematic: Schematic = {
  customization: {
    extraKernelArgs: [
      // The onboard Intel NIC (eno1) is unused: the bond runs on the add-in card.
      "module_blacklist=e1000e",
      // Trusted single-tenant hardware: trade the hardening defaults for speed. Drop Talos'
      // init_on_alloc=1 and selinux, then turn off memory zeroing, LSMs, CPU mitigations, auditd.
      "-init_on_alloc",
      "-selinux",
      "apparmor=0",
      "init_on_alloc=0",
      "init_on_free=0",
      "mitigations=off",
      "security=none",
      "talos.auditd.disabled=1",
    ],
    systemExtensions: {
      officialExtensions: ["siderolabs/intel-ucode", "siderolabs/i915", "siderolabs/iscsi-tools", "siderolabs/nfsrahead"],
    },
  },
};

/** Strings gopkg.in/yaml.v3 writes without quotes (and that do not read as another type). */
const PLAIN = /^[A-Za-z_./=+-][A-Za-z0-9_./=+,-]*$/;
const NOT_A_STRING = /^(true|false|yes|no|on|off|null|~|[-+]?(\.inf|\.nan|\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+))$/i;

function plain(value: string, field: string): string {
  if (!PLAIN.test(value) || NOT_A_STRING.test(value)) {
    throw new ConfigError(`"${value}" would need YAML quoting, which this serializer does not reproduce`, { object: "schematic", field });
  }
  return value;
}

/**
 * The schematic exactly as the Image Factory marshals it (Go yaml.v3: four-space indent, empty
 * fields left out), so that its SHA-256 is the schematic ID the factory assigns.
 */
export function schematicYaml(s: Schematic): string {
  const args = s.customization.extraKernelArgs ?? [];
  const exts = s.customization.systemExtensions?.officialExtensions ?? [];
  const lines: string[] = [];
  if (args.length) lines.push("    extraKernelArgs:", ...args.map((a, i) => `        - ${plain(a, `customization.extraKernelArgs[${i}]`)}`));
  if (exts.length) {
    lines.push("    systemExtensions:", "        officialExtensions:");
    lines.push(...exts.map((e, i) => `            - ${plain(e, `customization.systemExtensions.officialExtensions[${i}]`)}`));
  }
  return lines.length ? `customization:\n${lines.join("\n")}\n` : "customization: {}\n";
}

/** The Image Factory's schematic ID: sha256 of the canonical YAML. */
export function schematicId(s: Schematic): string {
  return createHash("sha256").update(schematicYaml(s)).digest("hex");
}

/** The bare-metal installer image the factory builds for this schematic and Talos version. */
export function installerImage(s: Schematic, talosVersion: string = TALOS_VERSION): string {
  return `factory.talos.dev/metal-installer/${schematicId(s)}:${talosVersion}`;
}
