/** The output folder's layout; README.md explains how talosctl takes each file. */
export const TALOS_FILES = {
  shared: "shared.yaml",
  controlPlane: "controlplane.yaml",
  worker: "worker.yaml",
  schematic: "schematic.yaml",
  readme: "README.md",
  node: (hostname: string) => `nodes/${hostname}.yaml`,
} as const;
