import { describe, expect, it } from "vitest";
import { locateOffset } from "./locate.ts";
import { scanSecrets } from "./scan.ts";

// A fake token of GitHub's format, split so that this source file itself stays clean.
const TOKEN = ["ghp", "_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx"].join("");

describe("scanSecrets", () => {
  it("finds credentials and maps them back to their file and line, masked", async () => {
    const files = new Map([
      ["a.yaml", "kind: ConfigMap\ndata:\n  x: y\n"],
      ["b.yaml", `kind: ConfigMap\ndata:\n  token: ${TOKEN}\n`],
    ]);
    const hits = await scanSecrets(files);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ file: "b.yaml", line: 3, ruleId: "@secretlint/secretlint-rule-github" });
    expect(hits[0]?.message).not.toContain(TOKEN);
    expect(files.get("b.yaml")?.slice(hits[0]!.offset, hits[0]!.offset + 4)).toBe("ghp_");
  });

  it("finds nothing in clean files", async () => {
    expect(await scanSecrets(new Map([["a.yaml", "kind: ConfigMap\ndata:\n  level: info\n"]]))).toEqual([]);
  });
});

describe("locateOffset", () => {
  it("names the document and field path of an offset", () => {
    const text = "a: 1\n---\nkind: X\ndata:\n  list:\n    - key: secret\n";
    expect(locateOffset(text, text.indexOf("secret"))).toEqual({ doc: 1, field: "data.list[0].key" });
  });
});
