import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { AgreementDto } from "@/lib/data/conversation-comparison";
import { EditAgreementForm, LookBackOnAgreementForm, TickOffAgreementForm } from "./agreement-forms";

/**
 * Agreements as the conversation shows them. `editIn`: the conversation they may be changed and
 * ticked off in (its own, after the reveal). `lookBackIn`: the later conversation in which they
 * are looked back on together (done, not done, still open) instead of ticked off.
 */
export async function AgreementList({ agreements, lookBackIn, editIn }: { agreements: AgreementDto[]; lookBackIn?: string; editIn?: string }) {
  const [t, format] = await Promise.all([getTranslations("Conversation"), getFormatter()]);
  if (agreements.length === 0) return <p className="text-lg text-ink-soft">{t("noAgreements")}</p>;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "Europe/Amsterdam" });
  return (
    <ul className="space-y-3">
      {agreements.map((agreement) => {
        const lookedBackHere = lookBackIn !== undefined && agreement.lookedBackIn === lookBackIn;
        const workedOnIn = lookBackIn ?? editIn;
        return (
          <Card as="li" key={agreement.id} padding="sm" className="space-y-3">
            <p className="text-lg font-medium">
              {agreement.status === "DONE" ? <span aria-hidden="true">✓ </span> : null}
              {agreement.text}
            </p>
            <p className="text-base text-ink-soft">
              {t(`owners.${agreement.owner}`)}
              {agreement.dueDate ? ` · ${t("due", { date: day(new Date(`${agreement.dueDate}T12:00:00Z`)) })}` : ""}
              {" · "}
              <strong>{t(`statuses.${agreement.status}`)}</strong>
              {agreement.doneAt ? ` · ${t("doneOn", { date: day(agreement.doneAt) })}` : ""}
            </p>
            {lookedBackHere ? <p className="text-base font-semibold">{t("lookedBackTogether", { status: t(`statuses.${agreement.status}`) })}</p> : null}
            {workedOnIn ? (
              <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
                {lookBackIn ? (
                  <LookBackOnAgreementForm conversationId={lookBackIn} agreementId={agreement.id} label={agreement.text} current={lookedBackHere ? agreement.status : undefined} />
                ) : (
                  <TickOffAgreementForm conversationId={workedOnIn} agreementId={agreement.id} done={agreement.status === "DONE"} label={agreement.text} />
                )}
                <EditAgreementForm conversationId={workedOnIn} agreement={agreement} />
              </div>
            ) : null}
          </Card>
        );
      })}
    </ul>
  );
}
