import { z } from "zod";
import { INSTRUMENT_KEYS, PHASE_KEYS, PRAATPLAAT, SIDES } from "@/lib/domain";
import { ZId } from "./family";
import { ZParentLocale } from "./locale";

export const ZSide = z.enum(SIDES);

export const ZStartConversation = z
  .object({
    familyId: ZId,
    phaseKey: z.enum(PHASE_KEYS, { error: "choosePhase" }),
    instrumentKeys: z.array(z.enum(INSTRUMENT_KEYS)).min(1, { error: "chooseInstrument" }),
    themeKeys: z.array(z.string().trim().min(1).max(64)).max(20, { error: "tooMany" }),
    ownThemeTitle: z.string().trim().max(80, { error: "tooLong" }).optional().default(""),
    // Only a language with content: the parent's screens must be readable.
    parentLocale: ZParentLocale,
    /** The form's choice: hand this tablet to the parent at once, or rate on two screens. Without it the caller gets the id back. */
    rateOn: z.enum(["tablet", "screens"]).optional(),
  })
  .refine((input) => !input.instrumentKeys.includes(PRAATPLAAT) || input.themeKeys.length > 0 || input.ownThemeTitle !== "", {
    error: "chooseTheme",
    path: ["themeKeys"],
  });
export type TStartConversation = z.infer<typeof ZStartConversation>;

export const ZConversationRef = z.object({ conversationId: ZId });

/** One rating as a device saves it: from the browser's save queue through the action to the database write. */
export const ZSaveRating = z.object({
  conversationId: ZId,
  itemId: ZId,
  side: ZSide,
  /** null: "weet ik niet / niet van toepassing". */
  value: z.number().int().min(1).max(5).nullable(),
  comment: z.string().trim().max(1000, { error: "tooLong" }).optional().default(""),
  /** When the side rated on the device; an older queued save never replaces a newer one. */
  ratedAt: z.iso.datetime(),
  /** The language the statement was read in; absent in saves queued before it existed. */
  locale: ZParentLocale.optional(),
});
export type TSaveRating = z.input<typeof ZSaveRating>;

export const ZMarkDone = z.object({ conversationId: ZId, side: ZSide });

/** The parent's answer, and the language the question was shown in (recorded with its wording's version). */
export const ZConsent = z.object({ conversationId: ZId, consent: z.boolean(), locale: ZParentLocale.optional().default("nl") });

export const ZLeaveParentMode = z.object({ pin: z.string().regex(/^\d{4,6}$/, { error: "pinFormat" }) });
export const ZLeaveWithPassword = z.object({ password: z.string().min(1, { error: "required" }).max(200, { error: "tooLong" }) });

export const ZJoin = z.object({ code: z.string().trim().min(4, { error: "required" }).max(20, { error: "tooLong" }) });

export const ZSaveNote = z.object({ conversationId: ZId, itemId: ZId, text: z.string().trim().max(2000, { error: "tooLong" }) });

const agreementFields = {
  text: z.string().trim().min(1, { error: "required" }).max(500, { error: "tooLong" }),
  owner: z.enum(["PARENT", "PROFESSIONAL", "TOGETHER"], { error: "required" }),
  dueDate: z.union([z.literal(""), z.iso.date({ error: "dateFormat" })]).optional().default(""),
};

export const ZAddAgreement = z.object({ conversationId: ZId, ...agreementFields });

/** Changing what was agreed, who does it or by when; `conversationId` is the conversation it is changed in. */
export const ZEditAgreement = z.object({ conversationId: ZId, agreementId: ZId, ...agreementFields });

/** Ticking an agreement off ("true"), or taking the tick back ("false"). */
export const ZTickOffAgreement = z.object({ conversationId: ZId, agreementId: ZId, done: z.enum(["true", "false"]) });

export const ZLookBackOnAgreement = z.object({
  conversationId: ZId,
  agreementId: ZId,
  status: z.enum(["DONE", "NOT_DONE", "OPEN"]),
});

export const ZSetAppointment = z.object({
  conversationId: ZId,
  date: z.iso.date({ error: "dateFormat" }),
  time: z.iso.time({ precision: -1, error: "timeFormat" }),
  place: z.string().trim().max(120, { error: "tooLong" }).optional().default(""),
});
