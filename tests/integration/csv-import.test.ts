import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createWorld, type World } from "../support/factories";
import { csvFile, importUpload, problemLines, type Upload } from "../support/csv-upload";
import { resetDatabase } from "../support/reset-database";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let world: World;
beforeEach(async () => {
  await resetDatabase(db);
  world = await createWorld(db);
  vi.mocked(getCurrentUser).mockResolvedValue(world.actors.admin);
});

/** A small school: two teams, three staff (one in both teams), three families. */
function school(style: "excel" | "comma" = "excel"): Upload {
  return {
    teams: csvFile("teams.csv", [["team"], ["Groep 1-2"], ["Groep 3"]], style),
    staff: csvFile(
      "medewerkers.csv",
      [
        ["naam", "e-mail", "rol", "team"],
        ["Anna de Boer", "Anna.deBoer@school.nl", "professional", "Groep 1-2"],
        ["Anna de Boer", "anna.deboer@school.nl", "professional", "groep 3"],
        ["Karim Amrani", "karim@school.nl", "teamleider", "Groep 3"],
        ["Els Visser", "els@school.nl", "beheerder", ""],
      ],
      style,
    ),
    families: csvFile(
      "gezinnen.csv",
      [
        ["label", "team", "taal", "professionals"],
        ["Fam. A.", "Groep 1-2", "nl", "anna.deboer@school.nl"],
        ["Fam. B.", "Groep 3", "Turks", ""],
        ["Fam. C.", "Groep 3", "", "anna.deboer@school.nl"],
      ],
      style,
    ),
  };
}

describe("importing teams, staff and families from CSV", () => {
  it("imports a Dutch Excel file set in one go, and the audit log records it once, with counts only", async () => {
    const report = await importUpload(school());
    expect(problemLines(report)).toEqual([]);
    expect(report.outcome).toBe("imported");
    expect(report.counts).toEqual({
      teams: { created: 2, changed: 0, unchanged: 0 },
      staff: { created: 3, changed: 0, unchanged: 0 },
      families: { created: 3, changed: 0, unchanged: 0 },
    });
    const orgId = world.organisation.id;
    const teams = await db.team.findMany({ where: { organisationId: orgId, name: { startsWith: "Groep" } }, select: { name: true, members: { select: { user: { select: { email: true } } } } } });
    expect(teams.map((team) => [team.name, team.members.map((member) => member.user.email).sort()]).sort()).toEqual([
      ["Groep 1-2", ["anna.deboer@school.nl"]],
      ["Groep 3", ["anna.deboer@school.nl", "karim@school.nl"]],
    ]);
    const anna = await db.user.findUniqueOrThrow({ where: { email: "anna.deboer@school.nl" }, omit: { passwordHash: false } });
    expect(anna).toMatchObject({ organisationId: orgId, name: "Anna de Boer", role: "PROFESSIONAL", passwordHash: null, active: true });
    expect((await db.user.findUniqueOrThrow({ where: { email: "els@school.nl" } })).role).toBe("ADMIN");
    const families = await db.family.findMany({ where: { organisationId: orgId, label: { startsWith: "Fam. " } }, orderBy: { label: "asc" }, include: { team: true, professionals: true } });
    expect(families.map((family) => [family.label, family.team.name, family.preferredLanguage, family.professionals.map((link) => link.userId)])).toEqual([
      ["Fam. A.", "Groep 1-2", "nl", [anna.id]],
      ["Fam. B.", "Groep 3", "tr", []],
      ["Fam. C.", "Groep 3", "nl", [anna.id]],
    ]);
    const events = await db.auditEvent.findMany({ where: { organisationId: orgId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "DATA_IMPORTED", actorId: world.actors.admin.id, familyId: null, subjectUserId: null });
    expect(events[0].subjectLabel).toBe("Nieuw: 2 teams, 3 medewerkers, 3 gezinnen. Aangepast: 0 medewerkers, 0 gezinnen.");
  });
});
