import { values } from "@k8s-gitops/cluster-apps-values";
import { values as infra } from "@k8s-gitops/cluster-infra-values";
import { cluster } from "@k8s-gitops/core";
import { networkBaseline, peerOf, sharedLayer } from "@k8s-gitops/platform";
import { ciCd } from "./cicd.ts";
import { dataServices } from "./data-services.ts";
import { identity } from "./identity.ts";
import { registry } from "./registry.ts";
import { tenants } from "./tenants.ts";

// The apps cluster: application workloads, their tenants and the data services they use
// (PostgreSQL, Dragonfly, Kafka). Its values are in ../values; the infra cluster is its mesh peer.
// Each area is a file of its own; this one only composes them in dependency order.

export { values };

const shared = sharedLayer(values, { peers: [peerOf(infra)] });
const data = dataServices(values, shared);
const sso = identity(values, shared, data);
const harbor = registry(values, shared, data, sso);
const runners = ciCd(values, shared, data, sso);
const gitlab = tenants(values, shared, data, sso);

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
  data.databases,
  data.caches,
  data.messaging,
  sso,
  harbor,
  runners,
  gitlab,
];

export default cluster({
  name: values.name,
  values,
  artifact: values.artifact,
  components: [...runs, networkBaseline(values, shared.network, runs)],
});
