import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { toPlain, type Resource } from "@k8s-gitops/core";
import { VENDOR } from "./vendor.ts";

const ajv = new Ajv({ strict: false, allErrors: true });

/** Errors of an object against the vendored Cilium CRD schema of its kind and version (none: valid). */
export function crdErrors(r: Resource): string[] {
  const version = r.apiVersion.split("/")[1] ?? "";
  const file = join(VENDOR, "crds/cilium/1.18.2/jsonschema", `${r.kind.toLowerCase()}_${version}.json`);
  const validate = ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object);
  return validate(toPlain(r)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}
