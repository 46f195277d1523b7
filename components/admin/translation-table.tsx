import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { TranslationRow } from "@/lib/data/translations";
import { textDirection, type ParentLocale } from "@/lib/i18n/locales";

/** One language's unchecked texts beside their Dutch source; a missing text says so. */
export async function TranslationTable({ language, rows }: { language: ParentLocale; rows: TranslationRow[] }) {
  const t = await getTranslations("Admin");
  return (
    <Table caption={t("translationsTitle")} headings={[t("translationWhere"), t("translationSource"), t("translationText")]}>
      {rows.map((row, index) => (
        <tr key={`${row.where}-${row.field}-${index}`} className="border-t border-line align-top">
          <td className="px-4 py-3">
            <span className="block">{row.where}</span>
            <span className="text-sm text-ink-soft">{t(`translationFields.${row.field}`)}</span>
          </td>
          <td lang="nl" className="px-4 py-3">
            {row.source}
          </td>
          {row.translation === null ? (
            <td className="px-4 py-3 italic text-warm-700">{t("translationMissing")}</td>
          ) : (
            <td lang={language} dir={textDirection(language)} className="px-4 py-3">
              {row.translation}
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}
