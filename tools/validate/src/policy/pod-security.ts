import type { CheckContext } from "../context.ts";
import { labels } from "../json.ts";

const LEVELS = ["privileged", "baseline", "restricted"];
const PREFIX = "pod-security.kubernetes.io/";

/** Namespaces enforce a Pod Security Standard level, pinned to a Kubernetes version. */
export function checkPodSecurity(ctx: CheckContext): void {
  for (const m of ctx.index.kind("", "Namespace")) {
    const l = labels(m.object);
    const level = l[`${PREFIX}enforce`];
    const version = l[`${PREFIX}enforce-version`];
    if (level === undefined || !LEVELS.includes(level)) {
      ctx.report({
        rule: "pod-security",
        at: m,
        field: `metadata.labels["${PREFIX}enforce"]`,
        problem: level === undefined ? "the namespace enforces no Pod Security level" : `"${level}" is not a Pod Security level`,
        fix: `create it with core's namespace(), which sets ${PREFIX}enforce (restricted by default: ${LEVELS.join(", ")})`,
      });
    }
    if (version === undefined || version === "latest") {
      ctx.report({
        rule: "pod-security",
        at: m,
        field: `metadata.labels["${PREFIX}enforce-version"]`,
        problem: version === undefined ? "the enforced Pod Security version is not pinned" : "the enforced Pod Security version is \"latest\", which changes with every upgrade",
        fix: "pin it to the cluster's Kubernetes version (v1.34), as core's namespace() does",
      });
    }
  }
}
