import "server-only";
import { db } from "@/lib/db";
import { isParentLocale } from "@/lib/i18n/locales";
import { readParentLocale, rememberParentLocale } from "./cookies";

/**
 * After joining: the phone's own choice, made on the join page, wins over the language the
 * professional preselected; without one, the phone takes the conversation's.
 */
export async function settleJoinedLanguage(conversationId: string): Promise<void> {
  const chosen = await readParentLocale();
  if (chosen) {
    await db.conversation.update({ where: { id: conversationId }, data: { parentLocale: chosen } });
    return;
  }
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: { parentLocale: true } });
  if (isParentLocale(conversation?.parentLocale)) await rememberParentLocale(conversation.parentLocale);
}
