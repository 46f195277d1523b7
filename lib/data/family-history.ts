import "server-only";
import type { FamilyGrant } from "@/lib/auth/gate";
import { db } from "@/lib/db";
import { pickText } from "@/lib/i18n/pick-text";

export interface HistoryEntry {
  id: string;
  createdAt: Date;
  phaseName: string;
  status: "RATING" | "REVEALED";
  /** Per instrument, each side's average over the rated items (after the reveal only). */
  averages: { instrumentName: string; parent: number | null; professional: number | null }[];
}

const round = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/** A family's conversations, oldest first, so the change over time reads left to right. */
export async function getFamilyHistory({ familyId }: FamilyGrant, locale: string): Promise<HistoryEntry[]> {
  const texts = { where: { locale: { in: [locale, "nl"] } } };
  const [conversations, phases] = await Promise.all([
    db.conversation.findMany({
      where: { familyId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        phaseKey: true,
        status: true,
        ratings: {
          where: { value: { not: null }, conversation: { status: "REVEALED" } },
          select: { side: true, value: true, item: { select: { instrumentVersion: { select: { instrument: { select: { key: true, position: true } }, texts } } } } },
        },
      },
    }),
    db.phase.findMany({ select: { key: true, texts } }),
  ]);
  return conversations.map((conversation) => {
    const byInstrument = new Map<string, { name: string; position: number; PARENT: number[]; PROFESSIONAL: number[] }>();
    for (const rating of conversation.ratings) {
      const version = rating.item.instrumentVersion;
      const entry = byInstrument.get(version.instrument.key) ?? {
        name: pickText(version.texts, locale)!.name,
        position: version.instrument.position,
        PARENT: [],
        PROFESSIONAL: [],
      };
      entry[rating.side].push(rating.value!);
      byInstrument.set(version.instrument.key, entry);
    }
    const phase = phases.find((candidate) => candidate.key === conversation.phaseKey);
    return {
      id: conversation.id,
      createdAt: conversation.createdAt,
      phaseName: phase ? pickText(phase.texts, locale)!.name : conversation.phaseKey,
      status: conversation.status,
      averages: [...byInstrument.values()]
        .sort((a, b) => a.position - b.position)
        .map((entry) => ({ instrumentName: entry.name, parent: round(entry.PARENT), professional: round(entry.PROFESSIONAL) })),
    };
  });
}
