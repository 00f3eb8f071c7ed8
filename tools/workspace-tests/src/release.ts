import { readdirSync, rmSync } from "node:fs";
import { Verdaccio, type RegistryClient } from "./verdaccio.ts";
import { TempWorkspace } from "./workspace.ts";

const MINUTE = 60_000;

export const SCOPE = "@k8s-gitops";
export const CORE = "@k8s-gitops/core";
/** The body of the one changeset the release is made of. */
export const RELEASE_NOTE = "A release made by the publishing test.";

/**
 * The main branch's release, as the workflow runs it, in a copy of a prepared workspace: the one
 * changeset (a patch of core, whatever else is pending in the tree), `changeset version`, the
 * version commit, then `pnpm run release` (build, publint, `changeset publish`) into the given
 * registry. The result is a released workspace, committed and clean, with every package built:
 * the publishing test asserts on it, and the affected-builds test starts from it, its Nx cache
 * already holding every package's build (only the clusters are left to build).
 */
export async function releaseWorkspace(prepared: string, registry: RegistryClient): Promise<TempWorkspace> {
  const ws = TempWorkspace.fromPrepared(prepared, "released");
  try {
    return await release(ws, registry);
  } catch (err) {
    // Nobody else holds the copy yet: a failed release must not leave it in the temp dir.
    await ws.remove();
    throw err;
  }
}

async function release(ws: TempWorkspace, registry: RegistryClient): Promise<TempWorkspace> {
  for (const f of readdirSync(ws.path(".changeset"))) if (f.endsWith(".md") && f !== "README.md") rmSync(ws.path(`.changeset/${f}`));
  ws.write(".changeset/workspace-tests-release.md", `---\n"${CORE}": patch\n---\n\n${RELEASE_NOTE}\n`);
  await ws.pnpm(["exec", "changeset", "version"]);
  await ws.commit("version packages");

  const token = await registry.addUser("publisher", "publisher-password");
  ws.write(".npmrc", registry.npmrc(SCOPE, token));
  // Changesets takes the registry from npm_config_*; the unscoped one is set too, so that nothing
  // in this run can reach the public registry.
  const env = { [`npm_config_${SCOPE}:registry`]: registry.url, npm_config_registry: registry.url };
  await ws.pnpm(["run", "release"], { env, timeoutMs: 20 * MINUTE });
  // The token is not part of the release; what is left must be the committed tree.
  rmSync(ws.path(".npmrc"));
  const dirty = await ws.git("status", "--porcelain");
  if (dirty) throw new Error(`the release left changes in the workspace:\n${dirty}`);
  return ws;
}

/** The shared set-up's parts: each made on first use, all released by close(). */
export class ReleaseFixtures {
  #prepared: Promise<TempWorkspace> | undefined;
  #registry: Promise<Verdaccio> | undefined;
  #released: Promise<TempWorkspace> | undefined;

  /** The working tree copied, committed as `base` and installed (a cold install, once). */
  prepared(): Promise<TempWorkspace> {
    this.#prepared ??= TempWorkspace.create("prepared");
    return this.#prepared;
  }

  /** A Verdaccio with no uplinks. */
  registry(): Promise<Verdaccio> {
    this.#registry ??= Verdaccio.start();
    return this.#registry;
  }

  /** The prepared workspace released into the registry (see releaseWorkspace). */
  released(): Promise<TempWorkspace> {
    this.#released ??= Promise.all([this.prepared(), this.registry()]).then(([p, r]) => releaseWorkspace(p.dir, r.client()));
    return this.#released;
  }

  async close(): Promise<void> {
    const settle = async <T>(p: Promise<T> | undefined, end: (v: T) => Promise<void>) => {
      const v = await p?.catch(() => undefined);
      if (v !== undefined) await end(v);
    };
    await Promise.allSettled([
      settle(this.#released, (ws) => ws.remove()),
      settle(this.#prepared, (ws) => ws.remove()),
      settle(this.#registry, (v) => v.close()),
    ]);
  }
}
