import { cnpgOperator } from "@k8s-gitops/cloudnative-pg";
import { cidr, cluster } from "@k8s-gitops/core";
import { infra as values } from "@k8s-gitops/fleet";
import { networkPolicies } from "@k8s-gitops/network-policies";
import { sharedLayer } from "@k8s-gitops/platform";
import { sharedPostgres } from "@k8s-gitops/postgres-shared";
import { classifyData, waive } from "@k8s-gitops/validate";

// The infra cluster: platform services (storage, databases, observability, security).
// Its values live in @k8s-gitops/fleet next to the apps cluster's, so the two can be read
// side by side and each can refer to the other (ClusterMesh peers).

export { values };

const shared = sharedLayer(values);

// Databases: the CloudNativePG operator and the shared PostgreSQL the tenants use.
const cnpg = cnpgOperator({}, { dependsOn: [shared.network.cilium, shared.network.coredns] });

const postgres = sharedPostgres(
  {
    storageClass: values.storage.localClass,
    secretsPath: "kubernetes/infra/cloudnative-pg",
    tenants: ["harbor", "keycloak", "gitlab", "synergyflow"],
    backup: { endpointUrl: values.objectStore.endpoint, bucket: "monosense-cnpg", schedule: "0 0 2 * * *", retention: "30d" },
    // Identities (Keycloak) and users (GitLab, Harbor) are personal data: GDPR applies.
    decorate: ({ cluster: pg, scheduledBackup, secrets }) => [
      waive(
        classifyData(pg, { classification: "confidential", frameworks: ["gdpr"] }),
        "backup-tls",
        "the MinIO object store on the storage VLAN (10.25.11.3) serves plain HTTP, backups are AES256-encrypted before they leave the cluster",
      ),
      scheduledBackup,
      ...secrets,
    ],
  },
  { operator: cnpg.component, secrets: shared.secrets.store, storage: shared.storage.component },
);

const databasePolicies = networkPolicies(
  {
    name: "network-policies-databases",
    namespaces: [
      {
        ...cnpg.networkPolicy,
        egressCidrs: [{ name: "allow-object-store", cidrs: [cidr(`${values.objectStore.address}/32`)], ports: [values.objectStore.port] }],
      },
    ],
    apiServerCidrs: [values.network.nodeCidr],
  },
  { dependsOn: [shared.network.cilium, cnpg.component] },
);

export default cluster({
  name: values.name,
  values,
  artifact: values.artifact,
  components: [...shared.components, cnpg.component, postgres, databasePolicies],
});
