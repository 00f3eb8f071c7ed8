import { createHash } from "node:crypto";
import { toYaml } from "@k8s-gitops/core";

/**
 * The subset of Distribution's configuration file this package writes, hand-written: upstream
 * ships no schema for it (docs/content/about/configuration.md at the pinned tag is the reference).
 * A type alias, not an interface, so it is a plain object core's `toYaml` takes as it is.
 */
export type RegistryConfig = {
  version: "0.1";
  log: { level: "error" | "warn" | "info" | "debug"; formatter: "text" | "json" | "logstash"; accesslog: { disabled: boolean } };
  storage: {
    filesystem: { rootdirectory: string };
    delete: { enabled: boolean };
    cache: { blobdescriptor: "inmemory" };
    maintenance: { uploadpurging: { enabled: boolean; age: string; interval: string; dryrun: boolean } };
  };
  auth: { htpasswd: { realm: string; path: string } };
  http: {
    addr: string;
    host: `https://${string}`;
    draintimeout: string;
    headers: { [header: string]: string[] };
    debug: { addr: string; prometheus: { enabled: boolean; path: string } };
  };
  health: { storagedriver: { enabled: boolean; interval: string; threshold: number } };
};

/** Where the container finds its files; the registry's own defaults where they are. */
export const PATHS = {
  config: "/etc/distribution",
  configFile: "/etc/distribution/config.yml",
  htpasswdDir: "/etc/distribution-auth",
  htpasswdFile: "/etc/distribution-auth/htpasswd",
  data: "/var/lib/registry",
} as const;

export interface ConfigOptions {
  /** The name clients use, behind the gateway that terminates TLS. */
  host: string;
  httpPort: number;
  metricsPort: number;
  deleteEnabled: boolean;
  realm: string;
}

/**
 * The registry's configuration. Behind the gateway the registry sees plain HTTP: `http.host`
 * makes the Location headers of uploads https://<host>/... instead of what the request looked
 * like. The debug server (metrics, /debug/health) listens on its own port, which the route does
 * not reach.
 */
export function registryConfig(o: ConfigOptions): RegistryConfig {
  return {
    version: "0.1",
    log: { level: "info", formatter: "json", accesslog: { disabled: false } },
    storage: {
      filesystem: { rootdirectory: PATHS.data },
      delete: { enabled: o.deleteEnabled },
      cache: { blobdescriptor: "inmemory" },
      // Uploads a client abandoned (a push cut off mid-way) are removed after a week.
      maintenance: { uploadpurging: { enabled: true, age: "168h", interval: "24h", dryrun: false } },
    },
    // The file is read once, at start: a new user needs a new pod (Reloader rolls it).
    auth: { htpasswd: { realm: o.realm, path: PATHS.htpasswdFile } },
    http: {
      addr: `:${o.httpPort}`,
      host: `https://${o.host}`,
      draintimeout: "30s",
      headers: { "X-Content-Type-Options": ["nosniff"] },
      debug: { addr: `:${o.metricsPort}`, prometheus: { enabled: true, path: "/metrics" } },
    },
    // Readiness (GET / on the registry port) answers 503 while the volume fails this check.
    health: { storagedriver: { enabled: true, interval: "10s", threshold: 3 } },
  };
}

/** The configuration file's text and its digest, for the pod annotation that rolls the pod on a change. */
export function configFile(c: RegistryConfig): { text: string; digest: string } {
  const text = toYaml(c);
  return { text, digest: createHash("sha256").update(text).digest("hex") };
}
