import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { AgreementDto } from "@/lib/data/conversation-comparison";
import { LookBackOnAgreementForm } from "./agreement-forms";

export async function AgreementList({
  agreements,
  lookBackIn,
}: {
  agreements: AgreementDto[];
  /** The conversation in which earlier agreements are looked back on, if they may be. */
  lookBackIn?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("Conversation"), getFormatter()]);
  if (agreements.length === 0) return <p className="text-lg text-ink-soft">{t("noAgreements")}</p>;
  return (
    <ul className="space-y-3">
      {agreements.map((agreement) => (
        <Card as="li" key={agreement.id} padding="sm" className="space-y-2">
          <p className="text-lg font-medium">{agreement.text}</p>
          <p className="text-base text-ink-soft">
            {t(`owners.${agreement.owner}`)}
            {agreement.dueDate ? ` · ${t("due", { date: format.dateTime(new Date(`${agreement.dueDate}T12:00:00Z`), { dateStyle: "long" }) })}` : ""}
            {" · "}
            <strong>{t(`statuses.${agreement.status}`)}</strong>
          </p>
          {lookBackIn ? <LookBackOnAgreementForm conversationId={lookBackIn} agreementId={agreement.id} label={agreement.text} /> : null}
        </Card>
      ))}
    </ul>
  );
}
