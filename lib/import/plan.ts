import { checkRows, teamKey, type Checked } from "./check-rows";
import { planFamilies } from "./plan-families";
import { reject, settle, type Existing, type Writes } from "./plan-shared";
import { planStaff } from "./plan-staff";
import type { CsvFile } from "./read-csv";
import type { Counts, FileReport, ImportKind, ImportReport, RowReport } from "./types";

// The files checked together, against what the organisation already has: which rows create,
// change or leave alone which team, person or family, and every problem. Pure: the action loads
// `Existing` inside its transaction and writes `Writes` only when there is no problem at all.

export type UploadedFiles = Partial<Record<ImportKind, { fileName: string; csv: CsvFile }>>;

const noCounts = (): Counts => ({ created: 0, changed: 0, unchanged: 0 });

export function planImport(files: UploadedFiles, existing: Existing, actor: { id: string; organisationId: string }) {
  const counts: Record<ImportKind, Counts> = { teams: noCounts(), staff: noCounts(), families: noCounts() };
  const writes: Writes = { teams: [], users: [], userUpdates: [], memberships: [], families: [], familyUpdates: [], followers: [] };
  const teamIdOf = new Map(existing.teams.map((team) => [teamKey(team.name), team.id]));
  const keyOfTeamId = new Map(existing.teams.map((team) => [team.id, teamKey(team.name)]));
  const teamNames = new Set(teamIdOf.keys());

  const teamRows = checkRows("teams", files.teams?.csv.rows ?? []);
  const firstLine = new Map<string, number>();
  for (const { report, entry } of teamRows) {
    if (!entry) continue;
    const key = teamKey(entry.name);
    if (firstLine.has(key)) {
      reject(report, { key: "duplicateRow", values: { first: firstLine.get(key)! } });
      continue;
    }
    firstLine.set(key, report.line);
    teamNames.add(key);
    const isNew = !teamIdOf.has(key);
    if (isNew) writes.teams.push(entry.name);
    settle(report, isNew, []);
    counts.teams[isNew ? "created" : "unchanged"] += 1;
  }

  const knownTeam = (report: RowReport, team: string) => {
    if (teamNames.has(teamKey(team))) return true;
    reject(report, { key: "unknownTeam", values: { team } });
    return false;
  };
  const usersByEmail = new Map(existing.users.map((user) => [user.email, user]));
  const staffRows = checkRows("staff", files.staff?.csv.rows ?? []);
  const people = planStaff(staffRows, { usersByEmail, keyOfTeamId, knownTeam, actor, writes, counts: counts.staff });

  const familyRows = checkRows("families", files.families?.csv.rows ?? []);
  planFamilies(familyRows, { people, teamIdOf, knownTeam, existing, writes, counts: counts.families });

  const reports: FileReport[] = [];
  for (const [kind, rows] of [["teams", teamRows], ["staff", staffRows], ["families", familyRows]] as const) {
    const file = files[kind];
    if (file) reports.push({ kind, fileName: file.fileName, problems: file.csv.problems, rows: rows.map((row: Checked<unknown>) => row.report) });
  }
  const problemCount = reports.reduce((sum, file) => sum + file.problems.length + file.rows.reduce((rowSum, row) => rowSum + row.problems.length, 0), 0);
  return { report: { files: reports, counts, problemCount } satisfies Omit<ImportReport, "fingerprint" | "outcome">, writes };
}
