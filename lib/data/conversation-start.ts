import "server-only";
import type { FamilyGrant } from "@/lib/auth/gate";
import { db } from "@/lib/db";
import { PRAATPLAAT } from "@/lib/domain";
import { getInstrumentCatalogue } from "./instruments";

export interface StartOptions {
  familyId: string;
  preferredLanguage: string;
  phases: { key: string; name: string }[];
  instruments: { key: string; name: string }[];
  themes: { key: string; title: string }[];
  /** The phase of the family's latest conversation: the relationship rarely moves between two talks. */
  defaultPhase: string;
  /** Whether the professional can hand this tablet to the parent (leaving parent mode needs their PIN). */
  canHandOver: boolean;
}

/** What a professional chooses from when starting a conversation with this family. */
export async function getStartOptions(grant: FamilyGrant, locale: string): Promise<StartOptions & { label: string }> {
  const family = await db.family.findUniqueOrThrow({
    where: { id: grant.familyId },
    select: { id: true, label: true, preferredLanguage: true, conversations: { orderBy: { createdAt: "desc" }, take: 1, select: { phaseKey: true } } },
  });
  const catalogue = await getInstrumentCatalogue(locale);
  const praatplaat = catalogue.instruments.find((instrument) => instrument.key === PRAATPLAAT);
  return {
    familyId: family.id,
    label: family.label,
    preferredLanguage: family.preferredLanguage,
    phases: catalogue.phases.map((phase) => ({ key: phase.key, name: phase.name })),
    instruments: catalogue.instruments.map((instrument) => ({ key: instrument.key, name: instrument.name })),
    themes: (praatplaat?.items ?? []).filter((item) => item.kind === "THEME").map((item) => ({ key: item.key, title: item.title })),
    defaultPhase: family.conversations[0]?.phaseKey ?? "main",
    canHandOver: grant.user.hasPin,
  };
}
