import type { CheckContext } from "../context.ts";
import { annotations, asArray, asObject, asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";
import { exists } from "./lookup.ts";

const ESO_GROUP = "external-secrets.io";
const CM_GROUP = "cert-manager.io";

/** ExternalSecret stores and cert-manager issuers named by the tree exist in it. */
export function checkSecretStoresAndIssuers(ctx: CheckContext): void {
  for (const m of ctx.index.kind(ESO_GROUP, "ExternalSecret")) {
    storeRef(ctx, m, "spec.secretStoreRef", get(m.object, "spec", "secretStoreRef"));
    asArray(get(m.object, "spec", "data")).forEach((d, i) => storeRef(ctx, m, `spec.data[${i}].sourceRef.storeRef`, get(d, "sourceRef", "storeRef")));
    asArray(get(m.object, "spec", "dataFrom")).forEach((d, i) => storeRef(ctx, m, `spec.dataFrom[${i}].sourceRef.storeRef`, get(d, "sourceRef", "storeRef")));
  }
  for (const m of ctx.index.kind(ESO_GROUP, "ClusterExternalSecret")) {
    storeRef(ctx, m, "spec.externalSecretSpec.secretStoreRef", get(m.object, "spec", "externalSecretSpec", "secretStoreRef"));
  }
  for (const m of ctx.index.kind(CM_GROUP, "Certificate")) {
    const ref = asObject(get(m.object, "spec", "issuerRef"));
    const group = asString(ref?.group) ?? CM_GROUP;
    const name = asString(ref?.name);
    if (!name || group !== CM_GROUP) continue;
    issuer(ctx, m, "spec.issuerRef.name", asString(ref?.kind) ?? "Issuer", name);
  }
  // Ingress and Gateway objects ask cert-manager for certificates through annotations.
  for (const m of ctx.tree.manifests) {
    const a = annotations(m.object);
    const cluster = a["cert-manager.io/cluster-issuer"];
    const local = a["cert-manager.io/issuer"];
    if (cluster) issuer(ctx, m, 'metadata.annotations["cert-manager.io/cluster-issuer"]', "ClusterIssuer", cluster);
    if (local) issuer(ctx, m, 'metadata.annotations["cert-manager.io/issuer"]', "Issuer", local);
  }
}

function storeRef(ctx: CheckContext, m: Manifest, field: string, ref: ReturnType<typeof get>): void {
  const name = asString(get(ref, "name"));
  if (!ref || !name) return;
  const kind = asString(get(ref, "kind")) ?? "SecretStore";
  const ns = kind === "ClusterSecretStore" ? undefined : m.namespace;
  if (exists(ctx, ESO_GROUP, kind, ns, name)) return;
  ctx.report({
    rule: "secret-store",
    at: m,
    field: `${field}.name`,
    problem: `${kind} ${ns ? `${ns}/` : ""}${name} does not exist: the secret would never be created`,
    fix: "take the store reference from the external-secrets component instead of typing its name",
  });
}

function issuer(ctx: CheckContext, m: Manifest, field: string, kind: string, name: string): void {
  const ns = kind === "ClusterIssuer" ? undefined : m.namespace;
  if (exists(ctx, CM_GROUP, kind, ns, name)) return;
  ctx.report({
    rule: "issuer",
    at: m,
    field,
    problem: `${kind} ${ns ? `${ns}/` : ""}${name} does not exist: the certificate would never be issued`,
    fix: "reference an issuer the cert-manager component renders",
  });
}
