// The versions every node runs (installer image tag and component images). Talos and its config schema move together: the committed types and
// validator are generated from the schema of this Talos release (see generated/validators.ts).

export const TALOS_VERSION = "v1.11.2";
export const KUBERNETES_VERSION = "v1.34.1";

/** Kubernetes component images at one version: kubelet from Sidero, the control plane upstream. */
export function kubernetesImages(version: string = KUBERNETES_VERSION) {
  return {
    kubelet: `ghcr.io/siderolabs/kubelet:${version}`,
    apiServer: `registry.k8s.io/kube-apiserver:${version}`,
    controllerManager: `registry.k8s.io/kube-controller-manager:${version}`,
    scheduler: `registry.k8s.io/kube-scheduler:${version}`,
    proxy: `registry.k8s.io/kube-proxy:${version}`,
  } as const;
}
