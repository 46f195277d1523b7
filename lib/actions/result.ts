import "server-only";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
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
 * Every server action runs through here, in the house order: session → zod → the handler,
 * which authorises the resource and writes. Expected failures come back as message keys the
 * form translates; anything unexpected is logged here and reaches the browser as one kind,
 * generic message, never a stack trace.
 */
export async function runAction<Schema extends z.ZodType, T>(
  schema: Schema,
  input: unknown,
  handler: (user: SessionUser, data: z.output<Schema>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return fail("unauthenticated");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalid", fieldErrorsOf(parsed.error));
  try {
    return await handler(user, parsed.data);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("conflict");
    console.error("Server action failed", error);
    return fail("unexpected");
  }
}

/**
 * FormData to a plain object; fields that may repeat (checkbox groups) become arrays. A field
 * that should be single but arrives twice also becomes an array, so zod refuses it rather than
 * silently taking one of the two.
 */
export function formValues(formData: FormData, arrayFields: string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    values[key] = arrayFields.includes(key) || all.length > 1 ? all : all[0];
  }
  for (const key of arrayFields) values[key] ??= [];
  return values;
}
