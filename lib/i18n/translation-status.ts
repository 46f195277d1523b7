import type { ParentLocale } from "./locales";

/**
 * Whether a native speaker has checked each language's interface texts (messages/<locale>.json).
 * The instrument content carries the same flag in its own files (prisma/content/<locale>.ts) and
 * in every row of the database. The team wrote these translations itself: none is checked yet.
 */
export const interfaceCheckedByNativeSpeaker: Record<ParentLocale, boolean> = {
  nl: true,
  en: false,
  tr: false,
  ar: false,
  pl: false,
  uk: false,
};
