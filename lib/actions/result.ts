import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { conversationForDevice, type ConversationGrant } from "@/lib/auth/gate";
import type { SessionUser } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionResult, ErrorKey } from "./result-types";

/** zod's issues as error keys per field, for the form to translate. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}

export function fail(message: ErrorKey, fieldErrors?: Record<string, string[]>): ActionResult<never> {
  return { ok: false, message, fieldErrors };
}

/**
 * Who may call an action, and what to answer when they may not: checked before the input is
 * read (a session), or after it (the conversation the input names).
 */
export type Caller<C, Input> =
  | { needsInput: false; identify: () => Promise<C | null>; refusal: ErrorKey }
  | { needsInput: true; identify: (input: Input) => Promise<C | null>; refusal: ErrorKey };

/** A signed-in user; the handler still authorises the resource through lib/auth/gate. */
export const signedIn: Caller<SessionUser, unknown> = { needsInput: false, identify: () => getCurrentUser(), refusal: "unauthenticated" };

/**
 * Anyone, signed in or not: the pages that come before an account (setup, a password link,
 * "wachtwoord vergeten"). Their token, link or throttle is the handler's own check.
 */
export const anyone: Caller<true, unknown> = { needsInput: false, identify: async () => true, refusal: "unexpected" };

/**
 * Whoever holds the device at the conversation the input names: a tablet in parent mode, a
 * parent's phone or a signed-in professional. Not being allowed looks the same as not existing.
 */
export const atConversation: Caller<ConversationGrant, { conversationId: string }> = {
  needsInput: true,
  identify: (input) => conversationForDevice(input.conversationId),
  refusal: "notFound",
};

/**
 * Every server action runs through here, in the house order: caller → zod → the handler, which
 * authorises the resource and writes. Expected failures come back as message keys the form
 * translates; anything unexpected is logged here and reaches the browser as one kind, generic
 * message, never a stack trace.
 */
export async function runAction<Schema extends z.ZodType, T, C = SessionUser>(
  schema: Schema,
  input: unknown,
  handler: (caller: C, data: z.output<Schema>) => Promise<ActionResult<T>>,
  caller: Caller<C, z.output<Schema>> = signedIn as Caller<C, unknown>,
): Promise<ActionResult<T>> {
  try {
    const early = caller.needsInput ? null : await caller.identify();
    if (!caller.needsInput && !early) return fail(caller.refusal);
    const parsed = parseInput(schema, input);
    if (!parsed.ok) return parsed;
    const who = caller.needsInput ? await caller.identify(parsed.data) : early;
    if (!who) return fail(caller.refusal);
    return await handler(who, parsed.data);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("conflict");
    // next/navigation's redirect() and notFound() are thrown on purpose: let them through.
    unstable_rethrow(error);
    console.error("Server action failed", error);
    return fail("unexpected");
  }
}

/**
 * FormData to a plain object; fields that may repeat (checkbox groups) become arrays. A field
 * that should be single but arrives twice also becomes an array, so zod refuses it rather than
 * silently taking one of the two. A forged call can pass anything instead of a form: that reads
 * as an empty form, which every form's schema refuses.
 */
export function formValues(formData: unknown, arrayFields: string[] = []): Record<string, unknown> {
  const values = new Map<string, unknown>(arrayFields.map((key) => [key, []]));
  if (!(formData instanceof FormData)) return {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    values.set(key, arrayFields.includes(key) || all.length > 1 ? all : all[0]);
  }
  // Own properties only: a field named "__proto__" stays a field, never the object's prototype.
  return Object.fromEntries(values);
}

/**
 * zod, then one rule for every text field: no NUL byte. PostgreSQL cannot store one, so it is
 * refused here as a wrong field instead of failing in the database as an unexpected error.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): { ok: true; data: z.output<Schema> } | ActionResult<never> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalid", fieldErrorsOf(parsed.error));
  const fields = typeof parsed.data === "object" && parsed.data !== null ? Object.entries(parsed.data) : [];
  for (const [key, value] of fields) {
    if ((Array.isArray(value) ? value : [value]).some((item) => typeof item === "string" && item.includes("\u0000"))) return fail("invalid", { [key]: ["invalid"] });
  }
  return { ok: true, data: parsed.data };
}
