import { describe, expect, it, vi } from "vitest";
import { GET as template } from "@/app/api/importeren/voorbeeld/[kind]/route";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { adminWorld, checkUpload, csvFile, importUpload, problemLines, type Upload } from "../support/csv-upload";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const currentWorld = adminWorld();

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

/** Everything an import may write, in a stable order: equal snapshots, unchanged data. */
async function snapshot(organisationId: string) {
  return {
    teams: await db.team.findMany({ where: { organisationId }, orderBy: { name: "asc" } }),
    users: await db.user.findMany({ where: { organisationId }, orderBy: { email: "asc" }, omit: { passwordHash: false } }),
    memberships: await db.teamMembership.findMany({ where: { team: { organisationId } }, orderBy: [{ teamId: "asc" }, { userId: "asc" }] }),
    families: await db.family.findMany({ where: { organisationId }, orderBy: [{ teamId: "asc" }, { label: "asc" }] }),
    followers: await db.familyProfessional.findMany({ where: { family: { organisationId } }, orderBy: [{ familyId: "asc" }, { userId: "asc" }] }),
    audit: await db.auditEvent.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
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
    const orgId = currentWorld().organisation.id;
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
    expect(events[0]).toMatchObject({ action: "DATA_IMPORTED", actorId: currentWorld().actors.admin.id, familyId: null, subjectUserId: null });
    expect(events[0].subjectLabel).toBe("teams: 2 nieuw; medewerkers: 3 nieuw, 0 aangepast; gezinnen: 3 nieuw, 0 aangepast");
  });

  it("reads plain comma CSV without a byte-order mark just the same", async () => {
    const report = await importUpload(school("comma"));
    expect(problemLines(report)).toEqual([]);
    expect(report.counts.families.created).toBe(3);
    expect((await db.family.findFirstOrThrow({ where: { label: "Fam. B." } })).preferredLanguage).toBe("tr");
  });

  it("understands English column names and roles, and headers in any case", async () => {
    const report = await importUpload({
      teams: csvFile("teams.csv", [["Name"], ["Groep 5"]], "comma"),
      staff: csvFile("staff.csv", [["Name", "E-mail address", "Role", "Group"], ["Ben Smit", "ben@school.nl", "Team lead", "Groep 5"]], "comma"),
      families: csvFile("families.csv", [["Family", "Class", "Language", "Professional"], ["Fam. D.", "Groep 5", "Arabic", ""]], "comma"),
    });
    expect(problemLines(report)).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { email: "ben@school.nl" } })).role).toBe("TEAM_LEAD");
    expect((await db.family.findFirstOrThrow({ where: { label: "Fam. D." } })).preferredLanguage).toBe("ar");
  });

  it("a second import of the same file is a no-op: nothing created or changed, not even in the audit log", async () => {
    await importUpload(school());
    const before = await snapshot(currentWorld().organisation.id);
    const again = await checkUpload(school("comma"));
    expect(again.counts).toEqual({
      teams: { created: 0, changed: 0, unchanged: 2 },
      staff: { created: 0, changed: 0, unchanged: 3 },
      families: { created: 0, changed: 0, unchanged: 3 },
    });
    expect(new Set(again.files.flatMap((file) => file.rows.map((row) => row.status)))).toEqual(new Set(["unchanged"]));
    const report = await importUpload(school());
    expect(report.outcome).toBe("imported");
    expect(await snapshot(currentWorld().organisation.id)).toEqual(before);
  });

  it("takes over a changed name, role and language, adds teams and professionals, and never removes any", async () => {
    await importUpload(school());
    const changed: Upload = {
      staff: csvFile("medewerkers.csv", [
        ["naam", "e-mail", "rol", "team"],
        ["Anna Jansen-de Boer", "anna.deboer@school.nl", "professional", "Groep 3"],
        ["Karim Amrani", "karim@school.nl", "professional", "Groep 3"],
        ["Karim Amrani", "karim@school.nl", "professional", "Groep 1-2"],
      ]),
      families: csvFile("gezinnen.csv", [
        ["label", "team", "taal", "professionals"],
        ["Fam. A.", "Groep 1-2", "nl", "anna.deboer@school.nl"],
        ["Fam. B.", "Groep 3", "ar", "karim@school.nl"],
      ]),
    };
    const preview = await checkUpload(changed);
    const statuses = preview.files.map((file) => file.rows.map((row) => [row.line, row.status, row.changes]));
    expect(statuses).toEqual([
      [[2, "changed", ["name"]], [3, "changed", ["role"]], [4, "changed", ["role", "teams"]]],
      [[2, "unchanged", []], [3, "changed", ["language", "professionals"]]],
    ]);
    expect(preview.counts.staff).toEqual({ created: 0, changed: 2, unchanged: 0 });
    expect(preview.counts.families).toEqual({ created: 0, changed: 1, unchanged: 1 });
    await importUpload(changed);
    const anna = await db.user.findUniqueOrThrow({ where: { email: "anna.deboer@school.nl" }, include: { memberships: { include: { team: true } } } });
    expect(anna.name).toBe("Anna Jansen-de Boer");
    expect(anna.memberships.map((membership) => membership.team.name).sort()).toEqual(["Groep 1-2", "Groep 3"]);
    const karim = await db.user.findUniqueOrThrow({ where: { email: "karim@school.nl" }, include: { memberships: { include: { team: true } } } });
    expect([karim.role, karim.memberships.map((membership) => membership.team.name).sort()]).toEqual(["PROFESSIONAL", ["Groep 1-2", "Groep 3"]]);
    const familyB = await db.family.findFirstOrThrow({ where: { label: "Fam. B." }, include: { professionals: true } });
    expect([familyB.preferredLanguage, familyB.professionals.map((link) => link.userId)]).toEqual(["ar", [karim.id]]);
    expect((await db.auditEvent.findMany({ where: { action: "DATA_IMPORTED" }, orderBy: { createdAt: "asc" } })).map((event) => event.subjectLabel)).toEqual([
      "teams: 2 nieuw; medewerkers: 3 nieuw, 0 aangepast; gezinnen: 3 nieuw, 0 aangepast",
      "teams: 0 nieuw; medewerkers: 0 nieuw, 2 aangepast; gezinnen: 0 nieuw, 1 aangepast",
    ]);
  });

  it("offers example files as Dutch Excel writes them, which import as they are", async () => {
    const upload: Upload = {};
    for (const [kind, name] of [["teams", "teams"], ["staff", "medewerkers"], ["families", "gezinnen"]] as const) {
      const response = await template(new Request(`http://localhost/api/importeren/voorbeeld/${name}`), { params: Promise.resolve({ kind: name }) });
      expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${name}.csv"`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes).split("\r\n")[0]).toBe({ teams: "team", staff: "naam;e-mail;rol;team", families: "label;team;taal;professionals" }[kind]);
      upload[kind] = new File([bytes], `${name}.csv`);
    }
    const report = await importUpload(upload);
    expect(problemLines(report)).toEqual([]);
    expect(report.counts.families.created).toBe(2);
    vi.mocked(getCurrentUser).mockResolvedValue(currentWorld().actors["professional of the team"]);
    const refused = await template(new Request("http://localhost/api/importeren/voorbeeld/teams"), { params: Promise.resolve({ kind: "teams" }) });
    expect(refused.status).toBe(404);
  });
});
