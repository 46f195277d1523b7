import { describe, expect, it } from "vitest";
import { isForgedAuthRequest } from "@/lib/auth/forged-request";

// next-auth answers these with a 500 (found by the fuzz over HTTP); the auth route answers a 400.
// What the app's own sign-in form and links send must pass.

const post = (path: string, body: string, type = "application/x-www-form-urlencoded") =>
  new Request(`http://localhost${path}`, { method: "POST", body, headers: { "content-type": type } });
const get = (path: string) => new Request(`http://localhost${path}`);

describe("forged requests to next-auth", () => {
  it("lets through what the app itself sends", async () => {
    const signIn = "csrfToken=abc&email=a%40b.nl&password=x&callbackUrl=%2Fstart&json=true";
    for (const request of [
      post("/api/auth/callback/credentials", signIn),
      post("/api/auth/signout", "csrfToken=abc&callbackUrl=http%3A%2F%2Flocalhost%2Finloggen&json=true"),
      get("/api/auth/session"),
      get("/api/auth/signin/oidc?callbackUrl=%2Fstart"),
      get("/api/auth/callback/oidc?code=1&state=2"),
      get("/api/auth/error?error=AccessDenied"),
    ]) {
      expect(await isForgedAuthRequest(request), request.url).toBe(false);
    }
  });

  it("refuses a callbackUrl that is not an address, in the query or in the body", async () => {
    expect(await isForgedAuthRequest(get("/api/auth/signin?callbackUrl=javascript%3Ax"))).toBe(true);
    expect(await isForgedAuthRequest(post("/api/auth/signin", "csrfToken=%24n1&callbackUrl=bind"))).toBe(true);
    expect(await isForgedAuthRequest(post("/api/auth/signin", JSON.stringify({ callbackUrl: "bind" }), "application/json"))).toBe(true);
  });

  it("refuses a query key given twice, JSON that is not JSON, and fields that are not text", async () => {
    expect(await isForgedAuthRequest(get("/api/auth/session?callbackUrl=&callbackUrl=x"))).toBe(true);
    expect(await isForgedAuthRequest(get("/api/auth/error?error=json&error=%00"))).toBe(true);
    expect(await isForgedAuthRequest(post("/api/auth/signin", "{", "application/json"))).toBe(true);
    expect(await isForgedAuthRequest(post("/api/auth/callback/credentials", JSON.stringify({ email: {}, callbackUrl: 5 }), "application/json"))).toBe(true);
  });

  it("refuses a GET of the password callback and an error name that cannot be a header", async () => {
    expect(await isForgedAuthRequest(get("/api/auth/callback/credentials"))).toBe(true);
    expect(await isForgedAuthRequest(get("/api/auth/error?error=%00"))).toBe(true);
  });
});
