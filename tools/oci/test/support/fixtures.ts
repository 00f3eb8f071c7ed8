import { createHash } from "node:crypto";
import type { ArtifactMetadata } from "../../src/index.ts";

/** Deterministic pseudo-random bytes (SHA-256 in counter mode): incompressible, same every run. */
export function pseudoRandom(seed: string, length: number): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0, n = 0; n < length; i++, n += 32) chunks.push(createHash("sha256").update(`${seed}:${i}`).digest());
  return Buffer.concat(chunks).subarray(0, length);
}

const kustomization = (resources: string[]): string =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources.map((r) => `  - ${r}\n`).join("")}`;

/**
 * A tree shaped like a rendered cluster (flux/ and components/<name>/ with kustomization.yaml
 * files), with a ConfigMap of `bulk` incompressible bytes so the layer is big enough to be cut
 * mid-upload.
 */
export function sampleTree(o: { seed?: string; bulk?: number; replicas?: number } = {}): Map<string, string> {
  const seed = o.seed ?? "sample";
  const files = new Map<string, string>();
  files.set("flux/kustomization.yaml", kustomization(["app.yaml"]));
  files.set(
    "flux/app.yaml",
    `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: app
  namespace: flux-system
spec:
  interval: 10m
  path: ./components/app
  prune: true
  sourceRef:
    kind: OCIRepository
    name: flux-system
`,
  );
  files.set("components/app/kustomization.yaml", kustomization(["configmap-bulk.yaml", "deployment-app.yaml", "namespace-app.yaml"]));
  files.set("components/app/namespace-app.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: app\n");
  files.set(
    "components/app/deployment-app.yaml",
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: app
spec:
  replicas: ${o.replicas ?? 2}
  selector:
    matchLabels:
      app: app
  template:
    metadata:
      labels:
        app: app
    spec:
      containers:
        - name: app
          image: ghcr.io/example/app:1.0.0
`,
  );
  files.set(
    "components/app/configmap-bulk.yaml",
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bulk\n  namespace: app\ndata:\n  blob: ${pseudoRandom(seed, o.bulk ?? 1024).toString("base64")}\n`,
  );
  return files;
}

export const sampleMeta: ArtifactMetadata = {
  source: "https://github.com/monosense-io/k8s-gitops",
  revision: `main@sha1:${"0123456789abcdef".repeat(2)}01234567`,
  created: "2025-06-01T12:00:00Z",
  cluster: "infra",
  packages: new Map([
    ["@k8s-gitops/cert-manager", "0.1.0"],
    ["@k8s-gitops/cilium", "1.2.3"],
  ]),
};
