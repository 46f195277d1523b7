import { describe, expect, it } from "vitest";
import { oidcSettings } from "@/lib/env";

const complete = { OIDC_ISSUER: "https://login.microsoftonline.com/0b1c2d3e-tenant/v2.0/", OIDC_CLIENT_ID: "client", OIDC_CLIENT_SECRET: "secret", OIDC_NAME: "Microsoft", OIDC_PROMPT_LOGIN: true };

describe("the organisation's accounts in the environment", () => {
  it("are off without any OIDC setting", () => {
    expect(oidcSettings({ OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined, OIDC_NAME: "Microsoft", OIDC_PROMPT_LOGIN: true })).toBeNull();
  });

  it("are on with issuer, client id and secret; the issuer without its trailing slash", () => {
    expect(oidcSettings(complete)).toEqual({ issuer: "https://login.microsoftonline.com/0b1c2d3e-tenant/v2.0", clientId: "client", clientSecret: "secret", name: "Microsoft", promptLogin: true });
  });

  it("refuse half a configuration at start rather than a button that fails", () => {
    expect(() => oidcSettings({ ...complete, OIDC_CLIENT_SECRET: undefined })).toThrow(/all of OIDC_ISSUER/);
  });

  it("refuse Microsoft's shared endpoints, where any tenant could claim any e-mail address", () => {
    for (const tenant of ["common", "organizations", "consumers"]) {
      expect(() => oidcSettings({ ...complete, OIDC_ISSUER: `https://login.microsoftonline.com/${tenant}/v2.0` })).toThrow(/own tenant/);
    }
  });
});
