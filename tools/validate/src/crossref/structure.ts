import { posix } from "node:path";
import type { CheckContext } from "../context.ts";
import { asString, get } from "../json.ts";
import { COMPONENTS_DIR, FLUX_DIR } from "@k8s-gitops/core";
import { isYaml } from "../tree/files.ts";

/**
 * The shape of the tree: every kustomization.yaml lists exactly the files of its folder (a
 * missing file breaks the build, an unlisted one is silently not applied), no component is
 * empty (an empty Kustomization prunes everything it applied before), every component folder
 * is applied by a Flux Kustomization and every Flux path exists.
 */
export function checkStructure(ctx: CheckContext): void {
  checkIndexes(ctx);
  checkEmptyComponents(ctx);
  if (ctx.tree.rendered) checkFluxPaths(ctx);
}

function checkIndexes(ctx: CheckContext): void {
  const paths = [...ctx.tree.files.keys()];
  for (const k of ctx.tree.kustomizations.values()) {
    const prefix = k.dir === "." ? "" : `${k.dir}/`;
    const listed = new Set<string>();
    k.resources.forEach((r, i) => {
      const target = posix.normalize(`${prefix}${r}`);
      listed.add(target);
      const exists = ctx.tree.files.has(target) || paths.some((p) => p.startsWith(`${target}/`));
      if (!exists) {
        ctx.report({ rule: "kustomization", component: k.component, file: k.file, field: `resources[${i}]`, problem: `lists ${r}, which does not exist in the tree`, fix: "remove the entry or add the file" });
      }
    });
    for (const p of paths) {
      if (!p.startsWith(prefix) || p === k.file || !isYaml(p) || p.slice(prefix.length).includes("/")) continue;
      if (!listed.has(p)) {
        ctx.report({ rule: "kustomization", component: k.component, file: k.file, field: "resources", problem: `does not list ${posix.basename(p)}: Flux would not apply it`, fix: `add ${posix.basename(p)} to resources, or delete the file` });
      }
    }
  }
}

function checkEmptyComponents(ctx: CheckContext): void {
  for (const k of ctx.tree.kustomizations.values()) {
    if (k.dir === FLUX_DIR) continue;
    if (k.resources.length === 0) {
      ctx.report({ rule: "empty-component", component: k.component, file: k.file, field: "resources", problem: "the kustomization has no resources: Flux would prune everything the component applied", fix: "give the component objects, or remove the component and its Flux Kustomization" });
    }
  }
  if (!ctx.tree.rendered) return;
  const withObjects = new Set(ctx.tree.manifests.map((m) => m.component));
  for (const dir of componentDirs(ctx)) {
    const name = dir.slice(COMPONENTS_DIR.length + 1);
    const k = ctx.tree.kustomizations.get(dir);
    if (!k) {
      ctx.report({ rule: "kustomization", component: name, file: `${dir}/kustomization.yaml`, field: "resources", problem: "is missing: Flux cannot build the folder", fix: "render the component with the cluster build, which writes the index" });
    } else if (k.resources.length > 0 && !withObjects.has(name)) {
      ctx.report({ rule: "empty-component", component: name, file: k.file, field: "resources", problem: "the component has no Kubernetes objects", fix: "give the component objects, or remove it" });
    }
  }
}

function componentDirs(ctx: CheckContext): string[] {
  const dirs = new Set<string>();
  for (const p of ctx.tree.files.keys()) {
    const parts = p.split("/");
    if (parts[0] === COMPONENTS_DIR && parts.length > 2) dirs.add(`${COMPONENTS_DIR}/${parts[1]}`);
  }
  return [...dirs].sort();
}

/** Flux Kustomizations point at existing component folders, and every component folder has one. */
function checkFluxPaths(ctx: CheckContext): void {
  const applied = new Set<string>();
  for (const m of ctx.index.kind("kustomize.toolkit.fluxcd.io", "Kustomization")) {
    const path = asString(get(m.object, "spec", "path"));
    if (path === undefined) continue;
    const dir = posix.normalize(path.replace(/^\.?\//, "")).replace(/\/$/, "");
    applied.add(dir);
    if (!ctx.tree.kustomizations.has(dir)) {
      ctx.report({ rule: "kustomization", at: m, field: "spec.path", problem: `path ${path} is not a folder of the tree with a kustomization.yaml`, fix: "point it at ./components/<component> of a rendered component" });
    }
  }
  for (const dir of componentDirs(ctx)) {
    if (!applied.has(dir)) {
      ctx.report({ rule: "kustomization", component: dir.slice(COMPONENTS_DIR.length + 1), file: `${dir}/kustomization.yaml`, field: "spec.path", problem: `no Flux Kustomization in ${FLUX_DIR}/ has spec.path ./${dir}: nothing applies the component`, fix: `add ${FLUX_DIR}/<component>.yaml for it (the cluster build writes one per component)` });
    }
  }
}
