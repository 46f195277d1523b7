import { createHash } from "node:crypto";
import { ar } from "./ar";
import { en } from "./en";
import { nl } from "./nl";
import { pl } from "./pl";
import { tr } from "./tr";
import { uk } from "./uk";
import { contentStructure } from "./structure";
import type { InstrumentStructure, LocaleContent } from "./types";

export { contentStructure };

/** Dutch is the source language; every other locale is a translation of it. */
export const sourceLocale: LocaleContent = nl;
/** One file per parent language (lib/i18n/locales.ts: parentLocales), Dutch first. */
export const contentLocales: LocaleContent[] = [nl, en, tr, ar, pl, uk];

/**
 * Identifies one published version of an instrument: its structure and its Dutch source text.
 * Translations are left out on purpose, so adding a language does not publish a new version.
 */
export function instrumentContentHash(instrument: InstrumentStructure, source: LocaleContent = sourceLocale): string {
  const material = {
    structure: instrument,
    instrument: source.instruments[instrument.key],
    clusters: source.clusters[instrument.key],
    items: withHashedFieldNames(source.items[instrument.key]),
    prompts: source.prompts[instrument.key],
  };
  return createHash("sha256").update(JSON.stringify(material)).digest("hex");
}

/**
 * The hash of every published version was taken when the statements were still called
 * `parentPrompt` and `professionalPrompt`. Hashed under those names, in the same order, the
 * rename publishes nothing new; only a change of the Dutch text does.
 */
const hashedFieldNames: Record<string, string> = { parentStatement: "parentPrompt", professionalStatement: "professionalPrompt" };

function withHashedFieldNames(items: LocaleContent["items"][string]) {
  return Object.fromEntries(
    Object.entries(items).map(([key, text]) => [key, Object.fromEntries(Object.entries(text).map(([field, value]) => [hashedFieldNames[field] ?? field, value]))]),
  );
}
