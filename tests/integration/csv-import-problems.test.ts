import { describe, expect, it, vi } from "vitest";
import { importDataAction } from "@/lib/actions/import";
import * as audit from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { MAX_ROWS } from "@/lib/import/read-csv";
import { MAX_FILE_BYTES } from "@/lib/validations/import";
import { adminWorld, checkUpload, csvFile, importUpload, problemLines, uploadForm } from "../support/csv-upload";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/audit/record", async (original) => {
  const actual = await original<typeof import("@/lib/audit/record")>();
  return { ...actual, recordAudit: vi.fn(actual.recordAudit) };
});

const currentWorld = adminWorld();

const emailOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).email;
/** How many rows the import could have written: all of them stay as they were. */
const written = async () => [await db.team.count(), await db.user.count(), await db.teamMembership.count(), await db.family.count(), await db.familyProfessional.count(), await db.auditEvent.count()];

const bytesFile = (name: string, bytes: number[] | Uint8Array) => new File([new Uint8Array(bytes)], name, { type: "text/csv" });

describe("the CSV validator explains every bad row in plain Dutch, and imports nothing until all is right", () => {
  it("names every kind of bad row with its line", async () => {
    const otherOrganisationEmail = await emailOf(currentWorld().actors["admin of another organisation"].id);
    const [admin, teamLead, professional] = await Promise.all([emailOf(currentWorld().actors.admin.id), emailOf(currentWorld().actors["team lead of the team"].id), emailOf(currentWorld().professional.id)]);
    const before = await written();
    const upload = {
      teams: csvFile("teams.csv", [["team"], ["Groep 1-2"], ["groep 1-2"], ["G".repeat(81)]]),
      staff: csvFile("medewerkers.csv", [
        ["naam", "e-mail", "rol", "team"],
        ["", "a@school.nl", "professional", "Groep 1-2"],
        ["Bob", "", "professional", "Groep 1-2"],
        ["Cor", "cor@", "professional", "Groep 1-2"],
        ["Dirk", "dirk@school.nl", "directeur", "Groep 1-2"],
        ["Eva", "eva@school.nl", "professional", "Groep 9"],
        ["Fleur", "fleur@school.nl", "professional", "Groep 1-2"],
        ["Fleur", "fleur@school.nl", "professional", "Groep 1-2"],
        ["Fleur B", "fleur@school.nl", "professional", ""],
        ["Gijs", otherOrganisationEmail, "professional", "Groep 1-2"],
        ["Ikzelf", admin, "professional", ""],
        ["Hans", "hans@school.nl", "teamleider", "Groep 1-2", "geheim"],
        ["Karel", "karel@school.nl", "professional", "Groep 1-2"],
      ]),
      families: csvFile("gezinnen.csv", [
        ["label", "team", "taal", "professionals"],
        ["", "Groep 1-2", "nl", ""],
        ["Fam. 12-03-2019", "Groep 1-2", "nl", ""],
        ["Fam. X", "Groep 1-2", "Klingon", ""],
        ["Fam. Y", "Groep 9", "nl", ""],
        ["Fam. Z", "Groep 1-2", "nl", `nobody@school.nl ${otherOrganisationEmail}`],
        ["Fam. Q", currentWorld().teamA.name, "nl", teamLead],
        ["Fam. R", "Groep 1-2", "nl", professional],
        ["Fam. S", "Groep 1-2", "nl", "karel@school.nl"],
        ["Fam. S", "Groep 1-2", "tr", ""],
        ["Fam. T", "Groep 1-2", "nl", "niet-een-adres"],
        ["F".repeat(41), "Groep 1-2", "nl", ""],
      ]),
    };
    const report = await checkUpload(upload);
    expect(problemLines(report)).toEqual([
      "teams: Regel 3: dit staat al op regel 2.",
      "teams: Regel 4: de naam van het team is te lang. Het mag hoogstens 80 tekens zijn.",
      "staff: Regel 2: de naam ontbreekt.",
      "staff: Regel 3: het e-mailadres ontbreekt.",
      "staff: Regel 4: ‘cor@’ is geen goed e-mailadres.",
      "staff: Regel 5: de rol ‘directeur’ kennen we niet. Kies professional, teamleider of beheerder.",
      "staff: Regel 6: team ‘Groep 9’ bestaat niet in dit bestand of in de organisatie.",
      "staff: Regel 8: dit staat al op regel 7.",
      "staff: Regel 9: dit e-mailadres staat ook op regel 7, maar met een andere naam of rol.",
      `staff: Regel 10: het e-mailadres ${otherOrganisationEmail} is al in gebruik, buiten deze organisatie. Kies een ander e-mailadres.`,
      "staff: Regel 11: dit ben jij. Je eigen rol kun je niet veranderen met een import.",
      "staff: Regel 12: er staat iets in een kolom zonder naam. Haal het weg.",
      "families: Regel 2: het label ontbreekt.",
      "families: Regel 3: het label lijkt een datum, een lang nummer (zoals een BSN) of een e-mailadres te hebben. Gebruik een schuilnaam zonder persoonsgegevens, zoals ‘Fam. J.’.",
      "families: Regel 4: de taal ‘Klingon’ kennen we niet. Gebruik een taalcode, zoals nl, tr of ar.",
      "families: Regel 5: team ‘Groep 9’ bestaat niet in dit bestand of in de organisatie.",
      "families: Regel 6: nobody@school.nl staat niet bij de medewerkers, in het bestand of in de organisatie.",
      // Someone of another organisation is as unknown as nobody: the file learns nothing of them.
      `families: Regel 6: ${otherOrganisationEmail} staat niet bij de medewerkers, in het bestand of in de organisatie.`,
      `families: Regel 7: ${teamLead} is geen professional. Alleen een professional kan een gezin volgen.`,
      `families: Regel 8: ${professional} zit niet in team ‘Groep 1-2’. Alleen professionals van het eigen team kunnen een gezin volgen.`,
      "families: Regel 10: dit staat al op regel 9.",
      "families: Regel 11: ‘niet-een-adres’ is geen goed e-mailadres.",
      "families: Regel 12: het label is te lang. Het mag hoogstens 40 tekens zijn.",
    ]);
    expect(report.problemCount).toBe(23);
    expect(JSON.stringify(report)).not.toContain(currentWorld().otherOrganisation.name);
    // Every row is in the preview, the good ones too.
    expect(report.files.map((file) => file.rows.length)).toEqual([3, 12, 11]);
    expect(report.files[1].rows[5]).toMatchObject({ line: 7, status: "new", cells: ["Fleur", "fleur@school.nl", "professional", "Groep 1-2"] });
    // Pressing "Importeren" anyway writes nothing: the action checks again.
    const imported = await importUpload(upload);
    expect([imported.outcome, imported.problemCount]).toEqual(["checked", 23]);
    expect(await written()).toEqual(before);
  });

  it("explains a file that cannot be read at all", async () => {
    const tooMany = csvFile("teams.csv", [["team"], ...Array.from({ length: MAX_ROWS + 1 }, (_, index) => [`Team ${index}`])]);
    const cases: [string, File][] = [
      ["Dit bestand is leeg. Zet er een regel met de namen van de kolommen in, en minstens één regel met gegevens.", bytesFile("teams.csv", [])],
      ["Dit bestand is leeg. Zet er een regel met de namen van de kolommen in, en minstens één regel met gegevens.", csvFile("teams.csv", [["team"], [""]])],
      ["Dit is een Excel-bestand, geen CSV-bestand. Kies in Excel ‘Opslaan als’ en dan ‘CSV UTF-8’.", bytesFile("teams.xlsx", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
      // "team\\nGroep é" as an old Excel CSV (Windows-1252) saves it, and as "Unicode text" (UTF-16).
      ["Dit bestand is niet als UTF-8 opgeslagen, dus letters als é kloppen niet. Kies in Excel ‘Opslaan als’ en dan ‘CSV UTF-8’.", bytesFile("teams.csv", [...Buffer.from("team\r\nGroep "), 0xe9])],
      ["Dit bestand is niet als UTF-8 opgeslagen, dus letters als é kloppen niet. Kies in Excel ‘Opslaan als’ en dan ‘CSV UTF-8’.", bytesFile("teams.csv", [0xff, 0xfe, ...Buffer.from("team", "utf16le")])],
      ["Dit is geen CSV-bestand. Kies een bestand dat eindigt op .csv.", bytesFile("teams.csv", [...Buffer.from("team\n"), 0x00, 0x01])],
      ["Op regel 3 begint een aanhalingsteken (\") dat nergens stopt. Haal het weg, of zet er een tweede achter.", bytesFile("teams.csv", [...Buffer.from('team\nGroep 1\n"Groep 2\nGroep 3\n')])],
      ["Dit bestand heeft meer dan 10.000 regels. Verdeel het over meer bestanden.", tooMany],
      ["De kolom ‘team’ staat er twee keer in.", csvFile("teams.csv", [["team", "groep"], ["Groep 1", "Groep 1"]])],
    ];
    for (const [expected, file] of cases) {
      const report = await checkUpload({ teams: file });
      expect(problemLines(report), expected).toEqual([`teams: ${expected}`]);
      expect(report.files[0].rows).toEqual([]);
    }
    const wrongHeaders = await checkUpload({ staff: csvFile("medewerkers.csv", [["naam", "email", "functie", "geboortedatum"], ["Anna", "anna@school.nl", "leerkracht", "2001-01-01"]]) });
    expect(problemLines(wrongHeaders)).toEqual([
      "staff: De kolom ‘functie’ kennen we niet. Haal die kolom weg: Samenspraak bewaart alleen wat in het voorbeeldbestand staat.",
      "staff: De kolom ‘geboortedatum’ kennen we niet. Haal die kolom weg: Samenspraak bewaart alleen wat in het voorbeeldbestand staat.",
      "staff: De kolom ‘rol’ ontbreekt. Zet in de eerste regel de namen van de kolommen, zoals in het voorbeeldbestand.",
    ]);
  });

  it("refuses no file, a file over the size limit, and anyone but the admin", async () => {
    expect(await importDataAction(null, uploadForm({}, "check"))).toEqual({ ok: false, message: "invalid", fieldErrors: { files: ["chooseFile"] } });
    const large = bytesFile("teams.csv", Buffer.alloc(MAX_FILE_BYTES + 1, "a"));
    expect(await importDataAction(null, uploadForm({ teams: large }, "check"))).toEqual({ ok: false, message: "invalid", fieldErrors: { teams: ["fileTooLarge"] } });
    const upload = { teams: csvFile("teams.csv", [["team"], ["Groep 7"]]) };
    for (const actor of ["professional of the team", "team lead of the team", "anonymous"] as const) {
      vi.mocked(getCurrentUser).mockResolvedValue(currentWorld().actors[actor]);
      const result = await importDataAction(null, uploadForm(upload, "import"));
      expect(result, actor).toMatchObject({ ok: false, message: actor === "anonymous" ? "unauthenticated" : "forbidden" });
    }
    expect(await db.team.count({ where: { name: "Groep 7" } })).toBe(0);
  });

  it("imports into the admin's own organisation only, where another organisation's team is unknown", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(currentWorld().actors["admin of another organisation"]);
    const report = await checkUpload({ families: csvFile("gezinnen.csv", [["label", "team"], ["Fam. A.", currentWorld().teamA.name]]) });
    expect(problemLines(report)).toEqual([`families: Regel 2: team ‘${currentWorld().teamA.name}’ bestaat niet in dit bestand of in de organisatie.`]);
    await importUpload({ teams: csvFile("teams.csv", [["team"], [currentWorld().teamA.name]]) });
    expect(await db.team.count({ where: { name: currentWorld().teamA.name } })).toBe(2);
    expect((await db.team.findFirstOrThrow({ where: { name: currentWorld().teamA.name, NOT: { id: currentWorld().teamA.id } } })).organisationId).toBe(currentWorld().otherOrganisation.id);
  });

  it("imports only the files that were checked: other files since are checked, not imported", async () => {
    const checked = await checkUpload({ teams: csvFile("teams.csv", [["team"], ["Groep 7"]]) });
    const result = await importDataAction(null, uploadForm({ teams: csvFile("teams.csv", [["team"], ["Groep 8"]]) }, "import", checked.fingerprint));
    expect(result).toMatchObject({ ok: true, data: { outcome: "stale", counts: { teams: { created: 1 } } } });
    expect(await db.team.count({ where: { name: { in: ["Groep 7", "Groep 8"] } } })).toBe(0);
  });

  it("is all or nothing: a failure while writing leaves nothing behind", async () => {
    const before = await written();
    vi.mocked(audit.recordAudit).mockRejectedValueOnce(new Error("the disk is full"));
    vi.spyOn(console, "error").mockImplementationOnce(() => undefined);
    const upload = {
      teams: csvFile("teams.csv", [["team"], ["Groep 7"]]),
      staff: csvFile("medewerkers.csv", [["naam", "e-mail", "rol", "team"], ["Anna", "anna@school.nl", "professional", "Groep 7"]]),
      families: csvFile("gezinnen.csv", [["label", "team", "professionals"], ["Fam. A.", "Groep 7", "anna@school.nl"]]),
    };
    const checked = await checkUpload(upload);
    expect(await importDataAction(null, uploadForm(upload, "import", checked.fingerprint))).toEqual({ ok: false, message: "unexpected" });
    expect(await written()).toEqual(before);
  });
});
