import { teamKey, type Checked, type StaffEntry } from "./check-rows";
import { reject, settle, type Existing, type Person, type Writes } from "./plan-shared";
import type { ChangeKey, Counts, RowReport } from "./types";

// Staff are matched by e-mail address. A person in two teams has two rows with the same name and
// role. A changed name or role is taken over (the administration system knows best), new teams
// are added, and no one leaves a team by an import: the file may be a part of the school.

export interface StaffContext {
  usersByEmail: Map<string, Existing["users"][number]>;
  keyOfTeamId: Map<string, string>;
  knownTeam: (report: RowReport, team: string) => boolean;
  actor: { id: string; organisationId: string };
  writes: Writes;
  counts: Counts;
}

export function planStaff(rows: Checked<StaffEntry>[], context: StaffContext): Map<string, Person> {
  const { usersByEmail, keyOfTeamId, actor, writes } = context;
  const people = new Map<string, Person>();
  for (const user of usersByEmail.values()) {
    if (user.organisationId !== actor.organisationId) continue;
    people.set(user.email, { role: user.role, userId: user.id, teams: new Set(user.teamIds.map((id) => keyOfTeamId.get(id)!)) });
  }
  const first = new Map<string, { line: number; entry: StaffEntry; teams: Set<string | null> }>();
  const changedPeople = new Map<string, boolean>();
  for (const { report, entry } of rows) {
    if (!entry || (entry.team && !context.knownTeam(report, entry.team))) continue;
    const team = entry.team ? teamKey(entry.team) : null;
    const earlier = first.get(entry.email);
    if (earlier && (earlier.entry.name !== entry.name || earlier.entry.role !== entry.role)) {
      reject(report, { key: "sameEmailDifferent", values: { first: earlier.line } });
      continue;
    }
    if (earlier?.teams.has(team)) {
      reject(report, { key: "duplicateRow", values: { first: earlier.line } });
      continue;
    }
    const user = usersByEmail.get(entry.email);
    if (user && user.organisationId !== actor.organisationId) {
      reject(report, { key: "emailTaken", values: { email: entry.email } });
      continue;
    }
    if (user?.id === actor.id && entry.role !== user.role) {
      reject(report, { key: "ownRole" });
      continue;
    }
    const person = people.get(entry.email) ?? { role: entry.role, teams: new Set<string>() };
    const changes: ChangeKey[] = [];
    if (user && user.name !== entry.name) changes.push("name");
    if (user && user.role !== entry.role) changes.push("role");
    if (user && team && !person.teams.has(team)) changes.push("teams");
    if (team && !person.teams.has(team)) writes.memberships.push({ email: entry.email, team });
    person.role = entry.role;
    if (team) person.teams.add(team);
    people.set(entry.email, person);
    settle(report, !user, changes);
    if (earlier) earlier.teams.add(team);
    else first.set(entry.email, { line: report.line, entry, teams: new Set([team]) });
    if (!earlier && !user) writes.users.push({ email: entry.email, name: entry.name, role: entry.role });
    if (!earlier && user && (changes.includes("name") || changes.includes("role"))) writes.userUpdates.push({ id: user.id, name: entry.name, role: entry.role });
    if (user) changedPeople.set(entry.email, (changedPeople.get(entry.email) ?? false) || changes.length > 0);
  }
  context.counts.created = writes.users.length;
  for (const changed of changedPeople.values()) context.counts[changed ? "changed" : "unchanged"] += 1;
  return people;
}
