import "server-only";
import { cookies } from "next/headers";
import { PARENT_LOCALE_COOKIE, PARENT_MODE_COOKIE, PARTICIPANT_COOKIE } from "@/lib/domain";
import { env } from "@/lib/env";
import { isParentLocale, type ParentLocale } from "@/lib/i18n/locales";
import { signToken, verifyToken } from "./signed-token";

// Two cookies give a device access to exactly one conversation and nothing else:
// parent mode on the professional's tablet (both sides rate; leaving needs the PIN), and a
// parent's own phone that joined with a code (the parent's side only).

const PARENT_MODE_HOURS = 12;

export interface ParentMode {
  conversationId: string;
  professionalId: string;
}

export interface Participant {
  conversationId: string;
}

export async function readParentMode(): Promise<ParentMode | null> {
  return verifyToken<ParentMode & Record<string, unknown>>("parent-mode", (await cookies()).get(PARENT_MODE_COOKIE)?.value);
}

export async function readParticipant(): Promise<Participant | null> {
  return verifyToken<Participant & Record<string, unknown>>("participant", (await cookies()).get(PARTICIPANT_COOKIE)?.value);
}

const cookieOptions = (expires: Date) => ({ httpOnly: true, sameSite: "lax" as const, path: "/", expires, secure: env.NODE_ENV === "production" && env.APP_URL.startsWith("https:") });

/** Persistent, so closing and reopening the browser on the tablet stays in parent mode. */
export async function startParentMode(mode: ParentMode): Promise<void> {
  const expires = new Date(Date.now() + PARENT_MODE_HOURS * 3_600_000);
  (await cookies()).set(PARENT_MODE_COOKIE, signToken("parent-mode", { ...mode }, expires), cookieOptions(expires));
}

export async function endParentMode(): Promise<void> {
  (await cookies()).delete(PARENT_MODE_COOKIE);
}

export async function startParticipant(participant: Participant, expires: Date): Promise<void> {
  (await cookies()).set(PARTICIPANT_COOKIE, signToken("participant", { ...participant }, expires), cookieOptions(expires));
}

const THIRTY_DAYS_SECONDS = 60 * 60 * 24 * 30;

/**
 * The parent's language on their own phone: its pages (/doe-mee) are in that language from the
 * first request on, before any conversation is known (lib/i18n/request.ts reads it).
 */
export async function readParentLocale(): Promise<ParentLocale | null> {
  const value = (await cookies()).get(PARENT_LOCALE_COOKIE)?.value;
  return isParentLocale(value) ? value : null;
}

export async function rememberParentLocale(locale: ParentLocale): Promise<void> {
  (await cookies()).set(PARENT_LOCALE_COOKIE, locale, { path: "/", maxAge: THIRTY_DAYS_SECONDS, sameSite: "lax", httpOnly: true });
}
