import Provider, { type Configuration } from "oidc-provider";

// A real OpenID Connect provider on localhost for the end-to-end test (panva's oidc-provider,
// the certified implementation). Started by tests/e2e/organisation-account.spec.ts as its own
// process: `tsx tests/e2e/support/oidc-provider.ts <port> <redirect uri> <client id> <client secret>`.
// Its development login page takes any e-mail address as the account (any password), like an
// organisation's directory where everyone has an account, invited to Samenspraak or not. The
// claims go into the ID token, as Microsoft Entra ID does, and there is no email_verified, as
// Entra sends none.

const [port, redirectUri, clientId, clientSecret] = process.argv.slice(2);
if (!port || !redirectUri || !clientId || !clientSecret) throw new Error("usage: oidc-provider.ts <port> <redirect uri> <client id> <client secret>");
const issuer = `http://localhost:${port}`;

const configuration: Configuration = {
  clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ["code"], grant_types: ["authorization_code"] }],
  claims: { openid: ["sub"], email: ["email"], profile: ["name", "preferred_username"] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  cookies: { keys: ["e2e-only-cookie-key-not-a-secret"] },
  features: { devInteractions: { enabled: true } },
  // The organisation's admin consented for everyone (as in Entra ID): no consent screen.
  async loadExistingGrant(context) {
    const { client, session, provider } = context.oidc;
    const grantId = context.oidc.result?.consent?.grantId ?? session!.grantIdFor(client!.clientId);
    if (grantId) return provider.Grant.find(grantId);
    const grant = new provider.Grant({ clientId: client!.clientId, accountId: session!.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  async findAccount(_context, login) {
    const email = login.trim();
    return {
      accountId: email,
      claims: async () => ({ sub: `directory-${Buffer.from(email).toString("hex")}`, email, preferred_username: email, name: email.split("@")[0] }),
    };
  },
};

const provider = new Provider(issuer, configuration);
provider.listen(Number(port), () => console.log(`OpenID Connect provider ready at ${issuer}`));
