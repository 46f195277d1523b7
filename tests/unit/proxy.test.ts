import { decode, encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { proxy } from "@/proxy";

const COOKIE = "next-auth.session-token";

async function requestWithToken(maxAge: number) {
  const token = await encode({ token: { sub: "user-1" }, secret: env.NEXTAUTH_SECRET, maxAge });
  return new NextRequest("http://localhost/gezinnen", { headers: { cookie: `${COOKIE}=${token}` } });
}

describe("proxy", () => {
  it("sends someone without a session to the sign-in page, remembering where they were going", async () => {
    const response = await proxy(new NextRequest("http://localhost/gezinnen/abc?tab=1"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost/inloggen?callbackUrl=%2Fgezinnen%2Fabc%3Ftab%3D1");
  });

  it("slides an active session forward by the idle time", async () => {
    const response = await proxy(await requestWithToken(60));
    const cookie = response.cookies.get(COOKIE);
    expect(cookie?.maxAge).toBe(env.SESSION_IDLE_MINUTES * 60);
    const token = await decode({ token: cookie!.value, secret: env.NEXTAUTH_SECRET });
    expect(token?.sub).toBe("user-1");
    expect(Number(token?.exp) - Date.now() / 1000).toBeGreaterThan(env.SESSION_IDLE_MINUTES * 60 - 5);
  });

  it("treats a session idle for longer than the limit as signed out", async () => {
    // A token whose idle period ran out a minute ago (past next-auth's 15 s clock tolerance).
    const response = await proxy(await requestWithToken(-60));
    expect(response.headers.get("location")).toContain("/inloggen");
  });

  it("marks the parent's phone pages for the parent's language, and only those, whatever the client sends", async () => {
    const forwardedArea = (response: Response) => response.headers.get("x-middleware-request-x-samenspraak-parent-area");
    expect(forwardedArea(await proxy(new NextRequest("http://localhost/doe-mee/gesprek")))).toBe("1");
    const spoofed = await proxy(new NextRequest("http://localhost/instrumenten", { headers: { "x-samenspraak-parent-area": "1" } }));
    expect(forwardedArea(spoofed)).toBeNull();
  });
});
