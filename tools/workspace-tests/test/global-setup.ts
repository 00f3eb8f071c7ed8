import type { TestProject } from "vitest/node";
import { startFixtureServer } from "../src/fixture-server.ts";

/**
 * vitest globalSetup (see the root vitest.config.ts): starts the shared set-up's endpoint for the
 * run and stops it, with the Verdaccio and the prepared workspace it made, at the end. Nothing
 * expensive happens here unless a workspace test asks for it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startFixtureServer();
  project.provide("workspaceFixtures", server.url);
  return () => server.close();
}
