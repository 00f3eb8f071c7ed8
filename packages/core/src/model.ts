import type { Resource } from "./resource.ts";

/** What kubernetes-models classes (and generated CRD models) expose statically. */
export interface ModelType<T extends Resource> {
  readonly apiVersion: string;
  readonly kind: string;
  is(value: unknown): value is T;
}
