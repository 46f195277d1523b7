import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { setLocaleAction } from "@/lib/actions/locale";
import { isId } from "@/lib/validations/family";
import { proxy } from "@/proxy";

// The review's malformed requests that got an HTTP 500: a NUL byte in an id in the address, and
// the locale action called with something that is not a form.
vi.mock("next/headers", () => ({ cookies: async () => ({ set: vi.fn(), get: vi.fn() }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("malformed input", () => {
  it("an address with a NUL byte or another control character is simply not found", async () => {
    for (const path of ["/gezinnen/%00", "/gesprekken/abc%00def", "/doe-mee/%0A", "/gezinnen/%E0%A4%A"]) {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      expect(response.status, path).toBe(404);
    }
    expect((await proxy(new NextRequest("http://localhost/instrumenten"))).status).toBe(200);
  });

  it("a broken form posted to an unknown API or /_next/ address is refused plainly; the API's own requests pass untouched", async () => {
    // Next answers those addresses with its not-found page, and took the form for a form action: a 500.
    const brokenForm = (path: string) =>
      new NextRequest(`http://localhost${path}`, { method: "POST", body: "x", headers: { "content-type": "multipart/form-data; boundary=x", host: "localhost" } });
    for (const path of ["/api/c8qj89r5e96i3b2bdo46gqd90?%24D2020-13-45=x", "/api/gesprekken/x/unknown", "/_next/unknown"]) {
      const response = await proxy(brokenForm(path));
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain("Malformed form.");
      expect(response.headers.get("content-security-policy"), path).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    // An API request is not a page: no sign-in redirect, no session slid forward, no page policy.
    const status = await proxy(new NextRequest("http://localhost/api/gesprekken/abc/status"));
    expect(status.headers.get("x-middleware-next")).toBe("1");
    expect(status.headers.get("content-security-policy")).toBeNull();
    expect(status.headers.get("set-cookie")).toBeNull();
  });

  it("an API address with an impossible id is not found, without asking the database", async () => {
    const { GET } = await import("@/app/api/gesprekken/[conversationId]/status/route");
    const response = await GET(new Request("http://localhost/api/gesprekken/x/status"), { params: Promise.resolve({ conversationId: "abc\u0000def" }) });
    expect(response.status).toBe(404);
  });

  it("ids are letters, digits, - and _ only", () => {
    expect(isId("cm3k2x9a00001")).toBe(true);
    for (const bad of ["", "abc\u0000", "a b", "x".repeat(65), "<script>", 42, null]) expect(isId(bad), String(bad)).toBe(false);
  });

  it("the locale action called with something other than a form changes nothing and does not fail", async () => {
    for (const bad of [null, "nl", { locale: "en" }, 5]) await expect(setLocaleAction(bad as never)).resolves.toBeUndefined();
  });
});
