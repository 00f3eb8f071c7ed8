import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import type { Duration, OnePasswordField } from "@k8s-gitops/core";

/** A ClusterSecretStore an ExternalSecret can read from: obtained from the store component, never typed by hand. */
export interface SecretStoreRef {
  readonly kind: "ClusterSecretStore";
  readonly name: string;
}


export interface ExternalSecretOptions {
  name: string;
  namespace: string;
  store: SecretStoreRef;
  /** Key in the Kubernetes Secret -> the 1Password field it is filled from. */
  data: Readonly<Record<string, OnePasswordField>>;
  /** Name of the Secret to create (default: the ExternalSecret's name). */
  secretName?: string;
  refreshInterval?: Duration;
  /** Labels and annotations for the Secret, e.g. for reloader. */
  secretLabels?: Record<string, string>;
  secretAnnotations?: Record<string, string>;
}

/**
 * An ExternalSecret (external-secrets.io/v1) that materialises a Secret from 1Password: the
 * only way a secret enters a cluster. Data keys are sorted so the output does not depend on
 * how the record was built.
 */
export function externalSecret(o: ExternalSecretOptions): ExternalSecret {
  const keys = Object.keys(o.data).sort();
  const template =
    o.secretLabels || o.secretAnnotations
      ? { template: { metadata: { ...(o.secretLabels ? { labels: o.secretLabels } : {}), ...(o.secretAnnotations ? { annotations: o.secretAnnotations } : {}) } } }
      : {};
  return new ExternalSecret({
    metadata: { name: o.name, namespace: o.namespace },
    spec: {
      refreshInterval: o.refreshInterval ?? "1h",
      secretStoreRef: { kind: o.store.kind, name: o.store.name },
      target: { name: o.secretName ?? o.name, creationPolicy: "Owner", ...template },
      data: keys.map((secretKey) => {
        const field = o.data[secretKey]!;
        return { secretKey, remoteRef: { key: field.item, property: field.property } };
      }),
    },
  });
}
