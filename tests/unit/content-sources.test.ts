import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentStructure } from "@/prisma/content";
import { nl } from "@/prisma/content/nl";
import { provenance, sourceCorrections, sources, type Origin, type SourceId } from "@/prisma/content/provenance";
import messages from "@/lib/i18n/messages/nl.json";

// The Dutch texts against the source documents they come from. Compared as a reader would:
// case, accents, punctuation and spacing aside, so "out-of-the box" and "out-of-the-box" agree.
const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const sourcesDir = path.join(import.meta.dirname, "../../prisma/content/sources");
const rawSource = (id: SourceId) => readFileSync(path.join(sourcesDir, sources[id]), "utf8");

function correctedSource(id: SourceId): string {
  let text = rawSource(id);
  for (const [wrong, right] of sourceCorrections[id]) {
    // A correction that no longer matches would hide that the source changed under us.
    expect(text, `correction "${wrong}" in ${id}`).toContain(wrong);
    text = text.replaceAll(wrong, right);
  }
  return normalise(text);
}

const source = Object.fromEntries((Object.keys(sources) as SourceId[]).map((id) => [id, correctedSource(id)])) as Record<SourceId, string>;

/** Every string in the Dutch content, by its dotted path. */
function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const contentTexts = leaves(nl).filter(([path]) => path !== "locale");
const messageText = (dotted: string) => dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages) as string;
const claimedMessages: [string, string][] = provenance
  .filter(([pattern]) => pattern.startsWith("messages:"))
  .map(([pattern]) => [pattern, messageText(pattern.slice("messages:".length))]);

const matches = (pattern: string, candidate: string) => {
  const want = pattern.split(".");
  const have = candidate.split(".");
  return want.length === have.length && want.every((segment, index) => segment === "*" || segment === have[index]);
};
const originOf = (textPath: string): Origin | undefined => provenance.find(([pattern]) => matches(pattern, textPath))?.[1];
const allTexts = [...contentTexts, ...claimedMessages];

describe("Provenance of the Dutch texts", () => {
  it("names an origin for every Dutch content text", () => {
    const unaccounted = contentTexts.map(([textPath]) => textPath).filter((textPath) => !originOf(textPath));
    expect(unaccounted).toEqual([]);
  });

  it("has no rule that matches nothing", () => {
    const unused = provenance.map(([pattern]) => pattern).filter((pattern) => !allTexts.some(([textPath]) => matches(pattern, textPath)));
    expect(unused).toEqual([]);
  });

  it("finds every text marked verbatim in its source, word for word", () => {
    const missing = allTexts.filter(([textPath, text]) => {
      const origin = originOf(textPath);
      if (origin?.how !== "verbatim") return false;
      if (origin.parts) return normalise(origin.parts.join(" ")) !== normalise(text) || origin.parts.some((part) => !source[origin.source].includes(normalise(part)));
      return !source[origin.source].includes(normalise(text));
    });
    expect(missing.map(([textPath, text]) => `${textPath}: ${text}`)).toEqual([]);
  });

  it("finds every quoted part of an adapted text both in the text and in its source", () => {
    const missing = allTexts.flatMap(([textPath, text]) => {
      const origin = originOf(textPath);
      if (origin?.how !== "adapted" || !origin.parts) return [];
      return origin.parts
        .filter((part) => !normalise(text).includes(normalise(part)) || !source[origin.source].includes(normalise(part)))
        .map((part) => `${textPath}: ${part}`);
    });
    expect(missing).toEqual([]);
  });

  it("catches a text that drifts from its source", () => {
    // The same check as above, on a text with one word changed: it must no longer be found.
    const drifted = nl.items.praatplaat["stay-close"].body!.replace("raken", "leiden");
    expect(source["003"]).toContain(normalise(nl.items.praatplaat["stay-close"].body!));
    expect(source["003"]).not.toContain(normalise(drifted));
  });
});

describe("The instruments against their sources", () => {
  const items = (key: string) => contentStructure.instruments.find((instrument) => instrument.key === key)!.items;
  const positionsIn = (id: SourceId, texts: string[]) => texts.map((text) => source[id].indexOf(normalise(text)));

  it("has the 12 questions of seed 000 word for word and in order", () => {
    const questions = items("twelve-questions").map((item) => nl.items["twelve-questions"][item.key].title);
    const positions = positionsIn("000", questions);
    expect(questions).toHaveLength(12);
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("has the praatplaat theme titles of seed 003; the garbled one is derived from its own text, and marked", () => {
    const themes = items("praatplaat");
    const notFound = themes.filter((item) => !source["003"].includes(normalise(nl.items.praatplaat[item.key].title))).map((item) => item.key);
    expect(notFound).toEqual([]);
    const derived = themes.filter((item) => item.reconstructed).map((item) => nl.items.praatplaat[item.key]);
    expect(derived).toHaveLength(1);
    expect(normalise(derived[0].body!).startsWith(normalise(derived[0].title))).toBe(true);
  });

  it("has the 13 practice tips of seed 001, in its order", () => {
    const tips = contentStructure.practiceTipKeys.map((key) => nl.practiceTips[key]);
    // An adapted tip is found by its first quoted part.
    const firstWords = contentStructure.practiceTipKeys.map((key, index) => {
      const origin = originOf(`practiceTips.${key}`);
      return origin?.how === "adapted" && origin.parts ? origin.parts[0] : tips[index];
    });
    const positions = positionsIn("001", firstWords);
    expect(tips).toHaveLength(13);
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  const sharedSeeds = path.join(import.meta.dirname, "../../../shared/seeds");
  it.skipIf(!existsSync(sharedSeeds))("keeps the copies in prisma/content/sources equal to the shared seeds", () => {
    const seeds = readdirSync(sharedSeeds);
    for (const [id, file] of Object.entries(sources)) {
      const seed = seeds.find((name) => name.startsWith(`${id}_`));
      expect(seed, id).toBeDefined();
      expect(readFileSync(path.join(sourcesDir, file), "utf8")).toBe(readFileSync(path.join(sharedSeeds, seed!), "utf8"));
    }
  });
});
