import type { OAuthConfig } from "next-auth/providers/oauth";
import type { OidcSettings } from "@/lib/env";
import { emailFromClaims } from "./organisation-account";

/** next-auth's id for the organisation's own accounts: the callback is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

type Claims = Record<string, unknown>;

/**
 * A generic OpenID Connect provider for next-auth 4 (Microsoft Entra ID, Google Workspace,
 * Keycloak, ...): the authorisation code flow with PKCE, state and nonce, and the signed ID
 * token as the only source of claims. Whether the claims may sign in is decided in
 * lib/auth/options.ts, against the users of this app.
 */
export function organisationAccountProvider(settings: OidcSettings): OAuthConfig<Claims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name ?? "OpenID Connect",
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile", ...(settings.promptLogin ? { prompt: "login" } : {}) } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // The provider's discovery and token requests; next-auth's default 3.5 s is short for a
    // busy school network.
    httpOptions: { timeout: 10_000 },
    // Never throws: next-auth would swallow the error and send the person back without a word.
    profile(claims) {
      const email = emailFromClaims(claims);
      return {
        id: String(claims.sub ?? ""),
        name: typeof claims.name === "string" ? claims.name : null,
        email: email.ok ? email.email : null,
      };
    },
  };
}
