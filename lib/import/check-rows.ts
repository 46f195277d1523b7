import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { familyLanguageCodes, languageName } from "@/lib/i18n/family-languages";
import { ZEmail } from "@/lib/validations/auth";
import { looksLikePersonalData, ZFamilyLabel, ZLanguage } from "@/lib/validations/family";
import { ZCreateTeam, ZPersonName } from "@/lib/validations/organisation";
import { columnsOf, normaliseWord, roleFor } from "./columns";
import type { CsvRow } from "./read-csv";
import type { ImportKind, Problem, RowReport } from "./types";

// Each row on its own, with the same rules as the forms: what the row says, or what is wrong
// with it. Whether its team exists, or its e-mail address is taken, is for plan.ts.

export interface Checked<T> {
  report: RowReport;
  /** Null when the row itself is wrong. */
  entry: T | null;
}

export interface TeamEntry {
  name: string;
}

export interface StaffEntry {
  name: string;
  email: string;
  role: Role;
  /** Null: in no team (an administrator, say). */
  team: string | null;
}

export interface FamilyEntry {
  label: string;
  team: string;
  language: string;
  professionals: string[];
}

/** Team names as people type them: "Groep  3 " is "Groep 3". */
export const teamName = (text: string) => text.replace(/\s+/g, " ").trim();
/** Team names match without regard to case: "groep 3a" in the staff file is the team "Groep 3A". */
export const teamKey = (name: string) => name.toLocaleLowerCase("nl");

/** The longest value each column may hold: the forms' limits. */
const maxLength: Record<string, number> = { team: 80, naam: 80, "e-mail": 254, label: 40 };

function check<T>(schema: z.ZodType<T>, value: string, column: string, problems: Problem[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const key = parsed.error.issues[0]?.message;
  if (value === "") problems.push({ key: "required", values: { field: column } });
  else if (key === "emailFormat") problems.push({ key, values: { field: column, value } });
  else problems.push({ key: "tooLong", values: { field: column, max: maxLength[column] } });
  return undefined;
}

const displayNames = new Intl.DisplayNames(["nl"], { type: "language", fallback: "none" });
const knownLanguage = (code: string) => {
  try {
    return displayNames.of(code) !== undefined;
  } catch {
    return false;
  }
};

// The offered languages by their Dutch and English names, made once: "Turks" and "Turkish" are tr.
let codesByName: Map<string, string> | undefined;
const codeByName = (text: string) => {
  codesByName ??= new Map(familyLanguageCodes.flatMap((code) => ["nl", "en"].map((locale) => [normaliseWord(languageName(code, locale)), code])));
  return codesByName.get(normaliseWord(text));
};

/** "tr", "TR", "Turks" or "Turkish" is Turkish; empty is Dutch, as in the form. */
export function languageFor(text: string): string | undefined {
  if (text === "") return "nl";
  const byName = codeByName(text);
  if (byName) return byName;
  let code: string;
  try {
    code = Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
  return ZLanguage.safeParse(code).success && knownLanguage(code) ? code : undefined;
}

const rules: { [K in ImportKind]: (values: Record<string, string>, problems: Problem[]) => Partial<Entries[K]> } = {
  teams: (values, problems) => ({ name: check(ZCreateTeam.shape.name, teamName(values.team), "team", problems) }),
  staff: (values, problems) => {
    const role = roleFor(values.rol);
    if (values.rol === "") problems.push({ key: "required", values: { field: "rol" } });
    else if (!role) problems.push({ key: "unknownRole", values: { role: values.rol } });
    const team = teamName(values.team ?? "");
    return {
      name: check(ZPersonName, values.naam, "naam", problems),
      email: check(ZEmail, values["e-mail"], "e-mail", problems),
      role,
      team: team === "" ? null : check(ZCreateTeam.shape.name, team, "team", problems),
    };
  },
  families: (values, problems) => {
    const label = check(ZFamilyLabel, values.label, "label", problems);
    if (label && looksLikePersonalData(label)) problems.push({ key: "personalData" });
    const language = languageFor(values.taal ?? "");
    if (!language) problems.push({ key: "unknownLanguage", values: { language: values.taal } });
    // E-mail addresses hold no spaces, commas, semicolons or bars: any of them separates two.
    const professionals = (values.professionals ?? "").split(/[\s,;|]+/).filter(Boolean);
    for (const email of professionals) {
      if (!ZEmail.safeParse(email).success) problems.push({ key: "emailFormat", values: { field: "professionals", value: email } });
    }
    return {
      label,
      team: check(ZCreateTeam.shape.name, teamName(values.team), "team", problems),
      language,
      professionals: [...new Set(professionals.map((email) => email.toLowerCase()))],
    };
  },
};

interface Entries {
  teams: TeamEntry;
  staff: StaffEntry;
  families: FamilyEntry;
}

export function checkRows<K extends ImportKind>(kind: K, rows: CsvRow[]): Checked<Entries[K]>[] {
  return rows.map((row) => {
    const problems = [...row.problems];
    const entry = rules[kind](row.values, problems);
    const report: RowReport = {
      line: row.line,
      cells: columnsOf[kind].map((column) => row.values[column.name] ?? ""),
      status: problems.length > 0 ? "invalid" : "new",
      problems,
      changes: [],
    };
    return { report, entry: problems.length > 0 ? null : (entry as Entries[K]) };
  });
}
