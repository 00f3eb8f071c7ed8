import { defineConfig } from "vitest/config";

// One vitest run over every workspace project (`./dev test`); each project also has its own
// `test` target for `nx affected -t test`.
export default defineConfig({
  test: {
    projects: ["packages/*", "packages/*/*", "clusters/*", "tools/*"],
    reporters: ["default", "./vitest.summary-reporter.ts"],
  },
});
