import "server-only";
import { familyScope } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { isId } from "@/lib/validations/family";
import type { Side } from "@/lib/generated/prisma/client";
import { readParentMode, readParticipant } from "./cookies";

export type ConversationAccess =
  /** A signed-in professional (or admin) of the family's team, not in parent mode. */
  | { kind: "professional"; conversationId: string; user: SessionUser; sides: Side[] }
  /** The professional's tablet in parent mode: both sit at it, both rate. */
  | { kind: "tablet"; conversationId: string; professionalId: string; sides: Side[] }
  /** The parent's own phone, joined with the code. */
  | { kind: "phone"; conversationId: string; sides: Side[] };

/**
 * Who is asking about this conversation, and which sides they may answer for; null when they
 * may not see it at all. A tablet in parent mode is locked to its one conversation.
 */
export async function getConversationAccess(conversationId: string): Promise<ConversationAccess | null> {
  // From the address, unchecked: an impossible id finds nothing, and never reaches the database.
  if (!isId(conversationId)) return null;
  const parentMode = await readParentMode();
  if (parentMode) {
    return parentMode.conversationId === conversationId
      ? { kind: "tablet", conversationId, professionalId: parentMode.professionalId, sides: ["PARENT", "PROFESSIONAL"] }
      : null;
  }
  // The participant token expires with the join window it was issued for (48 hours at most),
  // so its signature and expiry are the whole check: no query on every autosave.
  const participant = await readParticipant();
  if (participant?.conversationId === conversationId) return { kind: "phone", conversationId, sides: ["PARENT"] };
  const user = await getCurrentUser();
  if (!user) return null;
  const visible = await db.conversation.count({ where: { id: conversationId, family: familyScope(user) } });
  if (!visible) return null;
  return { kind: "professional", conversationId, user, sides: user.role === "PROFESSIONAL" ? ["PROFESSIONAL"] : [] };
}
