import { values } from "@k8s-gitops/cluster-apps-values";
import { values as infra } from "@k8s-gitops/cluster-infra-values";
import { cluster } from "@k8s-gitops/core";
import { networkBaseline, peerOf, sharedLayer } from "@k8s-gitops/platform";

// The apps cluster: application workloads and tenants. Its values are in ../values; the infra
// cluster is its mesh peer.

export { values };

const shared = sharedLayer(values, { peers: [peerOf(infra)] });

const runs = [shared.network, shared.mesh, shared.secrets, shared.certificates, shared.storage, shared.flux];

export default cluster({
  name: values.name,
  values,
  artifact: values.artifact,
  components: [...runs, networkBaseline(values, shared.network, runs)],
});
