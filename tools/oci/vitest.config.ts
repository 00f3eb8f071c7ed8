import { defineConfig } from "vitest/config";

// The integration suites start a real registry and run skopeo: give them time on a 2-core CI box.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
