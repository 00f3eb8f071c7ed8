import { arcController, runnerScaleSets } from "@k8s-gitops/actions-runner-controller";
import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { DataServices } from "./data-services.ts";
import type { Identity } from "./identity.ts";

/**
 * GitHub Actions Runner Controller: the controller (and the listeners it starts) in a namespace
 * that reaches the Kubernetes API and GitHub, and the runner scale sets in a namespace of their
 * own that reaches DNS and the internet only. Pilar's runners: rootless Docker beside each
 * runner, 1 to 6 of them, each on a 75Gi node-local work volume.
 */
export function ciCd(values: PlatformValues, shared: SharedLayer, _data: DataServices, _identity: Identity) {
  const controller = arcController({ cluster: values.name }, { cilium: shared.network.cilium, coredns: shared.network.coredns, monitoringCrds: shared.monitoring.crds });
  return {
    controller,
    runners: runnerScaleSets(
      {
        cluster: values.name,
        scaleSets: [
          {
            name: "pilar-runner",
            githubConfigUrl: "https://github.com/monosense/pilar",
            githubApp: "kubernetes/apps/github-arc/auth",
            minRunners: 1,
            maxRunners: 6,
            // Docker's layers and the builds' files: node-local NVMe, gone with the pod.
            workVolume: { storageClass: values.storage.localClass, size: "75Gi" },
          },
        ],
      },
      { controller, secretStore: shared.secrets.store, storage: shared.storage.openebs },
    ),
  };
}
