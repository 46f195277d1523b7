import "server-only";
import type { z } from "zod";
import { getConversationAccess, type ConversationAccess } from "@/lib/conversation/access";
import { fail, parseInput } from "./result";
import type { ActionResult } from "./result-types";

/**
 * Like runAction, for the actions a parent's phone or a tablet in parent mode may call too:
 * zod first (the conversation id is in the input), then the caller's access to that one
 * conversation stands in for the session, then the handler authorises the side and writes.
 */
export async function runConversationAction<Schema extends z.ZodType<{ conversationId: string }>, T>(
  schema: Schema,
  input: unknown,
  handler: (access: ConversationAccess, data: z.output<Schema>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed;
  const access = await getConversationAccess(parsed.data.conversationId);
  if (!access) return fail("notFound");
  try {
    return await handler(access, parsed.data);
  } catch (error) {
    console.error("Conversation action failed", error);
    return fail("unexpected");
  }
}
