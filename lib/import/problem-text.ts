import type { useTranslations } from "next-intl";
import type { Problem } from "./types";

type ImportTranslator = ReturnType<typeof useTranslations<"Import">>;
type FieldWord = keyof IntlMessages["Import"]["fields"];
type IntlMessages = typeof import("@/lib/i18n/messages/nl.json");

/** A problem in the admin's words: "Regel 14: het e-mailadres ontbreekt." (line given) */
export function problemText(t: ImportTranslator, problem: Problem, line?: number): string {
  const values = { ...problem.values };
  // "het e-mailadres ontbreekt": the column named as a thing, in the sentence's language.
  if (typeof values.field === "string") values.field = t(`fields.${values.field as FieldWord}`);
  const text = t(`problems.${problem.key}`, values);
  return line === undefined ? text : t("problemAt", { line, problem: text });
}
