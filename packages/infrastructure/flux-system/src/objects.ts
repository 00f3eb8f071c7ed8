import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1";
import { OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { FLUX_DIR } from "@k8s-gitops/core";
import { FLUX_CONTENT_LAYER, type ResolvedFlux, type RobotAccount } from "./options.ts";

/** Flux must never garbage-collect its own source and root: losing them stops all delivery. */
const KEEP = { "kustomize.toolkit.fluxcd.io/prune": "disabled" };
const LABELS = (r: ResolvedFlux): Record<string, string> => ({ "app.kubernetes.io/managed-by": "k8s-gitops", "k8s-gitops.io/cluster": r.cluster });

/** The OCIRepository that pulls the cluster's artifact from Harbor at the followed tag. */
export function artifactSource(r: ResolvedFlux): OCIRepository {
  return new OCIRepository({
    metadata: { name: r.name, namespace: r.namespace, labels: LABELS(r), annotations: KEEP },
    spec: {
      interval: r.interval,
      url: r.url,
      ref: { tag: r.tag },
      // Only the content layer, extracted: the artifact's root holds flux/ and components/.
      layerSelector: { mediaType: FLUX_CONTENT_LAYER, operation: "extract" },
      secretRef: { name: r.pullSecretName },
      // Only an artifact signed with the pipeline's key is applied (cosign, key in the Secret's cosign.pub).
      verify: { provider: "cosign", secretRef: { name: r.verifySecretName } },
    },
  });
}

/** The signing public key Flux verifies with, kept in sync from 1Password (Orphan, like the pull secret). */
export function verifyKeySecret(r: ResolvedFlux & { robotAccount: RobotAccount }, key: { item: string; property: string }): ExternalSecret {
  return new ExternalSecret({
    metadata: { name: r.verifySecretName, namespace: r.namespace, labels: LABELS(r) },
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { kind: "ClusterSecretStore", name: r.robotAccount.store },
      target: { name: r.verifySecretName, creationPolicy: "Orphan" },
      data: [{ secretKey: "cosign.pub", remoteRef: { key: key.item, property: key.property } }],
    },
  });
}

/** The root Kustomization: applies ./flux of the artifact, one Kustomization per component. */
export function rootKustomization(r: ResolvedFlux): Kustomization {
  return new Kustomization({
    metadata: { name: r.name, namespace: r.namespace, labels: LABELS(r), annotations: KEEP },
    spec: {
      interval: r.kustomizationInterval,
      retryInterval: "1m",
      timeout: "5m",
      path: `./${FLUX_DIR}`,
      prune: true,
      wait: false,
      sourceRef: { kind: "OCIRepository", name: r.name },
    },
  });
}

/**
 * The robot account's pull secret, kept in sync from 1Password. Orphan: the Secret outlives the
 * ExternalSecret (Flux still needs it if this object is ever deleted) and the one created by
 * hand on day zero is taken over in place.
 */
export function registryPullSecret(r: ResolvedFlux & { robotAccount: RobotAccount }): ExternalSecret {
  const auth = `{"auths":{"${r.registry}":{"username":"{{ .username }}","password":"{{ .password }}","auth":"{{ printf "%s:%s" .username .password | b64enc }}"}}}`;
  return new ExternalSecret({
    metadata: { name: r.pullSecretName, namespace: r.namespace, labels: LABELS(r) },
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { kind: "ClusterSecretStore", name: r.robotAccount.store },
      target: {
        name: r.pullSecretName,
        creationPolicy: "Orphan",
        template: { type: "kubernetes.io/dockerconfigjson", engineVersion: "v2", data: { ".dockerconfigjson": auth } },
      },
      data: [
        { secretKey: "username", remoteRef: { key: r.robotAccount.item, property: "username" } },
        { secretKey: "password", remoteRef: { key: r.robotAccount.item, property: "password" } },
      ],
    },
  });
}
