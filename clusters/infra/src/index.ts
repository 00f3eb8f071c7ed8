import { values as apps } from "@k8s-gitops/cluster-apps-values";
import { values } from "@k8s-gitops/cluster-infra-values";
import { Cluster, cnpgOperator } from "@k8s-gitops/cloudnative-pg";
import { cluster, patch, waive } from "@k8s-gitops/core";
import { networkBaseline, peerOf, sharedLayer } from "@k8s-gitops/platform";
import { sharedPostgres } from "@k8s-gitops/postgres-shared";

// The infra cluster: platform services (storage, databases, observability, security).
// Its values are in ../values; the apps cluster is its mesh peer.

export { values };

const shared = sharedLayer(values, { peers: [peerOf(apps)] });
const base = { cilium: shared.network.cilium, coredns: shared.network.coredns };

const operator = cnpgOperator({}, base);
const postgres = sharedPostgres(
  {
    storageClass: values.storage.localClass,
    secretsPath: "kubernetes/infra/cloudnative-pg",
    tenants: ["harbor", "keycloak", "gitlab", "synergyflow"],
    backup: { endpointUrl: values.objectStore.endpoint, bucket: "monosense-cnpg", schedule: "0 0 2 * * *", retention: "30d" },
    // Identities (Keycloak) and users (GitLab, Harbor) are personal data: GDPR applies.
    data: { classification: "confidential", frameworks: ["gdpr"] },
  },
  { cnpgOperator: operator, secretStore: shared.secrets.store, storage: shared.storage.openebs },
);
const databases = {
  operator,
  // An open finding, not a design: CloudNativePG's `encryption` is server-side bucket encryption,
  // so WAL and base backups cross the storage VLAN in plain HTTP until the object store has TLS.
  postgres: patch(postgres, Cluster, "shared-postgres", (pg) =>
    waive(pg, "backup-tls", "the MinIO object store at 10.25.11.3 serves plain HTTP only: WAL and base backups cross the storage VLAN unencrypted until it gets TLS"),
  ),
};

const runs = [shared.network, shared.mesh, shared.secrets, shared.certificates, shared.storage, shared.flux, databases];

export default cluster({
  name: values.name,
  values,
  artifact: values.artifact,
  components: [...runs, networkBaseline(values, shared.network, runs)],
});
