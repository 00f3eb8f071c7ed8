import type { OnePasswordField } from "./component.ts";

/**
 * An OIDC client a consumer signs its users in with, as the identity provider's realm returns
 * it: the consumer never spells the issuer or the client id itself, and the client secret is a
 * 1Password field both sides read through ExternalSecrets (it is never rendered).
 */
export interface OidcClient {
  /** The issuer URL (the realm's), which serves /.well-known/openid-configuration. */
  readonly issuerUrl: `https://${string}`;
  readonly clientId: string;
  /** The client secret: the realm import reads it, and so does the consumer. */
  readonly secret: OnePasswordField;
  /** The redirect URIs the realm allows for this client. */
  readonly redirectUris: readonly `https://${string}`[];
}
