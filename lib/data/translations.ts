import "server-only";
import { canManageOrganisation } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { messagesFor, ownMessagesOf } from "@/lib/i18n/load-messages";
import { parentLocales, type ParentLocale } from "@/lib/i18n/locales";
import { parentMessageKeys } from "@/lib/i18n/parent-messages";
import { interfaceCheckedByNativeSpeaker } from "@/lib/i18n/translation-status";
import { getInstrumentCatalogue, type CatalogueDto, type TextMeta } from "./instruments";

// For the admin: every translated text a native speaker has not checked yet, beside its Dutch
// source, so an organisation can have them checked. Texts a language lacks show as missing.

export const translationFields = ["interface", "name", "summary", "source", "description", "title", "body", "parentStatement", "professionalStatement", "quotes", "text"] as const;
export type TranslationField = (typeof translationFields)[number];

export interface TranslationRow {
  /** Where the text appears, in the source's words ("Praatplaat · Sta dichtbij"), or its message key. */
  where: string;
  field: TranslationField;
  source: string;
  /** Null when the language has no text here yet (the parent then reads the Dutch). */
  translation: string | null;
}

export interface LanguageTranslations {
  locale: ParentLocale;
  rows: TranslationRow[];
}

/** Pairs each text of one catalogue with the same text of the Dutch one. */
function contentRows(translated: CatalogueDto, dutch: CatalogueDto, locale: string): TranslationRow[] {
  const rows: TranslationRow[] = [];
  const add = <T extends TextMeta>(where: string, text: T, source: T, fields: (TranslationField & keyof T)[]) => {
    if (text.checkedByNativeSpeaker && text.locale === locale) return;
    for (const field of fields) {
      const values = [text[field]].flat() as (string | null)[];
      const sources = [source[field]].flat() as (string | null)[];
      sources.forEach((value, index) => {
        if (value) rows.push({ where, field, source: value, translation: text.locale === locale ? (values[index] ?? null) : null });
      });
    }
  };
  for (const [index, instrument] of translated.instruments.entries()) {
    const source = dutch.instruments[index];
    add(source.name, instrument, source, ["name", "summary", "source"]);
    instrument.clusters.forEach((cluster, i) => add(`${source.name} · ${source.clusters[i].name}`, cluster, source.clusters[i], ["name", "description"]));
    instrument.items.forEach((item, i) =>
      add(`${source.name} · ${source.items[i].title}`, item, source.items[i], ["title", "body", "parentStatement", "professionalStatement", "quotes"]),
    );
    instrument.prompts.forEach((prompt, i) => add(source.name, prompt, source.prompts[i], ["text"]));
  }
  translated.phases.forEach((phase, i) => add(dutch.phases[i].name, phase, dutch.phases[i], ["name", "description"]));
  translated.practiceTips.forEach((tip, i) => add("Tips", tip, dutch.practiceTips[i], ["text"]));
  return rows;
}

function interfaceRows(locale: ParentLocale): TranslationRow[] {
  if (interfaceCheckedByNativeSpeaker[locale]) return [];
  const at = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
  const dutch = messagesFor("nl");
  const translated = ownMessagesOf(locale);
  return parentMessageKeys.map((key) => ({
    where: key,
    field: "interface" as const,
    source: at(dutch, key) as string,
    translation: (at(translated, key) as string | undefined) ?? null,
  }));
}

export async function getUncheckedTranslations(user: SessionUser): Promise<LanguageTranslations[] | null> {
  if (!canManageOrganisation(user)) return null;
  const dutch = await getInstrumentCatalogue("nl");
  const translated = parentLocales.filter((locale) => locale !== "nl");
  const catalogues = await Promise.all(translated.map((locale) => getInstrumentCatalogue(locale)));
  return translated.map((locale, index) => ({ locale, rows: [...interfaceRows(locale), ...contentRows(catalogues[index], dutch, locale)] }));
}
