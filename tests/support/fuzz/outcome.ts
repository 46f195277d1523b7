import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { ActionSpec } from "./spec";

export type Outcome =
  | { kind: "returned"; value: unknown }
  | { kind: "redirected"; to: string }
  | { kind: "threw"; error: unknown };

/** Runs the call as Next would: redirect() is Next's way of answering, any other throw is an uncaught error. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "returned", value: await run() };
  } catch (error) {
    return isRedirectError(error) ? { kind: "redirected", to: getURLFromRedirectError(error) } : { kind: "threw", error };
  }
}

/** The words the form shows for a refusal, in both staff languages: there must be some. */
function wordsFor(message: unknown): string | undefined {
  if (typeof message !== "string" || message === "fields") return undefined;
  const [dutch, english] = [nl.Errors, en.Errors].map((errors) => (errors as Record<string, unknown>)[message]);
  return typeof dutch === "string" && typeof english === "string" && dutch.trim() && english.trim() ? dutch : undefined;
}

/**
 * What is wrong with an outcome, or null when it is what a user should get: a refusal with a
 * clear message ("unexpected" is the apology for an error that was caught, so it counts as one),
 * or, where the action is meant to, a redirect, nothing at all, or a cookie set.
 */
export function problemWith(spec: ActionSpec, outcome: Outcome): string | null {
  if (outcome.kind === "threw") return `uncaught error: ${String((outcome.error as Error)?.stack ?? outcome.error)}`;
  if (outcome.kind === "redirected") return outcome.to === spec.redirectsTo ? null : `unexpected redirect to ${outcome.to}`;
  const value = outcome.value as { ok?: unknown; message?: unknown } | undefined;
  if (spec.outcome === "void") return value === undefined ? null : `returned ${JSON.stringify(value)} instead of nothing`;
  if ((spec.outcome === "cookie" || spec.outcome === "same-answer") && value?.ok === true) return null;
  if (value?.ok !== false) return `not refused: ${JSON.stringify(value)}`;
  if (value.message === "unexpected") return "refused with the apology for a caught error (\"unexpected\")";
  return wordsFor(value.message) ? null : `refused without a clear message: ${JSON.stringify(value)}`;
}
