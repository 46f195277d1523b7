"use server";

import { rememberParentLocale } from "@/lib/conversation/cookies";
import { db } from "@/lib/db";
import { ZChooseParentLanguage, ZConversationLanguage } from "@/lib/validations/locale";
import { atConversation, fail, fieldErrorsOf, runAction } from "./result";
import type { ActionResult } from "./result-types";

// The parent's own language. It can change at any moment, on the phone or on the parent's half
// of the tablet, without losing a rating: ratings are stored per item, not per language.

/** On the join page, before there is a conversation: this phone's language only. No session, no data. */
export async function chooseParentLanguageAction(input: unknown): Promise<ActionResult> {
  const parsed = ZChooseParentLanguage.safeParse(input);
  if (!parsed.success) return fail("invalid", fieldErrorsOf(parsed.error));
  await rememberParentLocale(parsed.data.locale);
  return { ok: true, data: undefined };
}

/** While rating: the conversation's parent language, which the summary and its PDF follow too. */
export async function setConversationLanguageAction(input: unknown): Promise<ActionResult> {
  return runAction(ZConversationLanguage, input, async (access, { conversationId, locale }) => {
    if (!access.sides.includes("PARENT")) return fail("forbidden");
    await db.conversation.update({ where: { id: conversationId }, data: { parentLocale: locale } });
    if (access.caller.kind === "phone") await rememberParentLocale(locale);
    return { ok: true, data: undefined };
  }, atConversation);
}
