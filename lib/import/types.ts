// What the import screen shows: shared by the server action and the form. Problems are message
// keys with values, so the screen says them in the admin's language (Dutch by default).

export const importKinds = ["teams", "staff", "families"] as const;
export type ImportKind = (typeof importKinds)[number];

export type ProblemKey =
  | "emptyFile"
  | "notUtf8"
  | "spreadsheet"
  | "notText"
  | "tooManyRows"
  | "unclosedQuote"
  | "missingColumn"
  | "unknownColumn"
  | "doubleColumn"
  | "extraCells"
  | "required"
  | "tooLong"
  | "emailFormat"
  | "unknownRole"
  | "unknownLanguage"
  | "personalData"
  | "duplicateRow"
  | "sameEmailDifferent"
  | "unknownTeam"
  | "emailTaken"
  | "ownRole"
  | "unknownProfessional"
  | "notAProfessional"
  | "professionalNotInTeam";

export interface Problem {
  key: ProblemKey;
  values?: Record<string, string | number>;
}

/** What importing a row does: nothing yet exists, something changes, all is there, or it cannot. */
export type RowStatus = "new" | "changed" | "unchanged" | "invalid";

/** Which of an existing team, person or family's fields a row changes. */
export type ChangeKey = "name" | "role" | "teams" | "language" | "professionals";

export interface RowReport {
  /** The line in the file (the header is line 1), as a spreadsheet shows it. */
  line: number;
  /** The row's values in the order of the kind's columns. */
  cells: string[];
  status: RowStatus;
  problems: Problem[];
  changes: ChangeKey[];
}

export interface FileReport {
  kind: ImportKind;
  fileName: string;
  /** Problems of the file as a whole: not CSV, wrong headers, too long. */
  problems: Problem[];
  rows: RowReport[];
}

/** Per kind: teams, people (not rows: a person in two teams has two rows) and families. */
export interface Counts {
  created: number;
  changed: number;
  unchanged: number;
}

export interface ImportReport {
  /** The files' SHA-256: importing checks it is still the file that was checked. */
  fingerprint: string;
  files: FileReport[];
  problemCount: number;
  counts: Record<ImportKind, Counts>;
  /** checked: nothing written; imported: written; stale: the files changed since they were checked. */
  outcome: "checked" | "imported" | "stale";
}
