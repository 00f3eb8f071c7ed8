import { values as apps } from "@k8s-gitops/cluster-apps-values";
import { values } from "@k8s-gitops/cluster-infra-values";
import { cluster } from "@k8s-gitops/core";
import { networkBaseline, peerOf, sharedLayer } from "@k8s-gitops/platform";
import { artifactRegistry } from "./artifact-registry.ts";
import { dashboards } from "./dashboards.ts";
import { globalObservability } from "./observability.ts";

// The infra cluster: platform services (storage, observability, security). Its data services
// (PostgreSQL, Dragonfly, Kafka) run on the apps cluster, next to their tenants.
// Its values are in ../values; the apps cluster is its mesh peer.

export { values };

const shared = sharedLayer(values, { peers: [peerOf(apps)] });
const global = globalObservability(values, shared);
const grafana = dashboards(values, shared, global);
const registry = artifactRegistry(values, shared);
const runs = [
  shared.network,
  shared.mesh,
  shared.secrets,
  shared.certificates,
  shared.storage,
  shared.ceph,
  shared.flux,
  shared.monitoring,
  shared.observability,
  shared.logging,
  shared.operations,
  global,
  grafana,
  registry,
];

export default cluster({
  name: values.name,
  values,
  artifact: values.artifact,
  components: [...runs, networkBaseline(values, shared.network, runs)],
});
