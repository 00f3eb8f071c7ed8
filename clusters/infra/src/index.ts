import { cluster } from "@k8s-gitops/core";
import { infra as values } from "@k8s-gitops/fleet";
import { sharedLayer } from "@k8s-gitops/platform";

// The infra cluster: platform services (storage, databases, observability, security).
// Its values live in @k8s-gitops/fleet next to the apps cluster's, so the two can be read
// side by side and each can refer to the other (ClusterMesh peers).

export { values };

const shared = sharedLayer(values);

export default cluster({
  name: values.name,
  values,
  artifact: values.artifact,
  components: [...shared.components],
});
