import { describe, expect, it, vi } from "vitest";
import { importDataAction } from "@/lib/actions/import";
import { db } from "@/lib/db";
import { adminWorld, checkUpload, csvFile, uploadForm, type Upload } from "../support/csv-upload";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const currentWorld = adminWorld();

const FAMILIES = 5_000;
const TEAMS = 25;

/** A large school board: 25 teams, 4 professionals each, 5,000 families that each one follows. */
function board(): Upload {
  const teams = Array.from({ length: TEAMS }, (_, team) => `Groep ${team + 1}`);
  const email = (team: number, person: number) => `prof-${team}-${person}@bestuur.nl`;
  const staff = teams.flatMap((name, team) => Array.from({ length: 4 }, (_, person) => [`Professional ${team}-${person}`, email(team, person), "professional", name]));
  const families = Array.from({ length: FAMILIES }, (_, index) => [`Fam. ${index}`, teams[index % TEAMS], index % 3 === 0 ? "tr" : "nl", email(index % TEAMS, index % 4)]);
  return {
    teams: csvFile("teams.csv", [["team"], ...teams.map((name) => [name])]),
    staff: csvFile("medewerkers.csv", [["naam", "e-mail", "rol", "team"], ...staff]),
    families: csvFile("gezinnen.csv", [["label", "team", "taal", "professionals"], ...families]),
  };
}

async function timed<T>(what: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${what}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

describe("a large import", () => {
  it(`imports ${FAMILIES.toLocaleString("en")} families in one transaction, and the same file again changes nothing`, async () => {
    const upload = board();
    const checked = await timed(`check of ${FAMILIES} families`, () => checkUpload(upload));
    expect(checked.problemCount).toBe(0);
    const transactions = vi.spyOn(db, "$transaction");
    const result = await timed(`import of ${FAMILIES} families (one transaction)`, () => importDataAction(null, uploadForm(upload, "import", checked.fingerprint)));
    expect(transactions).toHaveBeenCalledTimes(1);
    transactions.mockRestore();
    expect(result).toMatchObject({ ok: true, data: { outcome: "imported", counts: { families: { created: FAMILIES }, staff: { created: TEAMS * 4 } } } });
    const organisationId = currentWorld().organisation.id;
    expect(await db.family.count({ where: { organisationId } })).toBe(FAMILIES + 1);
    expect(await db.familyProfessional.count({ where: { family: { organisationId, label: { startsWith: "Fam. " } } } })).toBe(FAMILIES);
    expect(await db.family.count({ where: { organisationId, preferredLanguage: "tr" } })).toBe(Math.ceil(FAMILIES / 3));

    const again = await timed(`second import of ${FAMILIES} families (no-op)`, async () => {
      const recheck = await checkUpload(upload);
      return importDataAction(null, uploadForm(upload, "import", recheck.fingerprint));
    });
    expect(again).toMatchObject({ ok: true, data: { counts: { families: { created: 0, changed: 0, unchanged: FAMILIES } } } });
    expect(await db.family.count({ where: { organisationId } })).toBe(FAMILIES + 1);
    expect(await db.auditEvent.count({ where: { action: "DATA_IMPORTED" } })).toBe(1);
  }, 300_000);
});
