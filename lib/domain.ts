// The domain's fixed words as constants and types, in one small module that is safe on the server
// and in the browser alike: no server-only import, no Prisma runtime. The glossary in the README
// says what each means; the database, the zod schemas and the screens all take them from here.

/** Whose rating it is (the glossary's `side`); the same two values as Prisma's `Side` enum. */
export const SIDES = ["PARENT", "PROFESSIONAL"] as const;
export type Side = (typeof SIDES)[number];

/**
 * The three instruments by their stable keys, which ratings and the dashboard's blocks store.
 * In the catalogue's order; a tuple, so zod's `z.enum` takes it.
 */
export const INSTRUMENT_KEYS = ["twelve-questions", "praatplaat", "partnerships"] as const;
export type InstrumentKey = (typeof INSTRUMENT_KEYS)[number];
export const TWELVE_QUESTIONS = "twelve-questions" satisfies InstrumentKey;
export const PRAATPLAAT = "praatplaat" satisfies InstrumentKey;
export const PARTNERSHIPS = "partnerships" satisfies InstrumentKey;

/** Where the relationship stands (KPC): voortraject, hoofdtraject, natraject. */
export const PHASE_KEYS = ["pre", "main", "post"] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

/** The tablet in parent mode: signed, locks the device to one conversation (lib/conversation/cookies.ts, proxy.ts). */
export const PARENT_MODE_COOKIE = "samenspraak-parent-mode";
/** A parent's phone that joined with a code: signed, the parent's side of one conversation. */
export const PARTICIPANT_COOKIE = "samenspraak-participant";
/** The interface language of staff screens (nl or en). */
export const LOCALE_COOKIE = "samenspraak-locale";
/** The parent's own language on their phone, chosen on the join page or while rating. */
export const PARENT_LOCALE_COOKIE = "samenspraak-parent-locale";
