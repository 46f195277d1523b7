import "server-only";
import { db } from "@/lib/db";
import { pickText, type LocalizedRow } from "@/lib/i18n/pick-text";

// Public, read-only instrument content: the latest published version of each instrument, with
// every text in the wanted locale or, where it has no translation yet, in the Dutch source.

export interface TextMeta {
  /** The locale the text is in (differs from the wanted one when it fell back to Dutch). */
  locale: string;
  checkedByNativeSpeaker: boolean;
}

export interface ItemDto extends TextMeta {
  key: string;
  kind: "QUESTION" | "THEME" | "OPEN_THEME" | "PARTNERSHIP";
  clusterKey: string | null;
  reconstructed: boolean;
  /** The source does not show which theme the quotes belong to: we placed them. */
  quotePlacementReconstructed: boolean;
  title: string;
  body: string | null;
  parentStatement: string;
  professionalStatement: string;
  quotes: string[];
}

export interface InstrumentDto extends TextMeta {
  key: string;
  version: number;
  name: string;
  summary: string;
  source: string;
  clusters: (TextMeta & { key: string; name: string; description: string })[];
  items: ItemDto[];
  prompts: (TextMeta & { key: string; text: string })[];
}

export interface PhaseDto extends TextMeta {
  key: string;
  name: string;
  description: string;
}

export interface CatalogueDto {
  instruments: InstrumentDto[];
  phases: PhaseDto[];
  practiceTips: (TextMeta & { key: string; text: string })[];
}

function textsFor(locale: string) {
  return { where: { locale: { in: [locale, "nl"] } } };
}

function pick<T extends LocalizedRow>(rows: T[], locale: string): T {
  const row = pickText(rows, locale);
  // The seed writes Dutch for every row, so a missing text is a broken database, not a user error.
  if (!row) throw new Error("Instrument content without Dutch source text");
  return row;
}

function meta(row: LocalizedRow): TextMeta {
  return { locale: row.locale, checkedByNativeSpeaker: row.checkedByNativeSpeaker };
}

export async function getInstrumentCatalogue(locale: string): Promise<CatalogueDto> {
  const [instruments, phases, practiceTips] = await Promise.all([
    db.instrument.findMany({
      orderBy: { position: "asc" },
      select: {
        key: true,
        versions: {
          orderBy: { version: "desc" },
          take: 1,
          select: {
            version: true,
            texts: textsFor(locale),
            clusters: { orderBy: { position: "asc" }, select: { id: true, key: true, texts: textsFor(locale) } },
            items: {
              orderBy: { position: "asc" },
              select: {
                key: true,
                kind: true,
                clusterId: true,
                reconstructed: true,
                quotePlacementReconstructed: true,
                texts: textsFor(locale),
              },
            },
            prompts: { orderBy: { position: "asc" }, select: { key: true, texts: textsFor(locale) } },
          },
        },
      },
    }),
    db.phase.findMany({ orderBy: { position: "asc" }, select: { key: true, texts: textsFor(locale) } }),
    db.practiceTip.findMany({ orderBy: { position: "asc" }, select: { key: true, texts: textsFor(locale) } }),
  ]);

  return {
    instruments: instruments.flatMap(({ key, versions: [version] }) => {
      if (!version) return [];
      const text = pick(version.texts, locale);
      const clusterKeys = new Map(version.clusters.map((cluster) => [cluster.id, cluster.key]));
      return [
        {
          key,
          version: version.version,
          name: text.name,
          summary: text.summary,
          source: text.source,
          ...meta(text),
          clusters: version.clusters.map((cluster) => {
            const clusterText = pick(cluster.texts, locale);
            return { key: cluster.key, name: clusterText.name, description: clusterText.description, ...meta(clusterText) };
          }),
          items: version.items.map((item) => {
            const itemText = pick(item.texts, locale);
            return {
              key: item.key,
              kind: item.kind,
              clusterKey: item.clusterId ? (clusterKeys.get(item.clusterId) ?? null) : null,
              reconstructed: item.reconstructed,
              quotePlacementReconstructed: item.quotePlacementReconstructed,
              title: itemText.title,
              body: itemText.body,
              parentStatement: itemText.parentStatement,
              professionalStatement: itemText.professionalStatement,
              quotes: itemText.quotes,
              ...meta(itemText),
            };
          }),
          prompts: version.prompts.map((prompt) => {
            const promptText = pick(prompt.texts, locale);
            return { key: prompt.key, text: promptText.text, ...meta(promptText) };
          }),
        },
      ];
    }),
    phases: phases.map((phase) => {
      const text = pick(phase.texts, locale);
      return { key: phase.key, name: text.name, description: text.description, ...meta(text) };
    }),
    practiceTips: practiceTips.map((tip) => {
      const text = pick(tip.texts, locale);
      return { key: tip.key, text: text.text, ...meta(text) };
    }),
  };
}
