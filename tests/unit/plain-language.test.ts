import { describe, expect, it } from "vitest";
import { contentStructure } from "@/prisma/content";
import { nl } from "@/prisma/content/nl";

// Dutch statements at level B1: short, and about one thing. Two checks a machine can do:
// at most 15 words, and no two verbs joined by "en" ("kijkt naar wat kan en zegt…" asks two
// things at once). Verbs are recognised from the list below; every statement must contain at
// least one of them, so a new statement with new verbs makes this test ask for them.
const MAX_WORDS = 15;

const VERBS = new Set(
  `ben is heb heeft hebben kan kunnen wil willen weet weten ken kent kennen laat laten merken merkt
   zorg zorgt zorgen voel voelt voelen leer leert leren vertel vertelt vertellen leg legt luister luistert
   luisteren geef geeft geven verstaan neem neemt nemen zie ziet zien doe doet doen ga gaat gaan gebeuren
   help helpt helpen onthouden kijk kijkt kijken zoek zoekt zoeken durf durft durven vraag vraagt vragen
   vind vindt vinden maak maakt maken leef leeft leven praat praten spreek spreekt spreken bereiken werk
   werkt werken meebeslissen meehelpen nodigt uitnodigen`.split(/\s+/),
);

/** Statements we accept although the checks flag them, each with the reason. */
const ACCEPTED: Record<string, string> = {};

const statements = contentStructure.instruments.flatMap((instrument) =>
  instrument.items.flatMap((item) => {
    const text = nl.items[instrument.key][item.key];
    return [
      { id: `${instrument.key}.${item.key}.parentStatement`, text: text.parentStatement },
      { id: `${instrument.key}.${item.key}.professionalStatement`, text: text.professionalStatement },
    ];
  }),
);

const words = (text: string) => text.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
const hasVerb = (text: string) => words(text).some((word) => VERBS.has(word));

/** Problems a reader would notice: too long, or two actions joined by "en" in one clause. */
function plainLanguageProblems(text: string): string[] {
  const problems: string[] = [];
  if (words(text).length > MAX_WORDS) problems.push(`${words(text).length} words`);
  for (const clause of text.split(/[.,;:?!]/)) {
    const parts = clause.split(/\sen\s/);
    for (let index = 1; index < parts.length; index++) {
      if (hasVerb(parts.slice(0, index).join(" ")) && hasVerb(parts[index])) problems.push(`two verbs joined by "en": ${clause.trim()}`);
    }
  }
  return problems;
}

describe("Plain language of the Dutch statements", () => {
  it("flags what it should", () => {
    expect(plainLanguageProblems("De professional kijkt naar wat wel kan en zegt niet te snel dat iets niet kan.")).not.toEqual([]);
    expect(plainLanguageProblems("Ik kan meepraten en meebeslissen, bijvoorbeeld via de oudercommissie of de ouderraad.")).not.toEqual([]);
    expect(plainLanguageProblems("De professional zorgt voor een veilige sfeer, zodat ik durf te vertellen waar ik tegenaan loop.")).toEqual(["16 words"]);
    expect(plainLanguageProblems("De professional leeft mee met mij en mijn kind.")).toEqual([]);
  });

  it.each(statements.map((statement) => [statement.id, statement.text]))("%s is short and about one thing", (id, text) => {
    expect(hasVerb(text), `no known verb in "${text}": add its verbs to VERBS`).toBe(true);
    if (ACCEPTED[id]) return;
    expect(plainLanguageProblems(text)).toEqual([]);
  });
});
