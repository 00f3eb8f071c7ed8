import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// How the CLI imports a workspace source file it finds at run time (a cluster package's entry,
// its values). Run from source (tsx), that is a plain import. Run from the launcher's bundle
// (bin/launch.mjs), the cluster's modules are compiled into the bundle and must be taken from it:
// importing the .ts file again would load a second copy of @k8s-gitops/core beside the bundle's,
// whose objects and error classes the bundle's code would not recognise.

type Loader = () => Promise<unknown>;

interface Bundled {
  modules: ReadonlyMap<string, Loader>;
  /** Registers tsx, for a source file the bundle does not hold. */
  registerTs: () => void | Promise<void>;
}

let bundled: Bundled | undefined;
let tsRegistered: Promise<void> | undefined;

/** Called by the bundle's entry before the CLI runs: the modules it holds, by absolute path. */
export function provideBundled(modules: Readonly<Record<string, Loader>>, registerTs: () => void | Promise<void>): void {
  bundled = { modules: new Map(Object.entries(modules)), registerTs };
}

/** Whether this process runs from the launcher's bundle. */
export function runsBundled(): boolean {
  return bundled !== undefined;
}

/** Imports a TypeScript source file of the workspace: the bundle's copy when it holds one. */
export async function importSource(file: string): Promise<unknown> {
  const path = resolve(file);
  const fromBundle = bundled?.modules.get(path);
  if (fromBundle) return fromBundle();
  if (bundled) {
    tsRegistered ??= Promise.resolve(bundled.registerTs());
    await tsRegistered;
  }
  return import(pathToFileURL(path).href);
}
