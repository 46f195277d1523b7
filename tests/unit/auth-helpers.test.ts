import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { clientIp } from "@/lib/auth/client-ip";
import { canDeleteFamilies, canManageOrganisation, canUseTeamForFamilies, familyScope } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";

const user = (role: SessionUser["role"], teamIds = ["team-a"]): SessionUser => ({
  id: "u",
  name: "U",
  email: "u@example.nl",
  role,
  organisationId: "org-1",
  teamIds,
  hasPin: false,
});

describe("familyScope", () => {
  it("limits a professional to the families of their own teams in their organisation", () => {
    expect(familyScope(user("PROFESSIONAL"))).toEqual({ organisationId: "org-1", teamId: { in: ["team-a"] } });
  });
  it("gives the admin the whole organisation, and a team lead no family at all", () => {
    expect(familyScope(user("ADMIN"))).toEqual({ organisationId: "org-1" });
    expect(familyScope(user("TEAM_LEAD"))).toEqual({ id: { in: [] } });
  });
});

describe("role checks", () => {
  it("only the admin manages the organisation and erases families", () => {
    expect([canManageOrganisation(user("ADMIN")), canManageOrganisation(user("TEAM_LEAD"))]).toEqual([true, false]);
    expect([canDeleteFamilies(user("ADMIN")), canDeleteFamilies(user("PROFESSIONAL"))]).toEqual([true, false]);
  });
  it("a professional places families only in their own team, never in another organisation's", () => {
    expect(canUseTeamForFamilies(user("PROFESSIONAL"), { id: "team-a", organisationId: "org-1" })).toBe(true);
    expect(canUseTeamForFamilies(user("PROFESSIONAL"), { id: "team-b", organisationId: "org-1" })).toBe(false);
    expect(canUseTeamForFamilies(user("ADMIN"), { id: "team-b", organisationId: "org-1" })).toBe(true);
    expect(canUseTeamForFamilies(user("ADMIN"), { id: "team-c", organisationId: "org-2" })).toBe(false);
  });
});

describe("safeCallbackPath", () => {
  it("keeps paths on this site and refuses everything that leaves it", () => {
    expect(safeCallbackPath("/gezinnen/abc?x=1")).toBe("/gezinnen/abc?x=1");
    for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined, ["/a"]]) {
      expect(safeCallbackPath(evil)).toBe("/start");
    }
  });
});

describe("clientIp", () => {
  it("reads the address the server front wrote, and never a client's own x-real-ip", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.1" })).toBe("203.0.113.1");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.2" }))).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });
});
