import { teamKey, type Checked, type FamilyEntry } from "./check-rows";
import { reject, settle, type Existing, type Person, type Writes } from "./plan-shared";
import type { ChangeKey, Counts, Problem, RowReport } from "./types";

// Families are matched by team and label (the label is unique within a team). A different
// language is taken over; professionals named are added to those who already follow the family,
// never removed. A family that moved to another team is, to the import, a new family there.

export interface FamilyContext {
  /** Everyone in the organisation after the import, by e-mail address. */
  people: Map<string, Person>;
  teamIdOf: Map<string, string>;
  knownTeam: (report: RowReport, team: string) => boolean;
  existing: Existing;
  writes: Writes;
  counts: Counts;
}

/** Only professionals of the family's own team may follow it, as in the family form. */
function followerProblem(email: string, team: string, person: Person | undefined): Problem | null {
  // Someone of another organisation reads as unknown: the file learns nothing about them.
  if (!person) return { key: "unknownProfessional", values: { email } };
  if (person.role !== "PROFESSIONAL") return { key: "notAProfessional", values: { email } };
  if (!person.teams.has(teamKey(team))) return { key: "professionalNotInTeam", values: { email, team } };
  return null;
}

export function planFamilies(rows: Checked<FamilyEntry>[], context: FamilyContext): void {
  const { people, teamIdOf, writes, counts } = context;
  const families = new Map(context.existing.families.map((family) => [`${family.teamId}|${family.label}`, family]));
  const firstLine = new Map<string, number>();
  for (const { report, entry } of rows) {
    if (!entry || !context.knownTeam(report, entry.team)) continue;
    const team = teamKey(entry.team);
    const key = `${team}|${entry.label}`;
    if (firstLine.has(key)) {
      reject(report, { key: "duplicateRow", values: { first: firstLine.get(key)! } });
      continue;
    }
    firstLine.set(key, report.line);
    for (const email of entry.professionals) {
      const problem = followerProblem(email, entry.team, people.get(email));
      if (problem) reject(report, problem);
    }
    if (report.status === "invalid") continue;
    const teamId = teamIdOf.get(team);
    const family = teamId ? families.get(`${teamId}|${entry.label}`) : undefined;
    const followers = entry.professionals.filter((email) => {
      const userId = people.get(email)?.userId;
      return !family || !userId || !family.professionalIds.includes(userId);
    });
    writes.followers.push(...followers.map((email) => ({ team, label: entry.label, email })));
    const changes: ChangeKey[] = [];
    if (family && family.preferredLanguage !== entry.language) {
      changes.push("language");
      writes.familyUpdates.push({ id: family.id, preferredLanguage: entry.language });
    }
    if (family && followers.length > 0) changes.push("professionals");
    if (!family) writes.families.push({ team, label: entry.label, preferredLanguage: entry.language });
    settle(report, !family, changes);
    counts[!family ? "created" : changes.length > 0 ? "changed" : "unchanged"] += 1;
  }
}
