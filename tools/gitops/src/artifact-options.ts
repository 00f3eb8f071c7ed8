// Constants of the artifact commands' options and help, kept apart from the code that uses them:
// the CLI imports every command module to list them, and the OCI and Flux modules are loaded
// only when a command runs.

/** Overrides of the git metadata, for CI checkouts (detached HEAD, shallow clones) and tests. */
export const ENV = {
  source: "GITOPS_SOURCE",
  branch: "GITOPS_BRANCH",
  commit: "GITOPS_COMMIT",
  created: "GITOPS_CREATED",
} as const;

/** Options every registry-facing command takes. */
export const REGISTRY_FLAGS = { registry: "string", repository: "string", "plain-http": "boolean", retries: "string" } as const;

export const REGISTRY_HELP = `  --registry HOST      registry host[:port] (default: the cluster's artifact.registry)
  --repository REPO    repository (default: the cluster's artifact.repository)
  --plain-http         HTTP instead of HTTPS (automatic for 127.0.0.1/localhost)
  --retries N          retries of transient failures, with backoff (default 4)

Credentials: GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD (e.g. the Harbor robot
account robot$ci), else the entry for the registry in $REGISTRY_AUTH_FILE,
$XDG_RUNTIME_DIR/containers/auth.json or ~/.docker/config.json (docker/skopeo login, credential
helpers included), else anonymous. The registry's WWW-Authenticate challenge decides between
Basic and a Bearer token. Credentials are never printed.`;
