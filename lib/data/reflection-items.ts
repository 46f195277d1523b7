import "server-only";
import { db } from "@/lib/db";
import { pickText } from "@/lib/i18n/pick-text";

// What a reflection asks about: the praatplaat's themes and the 5 partnerships, each as the
// professional's statement ("Ik kijk eerst goed naar het kind ..."). The one place that reads
// item texts for reflection.

/** The instruments a reflection uses, in this order; the praatplaat's open theme is left out. */
const REFLECTION_INSTRUMENTS = ["praatplaat", "partnerships"] as const;
const REFLECTION_KINDS = ["THEME", "PARTNERSHIP"] as const;

export interface ReflectionItemDto {
  itemId: string;
  instrumentKey: string;
  itemKey: string;
  title: string;
  /** The statement in the professional's voice, which is what a professional rates. */
  statement: string;
  /** The language the texts are in (Dutch where a translation is missing). */
  locale: string;
}

/** The items of the latest published version of each instrument, for a new round. */
export async function currentReflectionItemIds(): Promise<string[]> {
  const instruments = await db.instrument.findMany({
    where: { key: { in: [...REFLECTION_INSTRUMENTS] } },
    select: {
      key: true,
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { items: { where: { kind: { in: [...REFLECTION_KINDS] } }, orderBy: { position: "asc" }, select: { id: true } } },
      },
    },
  });
  return REFLECTION_INSTRUMENTS.flatMap((key) => instruments.find((instrument) => instrument.key === key)?.versions[0]?.items.map((item) => item.id) ?? []);
}

/** A round's items in their order, with their texts in the wanted language. */
export async function roundItems(roundId: string, locale: string): Promise<ReflectionItemDto[]> {
  const rows = await db.reflectionItem.findMany({
    where: { roundId },
    orderBy: { position: "asc" },
    select: {
      item: {
        select: {
          id: true,
          key: true,
          instrumentVersion: { select: { instrument: { select: { key: true } } } },
          texts: { where: { locale: { in: [locale, "nl"] } }, select: { locale: true, checkedByNativeSpeaker: true, title: true, professionalStatement: true } },
        },
      },
    },
  });
  return rows.map(({ item }) => {
    const text = pickText(item.texts, locale);
    // The seed writes Dutch for every item, so a missing text is a broken database.
    if (!text) throw new Error("Reflection item without Dutch source text");
    return {
      itemId: item.id,
      instrumentKey: item.instrumentVersion.instrument.key,
      itemKey: item.key,
      title: text.title,
      statement: text.professionalStatement,
      locale: text.locale,
    };
  });
}
