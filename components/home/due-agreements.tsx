import { getFormatter, getTranslations } from "next-intl/server";
import type { DueAgreement } from "@/lib/data/home";
import { FoldedList, HomeRow, HomeSection, ToConversation } from "./home-section";

/** Open agreements that are late or due within two weeks; a late one says so in words, not only in colour. */
export async function DueAgreements({ agreements, total }: { agreements: DueAgreement[]; total: number }) {
  const [t, tc, format] = await Promise.all([getTranslations("Start"), getTranslations("Conversation"), getFormatter()]);
  return (
    <HomeSection id="due-agreements" title={t("dueTitle")} hint={t("dueHint")} empty={agreements.length ? null : t("noDue")}>
      <FoldedList
        rows={agreements.map((agreement) => {
          const date = format.dateTime(agreement.dueDate, { day: "numeric", month: "long", timeZone: "UTC" });
          return (
            <HomeRow
              key={agreement.id}
              action={<ToConversation conversationId={agreement.conversationId} familyLabel={agreement.familyLabel} />}
            >
              <p className="text-lg">{agreement.text}</p>
              <p className="text-base text-ink-soft">
                {agreement.familyLabel} · {tc(`owners.${agreement.owner}`)} ·{" "}
                {agreement.overdue ? (
                  <span className="font-semibold text-red-800">
                    <span aria-hidden="true">⚠ </span>
                    {t("overdue", { date })}
                  </span>
                ) : (
                  t("dueOn", { date })
                )}
              </p>
            </HomeRow>
          );
        })}
        beyond={total > agreements.length ? <p className="text-base text-ink-soft">{t("dueMore", { count: total - agreements.length })}</p> : null}
      />
    </HomeSection>
  );
}
