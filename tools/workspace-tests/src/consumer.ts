import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type RunResult } from "./run.ts";

/** The script another team would write (it renders a cluster of its own), relative to this package. */
export const CONSUMER_SCRIPT = "fixtures/consumer/render.ts";
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * A project outside the workspace (its own temp dir, no pnpm-workspace.yaml above it) that
 * depends on published @k8s-gitops packages: the scope comes from the given registry, every
 * other package from the registry the machine normally uses.
 */
export class ConsumerProject {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * `imports` (package names): each is imported by imports.ts as another team's code would, which
   * prints how many exports each has; tsc checks it with render.ts.
   */
  static create(o: { dependencies: Record<string, string>; devDependencies: Record<string, string>; npmrc: string; imports?: readonly string[] }): ConsumerProject {
    const dir = mkdtempSync(join(tmpdir(), "k8s-gitops-consumer-"));
    const pkg = { name: "team-cluster", version: "1.0.0", private: true, type: "module", dependencies: o.dependencies, devDependencies: o.devDependencies };
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    writeFileSync(join(dir, ".npmrc"), o.npmrc);
    // Strict, and skipLibCheck off: an unresolved import in a published .d.ts is an error here
    // instead of silently turning a type into any.
    const tsconfig = {
      compilerOptions: {
        target: "ES2023",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ["node"],
      },
      include: ["render.ts", "imports.ts"],
    };
    const imports = o.imports ?? [];
    writeFileSync(
      join(dir, "imports.ts"),
      [
        ...imports.map((name, i) => `import * as p${i} from ${JSON.stringify(name)};`),
        `const exports: Record<string, number> = {${imports.map((name, i) => ` ${JSON.stringify(name)}: Object.keys(p${i}).length`).join(",")} };`,
        "process.stdout.write(JSON.stringify(exports));",
        "",
      ].join("\n"),
    );
    writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
    copyFileSync(join(PACKAGE_ROOT, CONSUMER_SCRIPT), join(dir, "render.ts"));
    return new ConsumerProject(dir);
  }

  /** pnpm install; third-party packages come from the shared store when they are in it. */
  install(): Promise<RunResult> {
    return run("pnpm", ["install", "--prefer-offline", "--reporter=append-only"], { cwd: this.dir, timeoutMs: 600_000 });
  }

  typecheck(): Promise<RunResult> {
    return run("pnpm", ["exec", "tsc", "-p", "tsconfig.json"], { cwd: this.dir, allowFailure: true });
  }

  /** Runs render.ts with plain node (type stripping): the packages' own code must be JavaScript. */
  render(outDir: string): Promise<RunResult> {
    return run(process.execPath, ["render.ts", outDir], { cwd: this.dir });
  }

  /** Runs imports.ts with plain node: prints {package: number of exports}. */
  imports(): Promise<RunResult> {
    return run(process.execPath, ["imports.ts"], { cwd: this.dir });
  }

  async remove(): Promise<void> {
    if (!process.env.WORKSPACE_TESTS_KEEP) await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
