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
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed;
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
