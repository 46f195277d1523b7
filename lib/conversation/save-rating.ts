import "server-only";
import type { Database } from "@/lib/prisma-client";
import type { TSaveRating } from "@/lib/validations/conversation";

export type SaveOutcome = "saved" | "stale" | "locked" | "notFound";

/**
 * One atomic statement: insert the rating, or update it if this save is not older than the
 * stored one; only for an item of this conversation while it is still being rated. A retried
 * save lands on the same row (the key is conversation, item, side), and the two sides write
 * different rows, so a parent's phone and the professional's tablet never overwrite each other.
 */
export async function saveRating(
  db: Pick<Database, "$executeRaw" | "conversation" | "conversationItem">,
  rating: TSaveRating,
): Promise<SaveOutcome> {
  // The device's clock orders its own ratings, but never runs ahead of the server's: a rating
  // dated in the future would freeze the item against every later correction.
  const ratedAt = new Date(Math.min(Date.parse(rating.ratedAt), Date.now()));
  const comment = rating.comment ? rating.comment : null;
  const written = await db.$executeRaw`
    INSERT INTO "Rating" ("conversationId", "itemId", "side", "value", "comment", "locale", "ratedAt", "updatedAt")
    SELECT ci."conversationId", ci."itemId", ${rating.side}::"Side", ${rating.value}::int, ${comment}, ${rating.locale ?? null}, ${ratedAt}, now()
    FROM "ConversationItem" ci JOIN "Conversation" c ON c."id" = ci."conversationId"
    WHERE ci."conversationId" = ${rating.conversationId} AND ci."itemId" = ${rating.itemId} AND c."status" = 'RATING'
    ON CONFLICT ("conversationId", "itemId", "side") DO UPDATE
      SET "value" = EXCLUDED."value", "comment" = EXCLUDED."comment", "locale" = EXCLUDED."locale", "ratedAt" = EXCLUDED."ratedAt", "updatedAt" = now()
      WHERE "Rating"."ratedAt" <= EXCLUDED."ratedAt"`;
  if (written === 1) return "saved";
  // Nothing written: find out why, for an honest answer to the device.
  const item = await db.conversationItem.findUnique({
    where: { conversationId_itemId: { conversationId: rating.conversationId, itemId: rating.itemId } },
    select: { conversation: { select: { status: true } } },
  });
  if (!item) return "notFound";
  return item.conversation.status === "RATING" ? "stale" : "locked";
}
