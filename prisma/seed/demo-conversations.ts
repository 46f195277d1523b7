import { rebuildAllBlocks } from "@/lib/dashboard/blocks";
import { PARTNERSHIPS, SIDES, TWELVE_QUESTIONS, type PhaseKey, type Side } from "@/lib/domain";
import type { Database } from "@/lib/prisma-client";

// Revealed, consented conversations for the demo team, enough families for the dashboard to show
// figures above the anonymity threshold. Deterministic: the same every run, and created only for
// families that have no conversation yet, so seeding twice changes nothing.
// The dashboard counts a team's quarter and phase only when at least 5 families are in it: all six
// families talk before things start (May) and during (September); only three have looked back
// together in November (post phase), which the dashboard must show as "too few".
const ROUNDS: { month: number; phase: PhaseKey; everyNthFamily: number }[] = [
  { month: 4, phase: "pre", everyNthFamily: 1 },
  { month: 8, phase: "main", everyNthFamily: 1 },
  { month: 10, phase: "post", everyNthFamily: 2 },
];

/** A professional who sees the collaboration a little rosier than the parent, on some items more. */
function demoValue(side: Side, family: number, item: number, round: number): number {
  const professional = 4 + ((family + item) % 2);
  if (side === "PROFESSIONAL") return professional;
  // Some items differ a lot, some a little, some not at all; later rounds close the biggest gaps.
  const gap = Math.max(0, [2, 1, 0, 1, 0, 3, 0][item % 7] + ((family + round) % 3 === 0 ? 1 : 0) - (family % 2));
  return Math.max(1, Math.min(5, professional - gap + (round > 0 && gap >= 2 ? 1 : 0)));
}

export async function seedDemoConversations(db: Database, familyIds: string[], professionalId: string): Promise<void> {
  const instruments = await db.instrument.findMany({
    where: { key: { in: [TWELVE_QUESTIONS, PARTNERSHIPS] } },
    select: { versions: { orderBy: { version: "desc" }, take: 1, select: { items: { orderBy: { position: "asc" }, select: { id: true } } } } },
  });
  const itemIds = instruments.flatMap((instrument) => instrument.versions[0]?.items.map((item) => item.id) ?? []);
  if (itemIds.length === 0) return;
  let created = 0;
  for (const [familyIndex, familyId] of familyIds.entries()) {
    const family = await db.family.findUniqueOrThrow({ where: { id: familyId }, select: { organisationId: true, teamId: true, _count: { select: { conversations: true } } } });
    if (family._count.conversations > 0) continue;
    for (const [round, { month, phase, everyNthFamily }] of ROUNDS.entries()) {
      if (familyIndex % everyNthFamily !== 0) continue;
      const createdAt = new Date(Date.UTC(2026, month, 3 + familyIndex));
      created += 1;
      await db.conversation.create({
        data: {
          organisationId: family.organisationId,
          teamId: family.teamId,
          familyId,
          professionalId,
          phaseKey: phase,
          status: "REVEALED",
          consentToAggregate: true,
          parentDoneAt: createdAt,
          professionalDoneAt: createdAt,
          revealedAt: createdAt,
          createdAt,
          items: { create: itemIds.map((itemId, position) => ({ itemId, position })) },
          ratings: {
            create: itemIds.flatMap((itemId, item) =>
              SIDES.map((side) => ({ itemId, side, value: demoValue(side, familyIndex, item, round), ratedAt: createdAt })),
            ),
          },
          agreements: {
            create: {
              familyId,
              text: round === 0 ? "Elke week even bijpraten bij het ophalen" : "Samen het nieuwe dagritme bespreken",
              owner: "TOGETHER",
              dueDate: new Date(createdAt.getTime() + 30 * 86_400_000),
              status: round === 0 ? (familyIndex % 3 === 0 ? "NOT_DONE" : "DONE") : "OPEN",
              // Done agreements were ticked off: most within the 30 days, every fourth family's late.
              doneAt: round === 0 && familyIndex % 3 !== 0 ? new Date(createdAt.getTime() + (familyIndex % 4 === 1 ? 40 : 20) * 86_400_000) : null,
              createdAt,
            },
          },
        },
      });
    }
  }
  // Inserted directly, past the actions that keep the blocks current; a second start adds nothing.
  if (created > 0) await rebuildAllBlocks(db);
}
