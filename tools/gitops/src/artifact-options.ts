// Constants of the artifact commands' options and help, kept apart from the code that uses them:
// the CLI imports every command module to list them, and the OCI and Flux modules are loaded
// only when a command runs.

/** The build's validation record, beside the tree and the layout in dist/ (see record.ts). */
export const VALIDATION_FILE = "validation.json";

/** Overrides of the git metadata, for CI checkouts (detached HEAD, shallow clones) and tests. */
export const ENV = {
  source: "GITOPS_SOURCE",
  branch: "GITOPS_BRANCH",
  commit: "GITOPS_COMMIT",
  created: "GITOPS_CREATED",
} as const;

/** Where push finds the key it signs with: the PEM itself, or a file holding it. */
export const SIGNING_ENV = {
  key: "GITOPS_SIGNING_KEY",
  keyFile: "GITOPS_SIGNING_KEY_FILE",
} as const;

/** Options every registry-facing command takes. */
export const REGISTRY_FLAGS = { registry: "string", repository: "string", "plain-http": "boolean", retries: "string", timeout: "string" } as const;

/** The registry part of a command may take this long, retries included, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT = "10m";

export const REGISTRY_HELP = `  --registry HOST      registry host[:port] (default: the cluster's artifact.registry)
  --repository REPO    repository (default: the cluster's artifact.repository)
  --plain-http         HTTP instead of HTTPS (automatic for 127.0.0.1/localhost)
  --retries N          retries of transient failures, with backoff (default 4)
  --timeout DURATION   total time for the registry part, retries included: 90s, 10m (default 10m)

Credentials: GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD (e.g. the Harbor robot
account robot$ci), else the entry for the registry in $REGISTRY_AUTH_FILE,
$XDG_RUNTIME_DIR/containers/auth.json or ~/.docker/config.json (docker/skopeo login, credential
helpers included), else anonymous. The registry's WWW-Authenticate challenge decides between
Basic and a Bearer token. Credentials are never printed.`;
