import { defineConfig } from "vitest/config";

// A config of its own so `vitest run` in this folder does not pick up the workspace's.
export default defineConfig({ test: {} });
