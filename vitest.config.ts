import { defineConfig } from "vitest/config";

// One vitest run over every workspace project (`./dev test`); each project also has its own
// `test` target (`vitest run` in its folder) for `nx affected -t test`.
export default defineConfig({
  test: {
    include: ["{packages,clusters,tools}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    reporters: ["default", "./vitest.summary-reporter.ts"],
  },
});
