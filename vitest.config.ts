import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// One vitest run over every workspace project (`./dev test`); each project also has its own
// `test` target (`vitest run` in its folder) for `nx affected -t test`.
export default defineConfig({
  test: {
    // Relative to where vitest runs: the root (everything) or a project folder (that project).
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", ".toolchain/**"],
    // CI machines are small and shared: integration tests start real servers and processes.
    // Two files at a time even on 2 cores: most of a file's time is spent waiting on the child
    // processes and servers it starts, so two overlap well (the default would be one here).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ["default", fileURLToPath(new URL("./vitest.summary-reporter.ts", import.meta.url))],
    // The workspace tests' shared set-up (a prepared workspace, one Verdaccio), made once per run
    // on the first test that asks for it: a run without workspace tests only opens a socket.
    globalSetup: [fileURLToPath(new URL("./tools/workspace-tests/test/global-setup.ts", import.meta.url))],
    // Its teardown stops Verdaccio and removes the prepared and released workspaces (hundreds of
    // MB of files): vitest's default 10 s would cut that off on a loaded machine and leak them.
    teardownTimeout: 120_000,
  },
});
