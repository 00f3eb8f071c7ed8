import { Deployment } from "kubernetes-models/apps/v1";
import type { Resource } from "@k8s-gitops/core";
import { ClusterRole, ClusterRoleBinding, Role, RoleBinding, type IPolicyRule } from "kubernetes-models/rbac.authorization.k8s.io/v1";
import { Service, ServiceAccount } from "kubernetes-models/v1";

/**
 * The operator release the package deploys, and the Keycloak server image it runs by default
 * (the operator's RELATED_IMAGE_KEYCLOAK). The cluster's reference pinned 26.4.5; the newest
 * release whose manifest and CRDs are vendored here is 26.0.0 (see the README).
 */
export const OPERATOR_VERSION = "26.0.0";
export const OPERATOR_IMAGE = `quay.io/keycloak/keycloak-operator:${OPERATOR_VERSION}`;
export const KEYCLOAK_IMAGE = `quay.io/keycloak/keycloak:${OPERATOR_VERSION}`;

export const OPERATOR_NAME = "keycloak-operator";

/** The operator's HTTP port: health (/q/health/*) only. */
export const OPERATOR_PORT = 8080;

const labels = { "app.kubernetes.io/name": OPERATOR_NAME, "app.kubernetes.io/version": OPERATOR_VERSION, "app.kubernetes.io/managed-by": "quarkus" };

const ALL: IPolicyRule["verbs"] = ["get", "list", "watch", "create", "delete", "patch", "update"];

/**
 * The objects of upstream's `kubernetes/kubernetes.yml` (vendored under
 * vendor/manifests/keycloak-operator/26.0.0/), as typed models, in `namespace`. Upstream applies
 * its file with `kubectl -n <namespace>`; what differs from it, and why:
 *
 * - every namespaced object names its namespace, and the ClusterRoleBinding's subject is the
 *   ServiceAccount in `namespace` (upstream hard-codes `keycloak`);
 * - the Quarkus build annotations (build timestamp, VCS URL) are left out: they change with every
 *   upstream build and say nothing about the objects;
 * - the pod runs under the restricted Pod Security Standard (non-root, no privilege escalation,
 *   no capabilities, RuntimeDefault seccomp, read-only root with an emptyDir /tmp), which
 *   upstream's pod does not state and the namespace enforces;
 * - `imagePullPolicy: IfNotPresent` instead of `Always`: the tag is pinned, and Always makes
 *   every restart depend on quay.io.
 *
 * The RBAC rules, the Service, the image, its environment, probes and resources are upstream's.
 * The operator watches its own namespace only (upstream's Roles are namespaced), so the
 * Keycloak instance and its realm imports live in the same namespace.
 */
export function operatorObjects(namespace: string): Resource[] {
  const sa = OPERATOR_NAME;
  const subject = { kind: "ServiceAccount", name: sa, namespace };
  return [
    new ServiceAccount({ metadata: { name: sa, namespace, labels } }),
    new ClusterRole({
      metadata: { name: "keycloak-operator-clusterrole" },
      rules: [{ apiGroups: ["config.openshift.io"], resources: ["ingresses"], verbs: ["get"] }],
    }),
    new ClusterRole({
      metadata: { name: "keycloakrealmimportcontroller-cluster-role" },
      rules: [
        {
          apiGroups: ["k8s.keycloak.org"],
          resources: ["keycloakrealmimports", "keycloakrealmimports/status", "keycloakrealmimports/finalizers"],
          verbs: ["get", "list", "watch", "patch", "update", "create", "delete"],
        },
        { apiGroups: [""], resources: ["secrets"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"] },
      ],
    }),
    new ClusterRole({
      metadata: { name: "keycloakcontroller-cluster-role" },
      rules: [
        { apiGroups: ["k8s.keycloak.org"], resources: ["keycloaks", "keycloaks/status", "keycloaks/finalizers"], verbs: ["get", "list", "watch", "patch", "update", "create", "delete"] },
        { apiGroups: [""], resources: ["services"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"] },
        { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"] },
        { apiGroups: [""], resources: ["secrets"], verbs: ["create", "delete", "get", "list", "watch"] },
      ],
    }),
    new ClusterRoleBinding({
      metadata: { name: "keycloak-operator-clusterrole-binding", labels: { "app.kubernetes.io/name": OPERATOR_NAME } },
      roleRef: { kind: "ClusterRole", apiGroup: "rbac.authorization.k8s.io", name: "keycloak-operator-clusterrole" },
      subjects: [subject],
    }),
    new Role({
      metadata: { name: "keycloak-operator-role", namespace },
      rules: [
        { apiGroups: ["apps"], resources: ["statefulsets"], verbs: ALL },
        { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] },
        { apiGroups: [""], resources: ["secrets", "services"], verbs: ALL },
        { apiGroups: [""], resources: ["pods"], verbs: ["list"] },
        { apiGroups: ["batch"], resources: ["jobs"], verbs: ALL },
        { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: ALL },
      ],
    }),
    new RoleBinding({
      metadata: { name: "keycloak-operator-role-binding", namespace, labels: { "app.kubernetes.io/name": OPERATOR_NAME } },
      roleRef: { kind: "Role", apiGroup: "rbac.authorization.k8s.io", name: "keycloak-operator-role" },
      subjects: [subject],
    }),
    new RoleBinding({
      metadata: { name: "keycloakrealmimportcontroller-role-binding", namespace },
      roleRef: { kind: "ClusterRole", apiGroup: "rbac.authorization.k8s.io", name: "keycloakrealmimportcontroller-cluster-role" },
      subjects: [subject],
    }),
    new RoleBinding({
      metadata: { name: "keycloakcontroller-role-binding", namespace },
      roleRef: { kind: "ClusterRole", apiGroup: "rbac.authorization.k8s.io", name: "keycloakcontroller-cluster-role" },
      subjects: [subject],
    }),
    new RoleBinding({
      metadata: { name: "keycloak-operator-view", namespace, labels: { "app.kubernetes.io/name": OPERATOR_NAME, "app.kubernetes.io/version": OPERATOR_VERSION } },
      roleRef: { kind: "ClusterRole", apiGroup: "rbac.authorization.k8s.io", name: "view" },
      subjects: [subject],
    }),
    new Service({
      metadata: { name: OPERATOR_NAME, namespace, labels },
      spec: {
        ports: [{ name: "http", port: 80, protocol: "TCP", targetPort: OPERATOR_PORT }],
        selector: { "app.kubernetes.io/name": OPERATOR_NAME },
        type: "ClusterIP",
      },
    }),
    operatorDeployment(namespace),
  ];
}

function probe(path: string) {
  return {
    failureThreshold: 3,
    httpGet: { path, port: OPERATOR_PORT, scheme: "HTTP" as const },
    initialDelaySeconds: 5,
    periodSeconds: 10,
    successThreshold: 1,
    timeoutSeconds: 10,
  };
}

function operatorDeployment(namespace: string): Deployment {
  return new Deployment({
    metadata: { name: OPERATOR_NAME, namespace, labels },
    spec: {
      // One replica, as upstream: the 26.0 operator runs no leader election.
      replicas: 1,
      selector: { matchLabels: { "app.kubernetes.io/name": OPERATOR_NAME } },
      template: {
        metadata: { labels: { "app.kubernetes.io/managed-by": "quarkus", "app.kubernetes.io/version": OPERATOR_VERSION, "app.kubernetes.io/name": OPERATOR_NAME } },
        spec: {
          serviceAccountName: OPERATOR_NAME,
          // The image's user (1000), numeric so the kubelet can check runAsNonRoot.
          securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
          containers: [
            {
              name: OPERATOR_NAME,
              image: OPERATOR_IMAGE,
              imagePullPolicy: "IfNotPresent",
              env: [
                { name: "KUBERNETES_NAMESPACE", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } },
                { name: "RELATED_IMAGE_KEYCLOAK", value: KEYCLOAK_IMAGE },
              ],
              ports: [{ containerPort: OPERATOR_PORT, name: "http", protocol: "TCP" }],
              livenessProbe: probe("/q/health/live"),
              readinessProbe: probe("/q/health/ready"),
              startupProbe: probe("/q/health/started"),
              resources: { limits: { cpu: "700m", memory: "450Mi" }, requests: { cpu: "300m", memory: "450Mi" } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ["ALL"] } },
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
            },
          ],
          volumes: [{ name: "tmp", emptyDir: {} }],
        },
      },
    },
  });
}
