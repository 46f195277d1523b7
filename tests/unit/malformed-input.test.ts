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
