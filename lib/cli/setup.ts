import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { accountLinkUrl, issueAccountLink } from "@/lib/auth/account-links";
import { setUpOrganisation } from "@/lib/setup/organisation-setup";
import { ZEmail } from "@/lib/validations/auth";
import { ZPersonName } from "@/lib/validations/organisation";
import { ZOrganisationName } from "@/lib/validations/setup";
import { withDatabase } from "./database";

// `npm run setup`: creates the organisation and its first administrator on a database without
// users, and prints a one-time link where the administrator chooses their password (so no
// password passes through a terminal or shell history). Asks for what the flags do not give:
//   npm run setup -- --organisation "Kindcentrum De Linde" --name "Sanne de Vries" --email sanne@delinde.nl

const { values } = parseArgs({ options: { organisation: { type: "string" }, name: { type: "string" }, email: { type: "string" } } });

const questions = [
  { key: "organisation", prompt: "Naam van de organisatie: ", schema: ZOrganisationName },
  { key: "name", prompt: "Naam van de beheerder: ", schema: ZPersonName },
  { key: "email", prompt: "E-mailadres van de beheerder: ", schema: ZEmail },
] as const;

async function ask(): Promise<Record<(typeof questions)[number]["key"], string>> {
  const answers: Record<string, string> = {};
  const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : null;
  try {
    for (const { key, prompt: question, schema } of questions) {
      let given = values[key];
      for (;;) {
        if (given === undefined) {
          if (!prompt) throw new Error(`Geef --${key} mee (geen terminal om het te vragen).`);
          given = await prompt.question(question);
        }
        const parsed = schema.safeParse(given);
        if (parsed.success) {
          answers[key] = parsed.data;
          break;
        }
        const problem = `Dit klopt niet voor --${key}: ${z.prettifyError(parsed.error)}`;
        if (!prompt) throw new Error(problem);
        console.log(problem);
        given = undefined;
      }
    }
  } finally {
    prompt?.close();
  }
  return answers as Record<(typeof questions)[number]["key"], string>;
}

async function main() {
  const answers = await ask();
  const link = await withDatabase(async (db) => {
    const outcome = await setUpOrganisation(db, { organisationName: answers.organisation, name: answers.name, email: answers.email, password: null });
    if (!outcome.ok) return null;
    return accountLinkUrl(await issueAccountLink(db, outcome.userId, "INVITATION"));
  });
  if (!link) {
    console.error("Samenspraak is al ingericht: er bestaan al gebruikers. Er is niets veranderd.");
    process.exit(2);
  }
  console.log(`\nDe organisatie "${answers.organisation}" is aangemaakt, met ${answers.email} als beheerder.`);
  console.log(`Kies het wachtwoord via deze link (werkt één keer, 7 dagen geldig):\n\n  ${link}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
