import { describe, expect, it } from "vitest";
import { prepareTalosSchema, talosTypeNames } from "./talos.ts";

const schema = {
  $id: "https://example.test/config.schema.json",
  $defs: {
    "v1alpha1.Config": { type: "object", properties: { version: { enum: ["v1alpha1"] }, machine: { $ref: "#/$defs/v1alpha1.Machine", description: "beside a ref" } } },
    "v1alpha1.Machine": {
      type: "object",
      title: "machine",
      markdownDescription: "*editor only*",
      properties: { key: { type: "string", additionalProperties: false }, labels: { type: "object", patternProperties: { ".*": { type: "string" } } } },
      additionalProperties: false,
    },
    "network.EthernetConfigV1Alpha1": { type: "object", properties: { kind: { enum: ["EthernetConfig"] } }, required: ["kind"] },
  },
  oneOf: [{ $ref: "#/$defs/v1alpha1.Config" }, { $ref: "#/$defs/network.EthernetConfigV1Alpha1" }],
};

describe("Talos schema preparation", () => {
  const { schema: prepared, documents } = prepareTalosSchema(schema, true);
  const defs = prepared.$defs as Record<string, Record<string, unknown>>;

  it("closes every object that lists properties, and leaves pattern maps open", () => {
    expect(defs["v1alpha1.Config"]?.additionalProperties).toBe(false);
    expect(defs["network.EthernetConfigV1Alpha1"]?.additionalProperties).toBe(false);
    const props = defs["v1alpha1.Machine"]?.properties as Record<string, Record<string, unknown>>;
    expect(props.labels).toEqual({ type: "object", patternProperties: { ".*": { type: "string" } } });
  });

  it("drops additionalProperties from non-objects, editor-only keywords, ids and descriptions beside refs", () => {
    const props = defs["v1alpha1.Machine"]?.properties as Record<string, Record<string, unknown>>;
    expect(props.key).toEqual({ type: "string" });
    expect(defs["v1alpha1.Machine"]).not.toHaveProperty("title");
    expect(defs["v1alpha1.Machine"]).not.toHaveProperty("markdownDescription");
    expect(prepared).not.toHaveProperty("$id");
    expect((defs["v1alpha1.Config"]?.properties as Record<string, unknown> | undefined)?.machine).toEqual({ $ref: "#/$defs/v1alpha1.Machine" });
  });

  it("lists the document kinds, the kind-less machine config as v1alpha1", () => {
    expect(documents).toEqual([
      { def: "network.EthernetConfigV1Alpha1", kind: "EthernetConfig" },
      { def: "v1alpha1.Config", kind: "v1alpha1" },
    ]);
  });

  it("names types without the group unless the name would collide or say nothing", () => {
    const names = talosTypeNames(["v1alpha1.Config", "v1alpha1.Bond", "block.EncryptionSpec", "siderolink.ConfigV1Alpha1", "a.Spec", "b.Spec"]);
    expect([...names.values()]).toEqual(["V1Alpha1Config", "Bond", "EncryptionSpec", "SiderolinkConfigV1Alpha1", "ASpec", "BSpec"]);
  });
});

// The committed output is compared with a fresh generation from vendor/ in generated.test.ts.
