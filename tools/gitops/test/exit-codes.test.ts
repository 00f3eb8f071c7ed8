import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, createGzip, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FLUX_CONFIG, FLUX_CONTENT, imageFrom, manifestBytes, OCI_MANIFEST, sha256, writeLayout, writeTar, type ImageManifest } from "@k8s-gitops/oci";

// The documented exit codes (0 ok, 1 a finding, 2 usage) hold on hostile and empty input:
// never 3 with a stack trace, never a pass for what was not checked, never a password printed.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const TINY = join(ROOT, "tools/gitops/test/fixtures/tiny-cluster");
const GIT_ENV = { GITOPS_COMMIT: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", GITOPS_BRANCH: "main", GITOPS_CREATED: "2025-06-01T10:00:00Z" };

function gitops(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...GIT_ENV, ...env }, encoding: "utf8" });
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "exit-"));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

const noTrace = (stderr: string): void => {
  expect(stderr).not.toMatch(/internal error|^\s+at /m);
};

const CONFIGMAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: default\ndata:\n  x: y\n";

describe("gitops validate: exit 1 for a finding, 2 for what cannot be checked", () => {
  it("symlink loops, dangling symlinks and a file given as DIR are usage errors naming the path", () => {
    const loop = folder({ "a.yaml": CONFIGMAP });
    symlinkSync(join(loop, "sub"), join(loop, "sub2"));
    symlinkSync(join(loop, "sub2"), join(loop, "sub"));
    const dangling = folder({ "a.yaml": CONFIGMAP });
    symlinkSync(join(dangling, "gone.yaml"), join(dangling, "b.yaml"));
    const file = join(folder({ "a.yaml": CONFIGMAP }), "a.yaml");
    for (const [dir, message] of [
      [loop, /sub2? \(in .*\) is a symbolic link loop/],
      [dangling, /b\.yaml \(in .*\) is a dangling symbolic link/],
      [file, /a\.yaml is a file, not a folder/],
    ] as const) {
      const r = gitops(["validate", dir, "--no-secrets"]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      noTrace(r.stderr);
    }
  });

  it("a YAML alias bomb is a finding, fast", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const bomb = folder({ "bomb.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n${levels.join("\n")}\n` });
    const started = Date.now();
    const r = gitops(["validate", bomb, "--no-secrets"]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/bomb\.yaml.*(alias|cannot be read)/i);
    expect(Date.now() - started).toBeLessThan(30_000);
    noTrace(r.stderr);
  });

  it("an empty folder, READMEs and images, a lone '---' and an empty dist/tree exit 2 with a message", () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const emptyTree = mkdtempSync(join(tmpdir(), "cluster-"));
    mkdirSync(join(emptyTree, "dist/tree"), { recursive: true });
    writeFileSync(join(emptyTree, "package.json"), "{}");
    for (const args of [
      [folder({})],
      [folder({ "README.md": "# docs\n", "logo.png": png })],
      [folder({ "only.yaml": "---\n" })],
      ["--cluster", emptyTree],
    ]) {
      const r = gitops(["validate", ...args, "--no-secrets"]);
      expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/nothing to validate: \d+ files?, no Kubernetes object/);
      noTrace(r.stderr);
    }
  });

  it("reads .json manifests instead of skipping them", () => {
    const bad = folder({ "cm.json": JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a", namespace: "default" }, data: { x: 1 } }) });
    const r = gitops(["validate", bad, "--no-secrets", "--json"]);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { results: { objects: number; findings: { file?: string; field?: string }[] }[] };
    expect(report.results[0]?.objects).toBe(1);
    expect(report.results[0]?.findings.some((f) => f.file === "cm.json" && f.field === "data.x")).toBe(true);
  });
});

describe("registry flags: usage errors, and never a password", () => {
  it("--registry https://host, user:pass@host and --repository 'Bad Repo' exit 2 without a stack trace or the password", () => {
    const password = "S3cret-Pa55word-xyz";
    const cases: [string[], RegExp][] = [
      [["--registry", "https://harbor.example.com"], /--registry takes host\[:port\], not a URL: write --registry harbor\.example\.com/],
      [["--registry", `robot:${password}@harbor.example.com`], /carries credentials \(not shown\)/],
      [["--registry", `https://robot:${password}@harbor.example.com/x`], /carries credentials \(not shown\)/],
      [["--registry", "harbor.example.com", "--repository", "Bad Repo"], /--repository "Bad Repo" is not a repository name/],
    ];
    for (const [flags, message] of cases) {
      for (const command of ["push", "diff"]) {
        const r = gitops([command, "--cluster", TINY, "--unsigned", ...flags].filter((a) => command === "push" || a !== "--unsigned"));
        expect(r.status, `${command} ${flags.join(" ")}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toContain(password);
        expect(r.stdout).not.toContain(password);
        noTrace(r.stderr);
      }
    }
  });
});

/** An OCI layout holding one Flux artifact whose content layer is `layer`, as a hostile party could make it. */
function hostileLayout(layer: Uint8Array): string {
  const config = Buffer.from("{}");
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: FLUX_CONFIG, digest: sha256(config), size: config.length },
    layers: [{ mediaType: FLUX_CONTENT, digest: sha256(layer), size: layer.length }],
    annotations: { "io.k8s-gitops.cluster": "tiny" },
  };
  const blobs = new Map([[manifest.config.digest, config], [manifest.layers[0]!.digest, layer]]);
  const image = imageFrom(manifestBytes(manifest), (d) => blobs.get(d.digest) ?? new Uint8Array(), "hostile");
  const dir = mkdtempSync(join(tmpdir(), "hostile-"));
  writeLayout(dir, image, ["tiny"]);
  return dir;
}

/** gzip of a tar whose one member is `size` zero bytes, streamed so the test never holds it. */
async function gzipBomb(size: number): Promise<Buffer> {
  const header = writeTar(new Map([["components/x/big.yaml", new Uint8Array(0)]])).subarray(0, 512);
  // Patch the size field (octal, 11 digits + NUL) and the checksum of the header.
  const h = Buffer.from(header);
  h.write(`${size.toString(8).padStart(11, "0")}\0`, 124, "ascii");
  h.write("        ", 148, "ascii");
  const sum = h.reduce((a, b) => a + b, 0);
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  const gz = createGzip({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  gz.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => gz.on("end", r));
  gz.write(h);
  const zeros = Buffer.alloc(16 * 1024 * 1024);
  for (let written = 0; written < size; written += zeros.length) {
    if (!gz.write(zeros)) await new Promise((r) => gz.once("drain", r));
  }
  gz.end(Buffer.alloc(1024));
  await done;
  return Buffer.concat(chunks);
}

describe("gitops diff on a hostile artifact: exit 2, naming the artifact and the file", () => {
  it("a layer that is not gzip, and one holding a binary file, name what failed", () => {
    const notGzip = hostileLayout(Buffer.from("this is not gzip"));
    const r1 = gitops(["diff", "--cluster", TINY, "--against-layout", notGzip]);
    expect(r1.status, r1.stderr).toBe(2);
    expect(r1.stderr).toMatch(new RegExp(`OCI layout ${notGzip}.*content layer sha256:[0-9a-f]{64} is not gzip data`));
    noTrace(r1.stderr);

    const binary = hostileLayout(Buffer.from(gzipSyncOf(writeTar(new Map([["components/x/a.yaml", Buffer.from([0xff, 0xfe, 0x00, 0x01])]])))));
    const r2 = gitops(["diff", "--cluster", TINY, "--against-layout", binary]);
    expect(r2.status, r2.stderr).toBe(2);
    expect(r2.stderr).toMatch(/file components\/x\/a\.yaml is not UTF-8 text/);
    expect(r2.stderr).toContain(binary);

    const notYaml = hostileLayout(Buffer.from(gzipSyncOf(writeTar(new Map([["components/x/a.yaml", "key: [unclosed\n  - : :\n"]])))));
    const r3 = gitops(["diff", "--cluster", TINY, "--against-layout", notYaml]);
    expect(r3.status, r3.stderr).toBe(2);
    expect(r3.stderr).toMatch(/file components\/x\/a\.yaml is not valid YAML/);
  });

  it("a 1 MB layer holding a 1 GiB member fails fast under --max-size, and too many files under --max-files", { timeout: 120_000 }, async () => {
    const bombLayer = await gzipBomb(1024 ** 3);
    expect(bombLayer.length).toBeLessThan(2 * 1024 * 1024);
    const bomb = hostileLayout(bombLayer);
    const started = Date.now();
    const r = gitops(["diff", "--cluster", TINY, "--against-layout", bomb]);
    const took = Date.now() - started;
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/decompresses to more than 268435456 bytes \(the limit, --max-size\)/);
    expect(took).toBeLessThan(30_000);

    const many = new Map(Array.from({ length: 50 }, (_, i) => [`components/x/f${i}.yaml`, "a: 1\n"] as const));
    const crowded = hostileLayout(Buffer.from(gzipSyncOf(writeTar(many))));
    const r2 = gitops(["diff", "--cluster", TINY, "--against-layout", crowded, "--max-files", "10"]);
    expect(r2.status, r2.stderr).toBe(2);
    expect(r2.stderr).toMatch(/more than 10 files \(the limit, --max-files\)/);
  });
});

function gzipSyncOf(data: Uint8Array): Buffer {
  // node:zlib is fine here: these layers only need to be gzip, not reproducible.
  return gzipSync(data);
}
