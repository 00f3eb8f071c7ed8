import { ANNOTATIONS } from "@k8s-gitops/core";
import { annotations } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { Manifest } from "../types.ts";

/** The component contract core's render writes on each Flux Kustomization: core names the annotations, once. */
export const DECLARATION_ANNOTATIONS = {
  provides: ANNOTATIONS.provides,
  bootstrapPhase: ANNOTATIONS.bootstrapPhase,
  bootstrapSecrets: ANNOTATIONS.bootstrapSecrets,
} as const;

/** A namespaced object by name. */
export interface ObjectName {
  namespace: string;
  name: string;
}

/** What a component makes available once Ready, beyond the objects in its folder. */
export interface Provides {
  /** "group/Kind" keys, as core's API_RESOURCES spells them. */
  crds: string[];
  secrets: ObjectName[];
  configMaps: ObjectName[];
  services: ObjectName[];
  addressPools: boolean;
}

export interface BootstrapSecret extends ObjectName {
  keys: string[];
}

export type BootstrapPhase = 1 | 2;

export interface Declarations {
  provides: Provides;
  bootstrapPhase: BootstrapPhase | undefined;
  bootstrapSecrets: BootstrapSecret[];
}

/** A malformed annotation: which one, and what is wrong with it. */
export interface DeclarationProblem {
  annotation: string;
  problem: string;
}

const PROVIDES_KEYS = ["crds", "secrets", "configMaps", "services", "addressPools"] as const;

export function emptyProvides(): Provides {
  return { crds: [], secrets: [], configMaps: [], services: [], addressPools: false };
}

function parseJson(text: string): { ok: true; value: JsonValue } | { ok: false; error: string } {
  try {
    const value: JsonValue = JSON.parse(text) as JsonValue;
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function isRecord(v: JsonValue): v is { [key: string]: JsonValue } {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** "<namespace>/<name>" with a DNS-label namespace and a DNS-subdomain name. */
function objectName(s: string): ObjectName | undefined {
  const parts = s.split("/");
  if (parts.length !== 2) return undefined;
  const [namespace, name] = parts as [string, string];
  return DNS_LABEL.test(namespace) && OBJECT_NAME.test(name) ? { namespace, name } : undefined;
}

/** An object reference as core's render writes it: "<namespace>/<name>". */
function objectRef(entry: JsonValue): ObjectName | undefined {
  return typeof entry === "string" ? objectName(entry) : undefined;
}

/** "group/Kind": a dotted group (or "core") and an upper-case kind. */
function crdKey(s: string): boolean {
  return /^(core|[a-z0-9]([-a-z0-9.]*[a-z0-9])?)\/[A-Z][A-Za-z0-9]*$/.test(s);
}

function stringList(v: JsonValue, key: string, problems: string[]): string[] {
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === "string")) {
    problems.push(`"${key}" must be a list of strings`);
    return [];
  }
  return v;
}

function parseProvides(text: string, problems: string[]): Provides {
  const out = emptyProvides();
  const parsed = parseJson(text);
  if (!parsed.ok) {
    problems.push(`not JSON (${parsed.error})`);
    return out;
  }
  if (!isRecord(parsed.value)) {
    problems.push("must be a JSON object");
    return out;
  }
  for (const [key, value] of Object.entries(parsed.value)) {
    if (key === "crds") {
      for (const s of stringList(value, key, problems)) {
        if (crdKey(s)) out.crds.push(s);
        else problems.push(`crds entry "${s}" is not "<group>/<Kind>"`);
      }
    } else if (key === "secrets" || key === "configMaps" || key === "services") {
      if (!Array.isArray(value)) {
        problems.push(`"${key}" must be a list of "<namespace>/<name>"`);
        continue;
      }
      for (const entry of value) {
        const ref = objectRef(entry);
        if (ref) out[key].push(ref);
        else problems.push(`${key} entry ${JSON.stringify(entry)} is not "<namespace>/<name>"`);
      }
    } else if (key === "addressPools") {
      if (typeof value === "boolean") out.addressPools = value;
      else problems.push(`"addressPools" must be true or false`);
    } else {
      problems.push(`unknown key "${key}" (known: ${PROVIDES_KEYS.join(", ")})`);
    }
  }
  return out;
}

function parsePhase(text: string, problems: string[]): BootstrapPhase | undefined {
  // The contract is the JSON string "1" or "2"; the bare digit is the same declaration.
  const parsed = parseJson(text);
  const value = parsed.ok ? parsed.value : text;
  if (value === "1" || value === 1) return 1;
  if (value === "2" || value === 2) return 2;
  problems.push(`must be "1" (CRDs) or "2" (CNI and DNS), got ${text}`);
  return undefined;
}

function parseBootstrapSecrets(text: string, problems: string[]): BootstrapSecret[] {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    problems.push(`not JSON (${parsed.error})`);
    return [];
  }
  if (!Array.isArray(parsed.value)) {
    problems.push("must be a JSON list of {namespace, name, keys}");
    return [];
  }
  const out: BootstrapSecret[] = [];
  parsed.value.forEach((entry, i) => {
    if (!isRecord(entry)) {
      problems.push(`entry ${i} must be an object {namespace, name, keys}`);
      return;
    }
    const { namespace, name, keys } = entry;
    const unknown = Object.keys(entry).filter((k) => k !== "namespace" && k !== "name" && k !== "keys");
    if (unknown.length) problems.push(`entry ${i} has unknown key(s) ${unknown.join(", ")}`);
    if (typeof namespace !== "string" || !DNS_LABEL.test(namespace)) problems.push(`entry ${i} needs a namespace`);
    if (typeof name !== "string" || !OBJECT_NAME.test(name)) problems.push(`entry ${i} needs a name`);
    const keyList = Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : [];
    if (!Array.isArray(keys) || keyList.length !== keys.length || keyList.length === 0) problems.push(`entry ${i} needs "keys": a non-empty list of strings`);
    if (typeof namespace === "string" && typeof name === "string") out.push({ namespace, name, keys: keyList });
  });
  return out;
}

/**
 * Reads the declarations of one component's Flux Kustomization. An absent annotation is an
 * empty declaration; a malformed one is a problem (and counts as empty, so one typo does not
 * hide every other finding behind it).
 */
export function readDeclarations(kustomization: Manifest): { declarations: Declarations; problems: DeclarationProblem[] } {
  const a = annotations(kustomization.object);
  const problems: DeclarationProblem[] = [];
  const each = <T>(annotation: string, empty: T, parse: (text: string, p: string[]) => T): T => {
    const text = a[annotation];
    if (text === undefined) return empty;
    const p: string[] = [];
    const value = parse(text, p);
    for (const problem of p) problems.push({ annotation, problem });
    return value;
  };
  return {
    declarations: {
      provides: each(DECLARATION_ANNOTATIONS.provides, emptyProvides(), parseProvides),
      bootstrapPhase: each<BootstrapPhase | undefined>(DECLARATION_ANNOTATIONS.bootstrapPhase, undefined, parsePhase),
      bootstrapSecrets: each(DECLARATION_ANNOTATIONS.bootstrapSecrets, [], parseBootstrapSecrets),
    },
    problems,
  };
}
