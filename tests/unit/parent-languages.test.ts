import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { contentLocales, contentStructure } from "@/prisma/content";
import { parentLocales } from "@/lib/i18n/locales";
import { parentMessageKeys } from "@/lib/i18n/parent-messages";
import { messagesFor } from "@/lib/i18n/load-messages";
import nl from "@/lib/i18n/messages/nl.json";

// Every parent language has every text a parent reads, or the gap is listed here on purpose
// (it then shows in Dutch, never as a key).
const FALLBACKS: Record<string, string[]> = { nl: [], en: [], tr: [], ar: [], pl: [], uk: [] };

const messagesDir = path.join(import.meta.dirname, "../../lib/i18n/messages");
const ownFile = (locale: string) => JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8")) as Record<string, unknown>;

function valueAt(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function leafKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

/** ICU arguments of a message: {name} and {name, plural, …}. */
const argumentsOf = (message: string) => [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]))].sort();

const SAMPLE_VALUES = { language: "Turks", threshold: 5, current: 2, total: 12, open: 3, family: "Fam. J.", phase: "Hoofdtraject", date: "12 mei 2026", time: "14:30", option: "Klopt", team: "De Boomhut", agreements: 2, name: "Priya" };

describe.each(parentLocales.map((locale) => [locale]))("parent language %s", (locale) => {
  const own = ownFile(locale);

  it("has every text a parent reads, except the listed fallbacks", () => {
    const missing = parentMessageKeys.filter((key) => typeof valueAt(own, key) !== "string");
    expect(missing).toEqual(FALLBACKS[locale]);
  });

  it("has no texts beyond what a parent reads (the interface languages excepted)", () => {
    if (locale === "nl" || locale === "en") return;
    const extra = leafKeys(own).filter((key) => !parentMessageKeys.includes(key));
    expect(extra).toEqual([]);
  });

  it.each(parentMessageKeys.map((key) => [key]))("%s keeps the Dutch placeholders and formats", (key) => {
    const message = valueAt(own, key);
    if (typeof message !== "string") return;
    expect(argumentsOf(message)).toEqual(argumentsOf(valueAt(nl, key) as string));
    const t = createTranslator({ locale, messages: own, onError: (error) => { throw error; } });
    expect(t(key as never, SAMPLE_VALUES as never)).not.toBe("");
  });

  it("falls back to Dutch, never to a key", () => {
    const merged = messagesFor(locale);
    for (const key of parentMessageKeys) expect(typeof valueAt(merged, key), key).toBe("string");
    // A professional-only text a parent language does not have reads in Dutch.
    if (locale !== "en") expect(valueAt(merged, "Dashboard.title")).toBe(valueAt(nl, "Dashboard.title"));
  });
});

describe("instrument content in every parent language", () => {
  it("exists for each parent language, and every translation says it is not yet checked", () => {
    expect(contentLocales.map((content) => content.locale).sort()).toEqual([...parentLocales].sort());
    for (const content of contentLocales) expect(content.checkedByNativeSpeaker, content.locale).toBe(content.locale === "nl");
  });

  it.each(contentLocales.map((content) => [content.locale, content]))("%s keeps the source's placeholders out and its quotes as many", (_, content) => {
    for (const { key, items } of contentStructure.instruments) {
      for (const item of items) {
        const text = content.items[key][item.key];
        const source = contentLocales[0].items[key][item.key];
        expect(text.quotes?.length ?? 0, `${key}.${item.key}`).toBe(source.quotes?.length ?? 0);
        expect(Boolean(text.body), `${key}.${item.key}.body`).toBe(Boolean(source.body));
      }
    }
  });
});
