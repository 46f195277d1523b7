import { z } from "zod";
import { uiLocales } from "@/lib/i18n/locales";

export const ZSetLocale = z.object({ locale: z.enum(uiLocales) });
export type TSetLocale = z.infer<typeof ZSetLocale>;
