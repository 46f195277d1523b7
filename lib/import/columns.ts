import type { Role } from "@/lib/generated/prisma/enums";
import type { ImportKind } from "./types";

// The columns of each file, by their Dutch name as the template writes them, and the other
// names an administration system (ParnasSys, Magister, a spreadsheet) may give them. Headers are
// compared without case, accents, spaces or dashes: "E-mailadres" and "emailadres" are one.

export interface Column {
  name: string;
  required: boolean;
  aliases: string[];
}

const team = (required: boolean): Column => ({ name: "team", required, aliases: ["teamnaam", "groep", "groepsnaam", "klas", "group", "class", "teamname"] });

export const columnsOf: Record<ImportKind, Column[]> = {
  teams: [{ ...team(true), aliases: [...team(true).aliases, "naam", "name"] }],
  staff: [
    { name: "naam", required: true, aliases: ["volledigenaam", "name", "fullname"] },
    { name: "e-mail", required: true, aliases: ["emailadres", "mail", "mailadres", "emailaddress"] },
    { name: "rol", required: true, aliases: ["role"] },
    // Optional: a file of administrators only has no teams. A person in two teams has two rows.
    team(false),
  ],
  families: [
    { name: "label", required: true, aliases: ["gezin", "gezinslabel", "pseudoniem", "family", "familylabel"] },
    team(true),
    { name: "taal", required: false, aliases: ["thuistaal", "taalvandeouder", "language", "homelanguage", "preferredlanguage"] },
    { name: "professionals", required: false, aliases: ["professional", "emailprofessional", "emailprofessionals", "begeleider", "begeleiders"] },
  ],
};

/** "E-mail adres" → "emailadres": how headers and role names are compared. */
export function normaliseWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The column a header names, if any. */
export function columnFor(kind: ImportKind, header: string): Column | undefined {
  const word = normaliseWord(header);
  return columnsOf[kind].find((column) => normaliseWord(column.name) === word || column.aliases.includes(word));
}

const roleWords: Record<string, Role> = {
  professional: "PROFESSIONAL",
  leerkracht: "PROFESSIONAL",
  medewerker: "PROFESSIONAL",
  pedagogischmedewerker: "PROFESSIONAL",
  teamleider: "TEAM_LEAD",
  leidinggevende: "TEAM_LEAD",
  teamlead: "TEAM_LEAD",
  beheerder: "ADMIN",
  admin: "ADMIN",
  administrator: "ADMIN",
};

export function roleFor(text: string): Role | undefined {
  return roleWords[normaliseWord(text)];
}

/** The example files' names, which are also their addresses: /api/importeren/voorbeeld/gezinnen. */
export const templateFileNames: Record<ImportKind, string> = { teams: "teams", staff: "medewerkers", families: "gezinnen" };

/** An example file: the header, then rows showing what a filled-in file looks like. */
export function templateCsv(kind: ImportKind): string[][] {
  return [columnsOf[kind].map((column) => column.name), ...templateRows[kind]];
}

const templateRows: Record<ImportKind, string[][]> = {
  teams: [["Groep 1-2"], ["Groep 3"]],
  staff: [
    ["Anna de Boer", "anna.deboer@voorbeeldschool.nl", "professional", "Groep 1-2"],
    ["Anna de Boer", "anna.deboer@voorbeeldschool.nl", "professional", "Groep 3"],
    ["Karim Amrani", "karim.amrani@voorbeeldschool.nl", "teamleider", "Groep 3"],
    ["Els Visser", "els.visser@voorbeeldschool.nl", "beheerder", ""],
  ],
  families: [
    ["Fam. A.", "Groep 1-2", "nl", "anna.deboer@voorbeeldschool.nl"],
    ["Fam. B.", "Groep 3", "tr", ""],
  ],
};
