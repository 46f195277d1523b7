import { getTranslations } from "next-intl/server";
import type { ConversationComparison } from "@/lib/data/conversation-comparison";
import { AgreementList } from "./agreement-list";
import { SectionCard } from "./section-card";

/**
 * "Vorige keer spraken we af…": the next conversation with the family opens with the agreements
 * so far, each looked back on together. Nothing when there were none.
 */
export async function EarlierAgreements({ comparison }: { comparison: ConversationComparison }) {
  if (comparison.earlierOpenAgreements.length === 0) return null;
  const t = await getTranslations("Conversation");
  const lookBackIn = comparison.canEdit ? comparison.id : undefined;
  return (
    <SectionCard id="earlier" title={t("earlierAgreements")}>
      {lookBackIn ? <p className="text-lg text-ink-soft">{t("earlierAgreementsIntro")}</p> : null}
      <AgreementList agreements={comparison.earlierOpenAgreements} lookBackIn={lookBackIn} />
    </SectionCard>
  );
}
