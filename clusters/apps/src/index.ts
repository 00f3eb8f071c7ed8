import { cluster } from "@k8s-gitops/core";
import { apps as values } from "@k8s-gitops/fleet";
import { sharedLayer } from "@k8s-gitops/platform";

// The apps cluster: application workloads and tenants. Its values live in @k8s-gitops/fleet
// next to the infra cluster's.

export { values };

const shared = sharedLayer(values);

export default cluster({
  name: values.name,
  values,
  artifact: values.artifact,
  components: [...shared.components],
});
