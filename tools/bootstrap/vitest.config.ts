import { defineConfig } from "vitest/config";

// The tests run bash, kubectl kustomize and secretlint: give them time on a shared 2-core box.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
