import type { Role } from "@/lib/generated/prisma/enums";
import type { ChangeKey, Problem, RowReport } from "./types";

// What planning the import works with: what exists, what to write, and a row's verdict.

export interface Existing {
  teams: { id: string; name: string }[];
  /** Everyone the files name by e-mail address, in any organisation: addresses are unique. */
  users: { id: string; email: string; name: string; role: Role; organisationId: string; teamIds: string[] }[];
  families: { id: string; teamId: string; label: string; preferredLanguage: string; professionalIds: string[] }[];
}

/** Teams by key (lower case name), people by e-mail address, families by team key and label. */
export interface Writes {
  teams: string[];
  users: { email: string; name: string; role: Role }[];
  userUpdates: { id: string; name: string; role: Role }[];
  memberships: { email: string; team: string }[];
  families: { team: string; label: string; preferredLanguage: string }[];
  familyUpdates: { id: string; preferredLanguage: string }[];
  followers: { team: string; label: string; email: string }[];
}

/** A person after the import: their role and teams, for the families that name them. */
export interface Person {
  role: Role;
  teams: Set<string>;
  userId?: string;
}

/** Marks a row wrong; the first problem found for it is enough to tell. */
export function reject(report: RowReport, problem: Problem) {
  report.problems.push(problem);
  report.status = "invalid";
}

export function settle(report: RowReport, isNew: boolean, changes: ChangeKey[]) {
  if (report.status === "invalid") return;
  report.changes = changes;
  report.status = isNew ? "new" : changes.length > 0 ? "changed" : "unchanged";
}

