export {
  dragonfly,
  from,
  fromGateway,
  gateway,
  hosts,
  internet,
  kubeApi,
  objectStore,
  oidc,
  postgres,
  registry,
  to,
  type Allowance,
  type CidrEgress,
  type DragonflyAllowance,
  type FqdnEgress,
  type GatewayEgress,
  type GatewayIngress,
  type KubeApi,
  type PeerEgress,
  type PeerIngress,
  type PostgresAllowance,
  type TrustedCa,
} from "./allowances.ts";
export { databaseOf, type TenantDatabase, type TenantIdentity } from "./database.ts";
export type { CpuQuantity, MemoryQuantity } from "./quantity.ts";
export { TENANT_LABEL, tenant, type Compute, type Tenant, type TenantLimits, type TenantOptions, type TenantOutputs, type TenantQuota } from "./tenant.ts";
