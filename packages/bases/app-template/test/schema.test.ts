import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import type { DeepPartial } from "@k8s-gitops/core";
import { validateValues } from "../src/generated/values-validator.ts";
import { appRelease, appValues, chart, defaults, type AppOptions, type AppTemplateValues } from "../src/index.ts";

// The vendored bjw-s common library schema (vendor/, common 4.4.0: the library app-template 4.4.0
// depends on, whose own values.schema.json is only a $ref to it) judges what appValues produces.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const common = join(root, "vendor/schemas/helm/app-template/4.4.0/common");
const BASE = "https://raw.githubusercontent.com/bjw-s-labs/helm-charts/common-4.4.0/charts/library/common/";

function librarySchema(): ValidateFunction {
  // The library uses draft-07 plus "deprecated" and an int32 format: not strict, as Helm is not.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  for (const f of readdirSync(join(common, "schemas"))) {
    ajv.addSchema({ ...JSON.parse(readFileSync(join(common, "schemas", f), "utf8")), $id: `${BASE}schemas/${f}` });
  }
  return ajv.compile(JSON.parse(readFileSync(join(common, "values.schema.json"), "utf8")));
}

const demo: AppOptions = {
  name: "demo",
  namespace: "tools",
  image: { repository: "registry.k8s.io/demo/demo", tag: "v1.0.0" },
  command: ["demo"],
  args: ["--flag"],
  env: { MODE: "test" },
  envFromSecret: "demo-secret",
  replicas: 2,
  serviceAccount: "demo",
  user: 65534,
  httpPort: 8080,
  probePath: "/ready",
  resources: { requests: { cpu: "10m" }, limits: { memory: "64Mi" } },
  configMaps: [{ name: "demo-config", path: "/etc/demo/config.yaml", subPath: "config.yaml" }],
  podAnnotations: { "checksum/config": "abc" },
  annotations: { "reloader.stakater.com/auto": "true" },
  serviceMonitor: true,
};

describe("app-template values", () => {
  it("are accepted by the chart library's schema, with every option set", () => {
    const validate = librarySchema();
    const ok = validate(appValues(demo));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the schema rejects the app-template 3 service account form", () => {
    const validate = librarySchema();
    expect(validate({ ...appValues(demo), serviceAccount: { create: false, name: "demo" } })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain("/serviceAccount/create");
  });

  it("the release refuses values that escape the type, naming the field", () => {
    const replicas = JSON.parse('{ "controllers": { "demo": { "replicas": "two" } } }') as DeepPartial<AppTemplateValues>;
    expect(() => appRelease({ ...demo, values: replicas })).toThrowError(/controllers\.demo\.replicas/);
    const v3 = JSON.parse('{ "serviceAccount": { "create": false, "name": "demo" } }') as DeepPartial<AppTemplateValues>;
    expect(() => appRelease({ ...demo, values: v3 })).toThrowError(/serviceAccount\.create/);
    expect(() => appRelease(demo)).not.toThrow();
  });

  it("the generated validator agrees with the library schema on the app's values", () => {
    expect(validateValues(appValues(demo))).toBe(true);
    const librarySays = librarySchema();
    const bad = { ...appValues(demo), controllers: { demo: { type: "pod", containers: {} } } };
    expect(librarySays(bad)).toBe(false);
    expect(validateValues(bad)).toBe(false);
    expect(validateValues.errors?.map((e) => e.instancePath)).toContain("/controllers/demo/type");
  });

  it("put `annotations` on the Deployment and `podAnnotations` on its pods", () => {
    const v = appValues(demo);
    expect(v.controllers.demo?.annotations).toEqual({ "reloader.stakater.com/auto": "true" });
    expect(v.controllers.demo?.pod?.annotations).toEqual({ "checksum/config": "abc" });
    expect(appValues({ ...demo, annotations: undefined }).controllers.demo?.annotations).toBeUndefined();
  });

  it("run non-root with a read-only root filesystem and no capabilities", () => {
    const v = appValues(demo);
    expect(v.defaultPodOptions?.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65534 });
    expect(v.controllers.demo?.containers.app?.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
    expect(() => appValues({ ...demo, user: 0 })).toThrowError(/non-root uid/);
  });

  it("pins the chart; the release carries the app's values", () => {
    expect(chart().version).toBe("4.4.0");
    const [source, hr] = appRelease(demo);
    expect(source.kind).toBe("OCIRepository");
    expect(hr.metadata?.namespace).toBe("tools");
    expect(hr.spec?.values).toEqual(appValues(demo));
  });

  it("merges a nested override over the app's values, keeping the siblings", () => {
    const [source, hr] = appRelease({ ...demo, values: { controllers: { demo: { containers: { app: { resources: { limits: { memory: "128Mi" } } } } } }, defaultPodOptions: { securityContext: { fsGroup: 65534 } } } });
    expect(source.kind).toBe("OCIRepository");
    expect(hr.spec?.values).toMatchObject({
      controllers: { demo: { replicas: 2, containers: { app: { args: ["--flag"], resources: { requests: { cpu: "10m" }, limits: { memory: "128Mi" } } } } } },
      defaultPodOptions: { securityContext: { ...defaults.defaultPodOptions.securityContext, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534 } },
    });
  });
});
