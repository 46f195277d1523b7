import type { Database } from "@/lib/prisma-client";

// Revealed, consented conversations for the demo team, enough families for the dashboard to show
// figures above the anonymity threshold. Deterministic: the same every run, and created only for
// families that have no conversation yet, so seeding twice changes nothing.

const MONTHS_BACK = [5, 3, 1];
const PHASES = ["pre", "main", "main", "post"];

/** A professional who sees the collaboration a little rosier than the parent, on some items more. */
function demoValue(side: "PARENT" | "PROFESSIONAL", family: number, item: number, round: number): number {
  const professional = 4 + ((family + item) % 2);
  if (side === "PROFESSIONAL") return professional;
  const gap = item % 4 === 0 ? 2 : (family + item + round) % 2;
  return Math.max(1, Math.min(5, professional - gap + (round > 0 && item % 4 === 0 ? 1 : 0)));
}

export async function seedDemoConversations(db: Database, familyIds: string[], professionalId: string): Promise<void> {
  const instruments = await db.instrument.findMany({
    where: { key: { in: ["twelve-questions", "partnerships"] } },
    select: { versions: { orderBy: { version: "desc" }, take: 1, select: { items: { orderBy: { position: "asc" }, select: { id: true } } } } },
  });
  const itemIds = instruments.flatMap((instrument) => instrument.versions[0]?.items.map((item) => item.id) ?? []);
  if (itemIds.length === 0) return;
  for (const [familyIndex, familyId] of familyIds.entries()) {
    const family = await db.family.findUniqueOrThrow({ where: { id: familyId }, select: { organisationId: true, teamId: true, _count: { select: { conversations: true } } } });
    if (family._count.conversations > 0) continue;
    for (const [round, monthsBack] of MONTHS_BACK.slice(0, 2 + (familyIndex % 2)).entries()) {
      const createdAt = new Date(Date.UTC(2026, 10 - monthsBack, 10 + familyIndex));
      await db.conversation.create({
        data: {
          organisationId: family.organisationId,
          teamId: family.teamId,
          familyId,
          professionalId,
          phaseKey: PHASES[(familyIndex + round) % PHASES.length],
          status: "REVEALED",
          consentToAggregate: true,
          parentDoneAt: createdAt,
          professionalDoneAt: createdAt,
          revealedAt: createdAt,
          createdAt,
          items: { create: itemIds.map((itemId, position) => ({ itemId, position })) },
          ratings: {
            create: itemIds.flatMap((itemId, item) =>
              (["PARENT", "PROFESSIONAL"] as const).map((side) => ({ itemId, side, value: demoValue(side, familyIndex, item, round), answeredAt: createdAt })),
            ),
          },
          agreements: {
            create: {
              familyId,
              text: round === 0 ? "Elke week even bijpraten bij het ophalen" : "Samen het nieuwe dagritme bespreken",
              owner: "TOGETHER",
              dueDate: new Date(createdAt.getTime() + 30 * 86_400_000),
              status: round === 0 ? (familyIndex % 3 === 0 ? "NOT_DONE" : "DONE") : "OPEN",
              createdAt,
            },
          },
        },
      });
    }
  }
}
