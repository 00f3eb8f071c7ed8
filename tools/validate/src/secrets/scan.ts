import { lintSource } from "@secretlint/core";
import { creator as recommended } from "@secretlint/secretlint-rule-preset-recommend";

/** A credential secretlint found: where, which rule, and its (masked) message. */
export interface SecretHit {
  file: string;
  /** 1-based line and 0-based column, as secretlint reports them. */
  line: number;
  column: number;
  /** Offset of the match in the file. */
  offset: number;
  ruleId: string;
  message: string;
}

const CONFIG = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommended }] };

/**
 * Scans file contents with secretlint's recommended preset (AWS, GCP, GitHub, Slack, npm,
 * private keys, basic-auth URLs, ...). Messages are masked: a report must not leak what it found.
 */
export async function scanSecrets(files: Iterable<readonly [string, string]>): Promise<SecretHit[]> {
  const hits: SecretHit[] = [];
  for (const [file, content] of files) {
    const ext = /\.[^./]+$/.exec(file)?.[0] ?? "";
    const result = await lintSource({
      source: { content, filePath: file, ext, contentType: "text" },
      options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
    });
    for (const m of result.messages) {
      hits.push({ file, line: m.loc.start.line, column: m.loc.start.column, offset: m.range[0], ruleId: m.ruleId, message: m.message });
    }
  }
  return hits;
}
