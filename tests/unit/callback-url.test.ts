import { describe, expect, it } from "vitest";
import { isAcceptedCallbackUrl, withoutForgedCallbackUrl } from "@/lib/auth/callback-url";

// A forged callback-url cookie made next-auth answer every page with a 500 (found by the fuzz).
describe("next-auth's callback URL", () => {
  it("accepts what next-auth itself sets: a path of the app or an http(s) address", () => {
    for (const value of ["/gezinnen", "/", "http://localhost:3000/start", "https://samenspraak.nl"]) expect(isAcceptedCallbackUrl(value)).toBe(true);
    for (const value of ["ar", "javascript:alert(1)", "", "%", "FAMILY_OPENED"]) expect(isAcceptedCallbackUrl(value)).toBe(false);
  });

  it("drops only a forged callback-url cookie and keeps the rest", () => {
    expect(withoutForgedCallbackUrl("a=1; next-auth.callback-url=ar; next-auth.session-token=x")).toBe("a=1; next-auth.session-token=x");
    expect(withoutForgedCallbackUrl("next-auth.callback-url=%2Fgezinnen; b=2")).toBe("next-auth.callback-url=%2Fgezinnen; b=2");
    expect(withoutForgedCallbackUrl("__Secure-next-auth.callback-url=%E0%A4%A")).toBe("");
  });
});
