// @ts-check
// The launcher: runs the CLI from a bundle of its sources (esbuild, ESM, split into chunks that
// load when a command needs them), made on first use and kept under node_modules/.cache, keyed by
// the content of every file that went into it.
//
// Why: run from source, a command loads ~2,700 modules (2,280 of them kubernetes-models files,
// reached through the barrels the packages import), and that loading, not the render, was three
// quarters of a build. One bundle holds only what is used, in a few files. The bundle is the same
// code: a build gives the same bytes and digests from it as from source (build.test.ts holds it).
//
// The bundle of a cluster package (the one `--cluster` or the working folder names) holds the CLI
// and, as a chunk loaded only by the commands that render, the cluster's modules; it lives in
// <cluster>/node_modules/.cache/gitops-cli. Without a cluster package the CLI's own bundle is used
// (tools/gitops/node_modules/.cache/gitops-cli). A folder without node_modules (a test fixture)
// and GITOPS_BUNDLE=0 run from source with tsx.
//
// Freshness: the cache key is the sha256 of every input (each file esbuild read, the package.json
// files that steer resolution, the lockfile, esbuild and this launcher) and of the entry. A run
// stats the workspace's inputs (a few milliseconds); a changed mtime is confirmed by the content
// hash, so a checkout that only touches files does not rebundle. Files in node_modules/.pnpm
// (about 2,300 of 2,900) are not stat'ed: pnpm's store holds each version's files unchanged, so
// the lockfile stands for them (a hand edit there is not seen: GITOPS_BUNDLE=0 or remove the cache).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { clusterOfArgs, commandFiles } from "./paths.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI_DIR = resolve(HERE, "..");
const CACHE = "node_modules/.cache/gitops-cli";
/** Bumped when the bundle's shape changes, so every old cache is made again. */
const FORMAT = 2;
/** Bundles other than the current one are removed once they are this old (a running process may still load their chunks). */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/**
 * @typedef {[path: string, size: number, mtimeMs: number, sha256: string]} Input
 * @typedef {{ format: number, key: string, source: string, dir: string, entry: string, inputs: Input[] }} Manifest
 *   `source` is the entry's source; `inputs` the files a run checks (not the locked ones)
 * @typedef {{ cacheDir: string, source: string }} Plan
 * @typedef {{ run(argv: string[], registerTs: () => Promise<void>): Promise<number> }} BundleEntry
 */

/** Runs the CLI with `argv`, from the bundle when there is one to use, else from source. */
export async function launch(/** @type {string[]} */ argv) {
  const entry = process.env.GITOPS_BUNDLE === "0" ? undefined : await bundleFor(clusterOfArgs(argv));
  if (entry) {
    /** @type {BundleEntry} */
    const bundle = await import(pathToFileURL(entry).href);
    return bundle.run(argv, registerTs);
  }
  await registerTs();
  const { main } = await import("../src/cli.ts");
  return main(argv);
}

/** Lets Node import the TypeScript sources (the unbundled path, and a source the bundle lacks). */
export async function registerTs() {
  const { register } = await import("tsx/esm/api");
  register();
}

/**
 * The bundle's entry file for this cluster package (or for the CLI alone), made now if the cache
 * is missing or stale; undefined when it cannot be kept (no node_modules) or made.
 * @param {string | undefined} cluster
 * @returns {Promise<string | undefined>}
 */
export async function bundleFor(cluster) {
  const plan = planFor(cluster);
  if (!plan) return undefined;
  const manifest = readManifest(plan.cacheDir);
  if (manifest && manifest.source === plan.source && fresh(plan.cacheDir, manifest)) {
    return join(plan.cacheDir, manifest.dir, manifest.entry);
  }
  try {
    return await makeBundle(plan);
  } catch (err) {
    // The bundle is an optimisation: anything that stops it (a syntax error the source run
    // reports better, a full disk) leaves the source run, which is always right.
    if (!process.env.GITOPS_QUIET) process.stderr.write(`gitops: running from source (no bundle: ${whyNot(err)})\n`);
    return undefined;
  }
}

/** The first line of what stopped a bundle: esbuild's first error with its file, else the message. @param {unknown} err */
function whyNot(err) {
  /** @type {{ text?: string, location?: { file?: string, line?: number } | null }[] | undefined} */
  const errors = err && typeof err === "object" && "errors" in err && Array.isArray(err.errors) ? err.errors : undefined;
  const first = errors?.[0];
  if (first?.text) return `${first.location?.file ? `${first.location.file}:${first.location.line}: ` : ""}${first.text}`;
  return err instanceof Error ? (err.message.split("\n")[0] ?? err.message) : String(err);
}

/**
 * Where the bundle lives and its entry's source: the CLI's commands, and the cluster's entry and
 * values as modules to import on demand.
 * @param {string | undefined} cluster
 * @returns {Plan | undefined}
 */
export function planFor(cluster) {
  const home = cluster ?? CLI_DIR;
  if (!existsSync(join(home, "node_modules"))) return undefined;
  const modules = cluster ? [join(cluster, "src/index.ts"), join(cluster, "values/values.ts")].filter((f) => existsSync(f)) : [];
  const commands = commandFiles();
  const source = [
    `import { main } from ${JSON.stringify(join(CLI_DIR, "src/cli.ts"))};`,
    `import { provideBundled } from ${JSON.stringify(join(CLI_DIR, "src/runtime.ts"))};`,
    ...commands.map((f, i) => `import * as c${i} from ${JSON.stringify(f)};`),
    `const modules = {`,
    ...modules.map((f) => `  ${JSON.stringify(f)}: () => import(${JSON.stringify(f)}),`),
    `};`,
    `export async function run(argv, registerTs) {`,
    `  provideBundled(modules, registerTs);`,
    `  return main(argv, [${commands.map((_, i) => `c${i}`).join(", ")}]);`,
    `}`,
    ``,
  ].join("\n");
  return { cacheDir: join(home, CACHE), source };
}

/** @param {string} cacheDir @returns {Manifest | undefined} */
function readManifest(cacheDir) {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, "manifest.json"), "utf8"));
    return m.format === FORMAT && Array.isArray(m.inputs) ? m : undefined;
  } catch {
    return undefined;
  }
}

// node:crypto is required when a hash is needed, not imported: its ES import loads WebCrypto,
// a few milliseconds every run of the CLI would pay for nothing.
const requireBuiltin = createRequire(import.meta.url);

/** @param {string | Buffer} data */
function sha256(data) {
  /** @type {typeof import("node:crypto")} */
  const crypto = requireBuiltin("node:crypto");
  return crypto.createHash("sha256").update(data).digest("hex");
}

function randomSuffix() {
  /** @type {typeof import("node:crypto")} */
  const crypto = requireBuiltin("node:crypto");
  return crypto.randomBytes(4).toString("hex");
}

/**
 * The cache key: the entry's source, the bundle options (FORMAT, this file is an input) and every
 * input's content.
 * @param {string} source @param {readonly Input[]} inputs
 */
function keyOf(source, inputs) {
  return sha256(`gitops-cli bundle ${FORMAT}\n${source}\n${inputs.map(([path, , , hash]) => `${path}\0${hash}\n`).join("")}`);
}

/** Files pnpm's store holds per version, unchanged unless the lockfile changes. @param {string} path */
function locked(path) {
  return path.includes(`${sep}node_modules${sep}.pnpm${sep}`);
}

/**
 * Whether every input is as recorded. A file whose mtime moved but whose content did not (a
 * checkout, a touch) still counts as fresh, and the manifest learns its new mtime.
 * @param {string} cacheDir @param {Manifest} manifest
 */
function fresh(cacheDir, manifest) {
  if (!existsSync(join(cacheDir, manifest.dir, manifest.entry))) return false;
  let touched = false;
  for (const input of manifest.inputs) {
    const [path, size, mtimeMs, hash] = input;
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st || st.size !== size) return false;
    if (st.mtimeMs === mtimeMs) continue;
    if (sha256(readFileSync(path)) !== hash) return false;
    input[2] = st.mtimeMs;
    touched = true;
  }
  if (touched) writeAtomic(join(cacheDir, "manifest.json"), JSON.stringify(manifest));
  return true;
}

/** @param {string} file @param {string} text */
function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.${randomSuffix()}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

const LOADERS = /** @type {const} */ ({ ".ts": "ts", ".mts": "ts", ".cts": "ts", ".js": "js", ".mjs": "js", ".cjs": "js", ".json": "json" });

/**
 * A module's own location where it asks for it: `import.meta.url` (and .dirname, .filename)
 * becomes the source file's, so `new URL("./generated/x.json", import.meta.url)` still finds the
 * file beside the source, not beside the bundle.
 * @param {string} text @param {string} path
 */
function located(text, path) {
  let out = text;
  if (out.includes("import.meta.")) {
    out = out
      .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href))
      .replaceAll("import.meta.dirname", JSON.stringify(dirname(path)))
      .replaceAll("import.meta.filename", JSON.stringify(path));
  }
  // CommonJS code reads __dirname and __filename (emscripten's loaders find their .wasm with
  // them); an ES module bundle has neither, so the module gets its own, declared after any
  // directive prologue ("use strict" must stay first to keep its meaning).
  const free = ["__dirname", "__filename"].filter((name) => new RegExp(`\\b${name}\\b`).test(out) && !new RegExp(`\\b(?:var|let|const|function)\\s+${name}\\b`).test(out));
  if (free.length === 0) return out;
  const values = { __dirname: dirname(path), __filename: path };
  const declaration = `var ${free.map((name) => `${name} = ${JSON.stringify(values[/** @type {"__dirname" | "__filename"} */ (name)])}`).join(", ")};`;
  const prologue = /^(?:#![^\n]*\n)?(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:(["'])use strict\1;?)?/.exec(out)?.[0] ?? "";
  return `${out.slice(0, prologue.length)}${declaration}${out.slice(prologue.length)}`;
}

/**
 * Bundles the plan's entry into a new folder of the cache and records its inputs. Concurrent
 * launchers may both bundle; each writes its own folder and the manifest is replaced atomically,
 * so a reader always finds a complete bundle.
 * @param {Plan} plan
 * @returns {Promise<string>}
 */
export async function makeBundle(plan) {
  const esbuild = await import("esbuild");
  /** @type {Map<string, string>} */
  const hashes = new Map();
  mkdirSync(plan.cacheDir, { recursive: true });
  const tmp = join(plan.cacheDir, `.tmp-${process.pid}-${randomSuffix()}`);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: { entry: "gitops:entry" },
      absWorkingDir: CLI_DIR,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node22",
      outdir: tmp,
      outExtension: { ".js": ".mjs" },
      chunkNames: "chunks/[name]-[hash]",
      // No keepNames: it wraps every function the code creates, loops' closures included, in a
      // call (~0.4 s of a build). The code never reads a function's or class's own name (error
      // classes set \`name\` explicitly); the digest test holds the output identical.
      metafile: true,
      logLevel: "silent",
      // The sources' own settings (tsconfig.base.json) that change emitted code, given here so no
      // tsconfig file is read (and none needs to be a cache input).
      tsconfigRaw: { compilerOptions: { target: "ES2023", useDefineForClassFields: true, verbatimModuleSyntax: true } },
      // CommonJS dependencies require Node's built-ins; an ES module has no `require` of its own.
      banner: { js: `import { createRequire as __gitopsCreateRequire } from "node:module";\nconst require = __gitopsCreateRequire(import.meta.url);` },
      plugins: [
        {
          name: "gitops-sources",
          setup(build) {
            build.onResolve({ filter: /^gitops:entry$/ }, () => ({ path: "entry", namespace: "gitops" }));
            build.onLoad({ filter: /.*/, namespace: "gitops" }, () => ({ contents: plan.source, resolveDir: CLI_DIR, loader: "js" }));
            build.onLoad({ filter: /\.(?:[cm]?[jt]s|json)$/, namespace: "file" }, (args) => {
              const bytes = readFileSync(args.path);
              hashes.set(args.path, sha256(bytes));
              const ext = /** @type {keyof typeof LOADERS} */ (args.path.slice(args.path.lastIndexOf(".")));
              return { contents: located(bytes.toString("utf8"), args.path), loader: LOADERS[ext] };
            });
          },
        },
      ],
    });
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    await esbuild.stop();
  }
  const inputs = inputsOf(Object.keys(result.metafile.inputs), hashes);
  const key = keyOf(plan.source, inputs);
  const dir = key.slice(0, 24);
  const target = join(plan.cacheDir, dir);
  try {
    renameSync(tmp, target);
  } catch (err) {
    // Another launcher made the same bundle first: the same inputs, the same bytes; keep theirs.
    if (!existsSync(join(target, "entry.mjs"))) throw err;
    rmSync(tmp, { recursive: true, force: true });
  }
  /** @type {Manifest} */
  const manifest = { format: FORMAT, key, source: plan.source, dir, entry: "entry.mjs", inputs: inputs.filter(([path]) => !locked(path)) };
  writeAtomic(join(plan.cacheDir, "manifest.json"), JSON.stringify(manifest));
  prune(plan.cacheDir, dir);
  return join(target, "entry.mjs");
}

/**
 * Every file the bundle depends on: what esbuild read, the package.json that governs each (its
 * exports and type steer resolution), the lockfile, esbuild itself and this launcher.
 * @param {string[]} metafileInputs paths relative to CLI_DIR (namespaced ones are virtual)
 * @param {Map<string, string>} hashes
 * @returns {Input[]}
 */
function inputsOf(metafileInputs, hashes) {
  const files = new Set();
  for (const rel of metafileInputs) if (!/^[a-z-]+:/.test(rel)) files.add(resolve(CLI_DIR, rel));
  /** @type {Map<string, string | undefined>} */
  const manifests = new Map();
  for (const file of [...files]) {
    const pkg = packageJsonOf(dirname(file), manifests);
    if (pkg) files.add(pkg);
  }
  const lock = findUp(CLI_DIR, "pnpm-lock.yaml");
  if (lock) files.add(lock);
  files.add(requireBuiltin.resolve("esbuild/package.json"));
  files.add(fileURLToPath(import.meta.url));
  return [...files].sort().map((path) => {
    const st = statSync(path);
    return /** @type {Input} */ ([path, st.size, st.mtimeMs, hashes.get(path) ?? sha256(readFileSync(path))]);
  });
}

/** @param {string} dir @param {Map<string, string | undefined>} seen @returns {string | undefined} */
function packageJsonOf(dir, seen) {
  if (seen.has(dir)) return seen.get(dir);
  const own = join(dir, "package.json");
  const parent = dirname(dir);
  const found = existsSync(own) ? own : parent === dir ? undefined : packageJsonOf(parent, seen);
  seen.set(dir, found);
  return found;
}

/** @param {string} dir @param {string} name @returns {string | undefined} */
function findUp(dir, name) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, name))) return join(d, name);
    if (dirname(d) === d) return undefined;
  }
}

/** Removes the cache's other bundles and leftovers once they are old enough that no run still reads them. @param {string} cacheDir @param {string} keep */
function prune(cacheDir, keep) {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    if (name === keep || name === "manifest.json") continue;
    const path = join(cacheDir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st && now - st.mtimeMs > PRUNE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
}
