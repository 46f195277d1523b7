import { createHash } from "node:crypto";
import { en } from "./en";
import { nl } from "./nl";
import { contentStructure } from "./structure";
import type { InstrumentStructure, LocaleContent } from "./types";

export { contentStructure };

/** Dutch is the source language; every other locale is a translation of it. */
export const sourceLocale: LocaleContent = nl;
export const contentLocales: LocaleContent[] = [nl, en];

/**
 * Identifies one published version of an instrument: its structure and its Dutch source text.
 * Translations are left out on purpose, so adding a language does not publish a new version.
 */
export function instrumentContentHash(instrument: InstrumentStructure, source: LocaleContent = sourceLocale): string {
  const material = {
    structure: instrument,
    instrument: source.instruments[instrument.key],
    clusters: source.clusters[instrument.key],
    items: source.items[instrument.key],
    prompts: source.prompts[instrument.key],
  };
  return createHash("sha256").update(JSON.stringify(material)).digest("hex");
}
