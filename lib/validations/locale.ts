import { z } from "zod";
import { parentLocales, uiLocales } from "@/lib/i18n/locales";
import { ZId } from "./family";

export const ZSetLocale = z.object({ locale: z.enum(uiLocales) });
export type TSetLocale = z.infer<typeof ZSetLocale>;

/** A parent's language: one of those with content, nothing else. */
export const ZParentLocale = z.enum(parentLocales, { error: "languageFormat" });
export const ZChooseParentLanguage = z.object({ locale: ZParentLocale });
export const ZConversationLanguage = z.object({ conversationId: ZId, locale: ZParentLocale });
