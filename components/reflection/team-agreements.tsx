import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { TeamAgreementDto } from "@/lib/data/reflection";
import { AddTeamAgreementForm, LookBackOnTeamAgreementForm } from "./round-forms";

/** The team's own agreements, and (for those who may) the form to add one. */
export async function TeamAgreements({ roundId, agreements, canAgree }: { roundId: string; agreements: TeamAgreementDto[]; canAgree: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Reflection"), getFormatter()]);
  return (
    <div className="space-y-4">
      <p className="text-lg text-ink-soft">{t("agreementsText")}</p>
      {agreements.length === 0 ? (
        <p className="text-lg">{t("noAgreements")}</p>
      ) : (
        <ul className="space-y-3">
          {agreements.map((agreement) => (
            <Card as="li" key={agreement.id} padding="sm" className="space-y-2">
              <p className="text-lg font-medium">{agreement.text}</p>
              <p className="text-base text-ink-soft">
                {t("who", { owner: agreement.owner })}
                {agreement.dueDate ? ` · ${t("due", { date: format.dateTime(new Date(`${agreement.dueDate}T12:00:00Z`), { dateStyle: "long" }) })}` : ""}
                {" · "}
                <strong>{agreement.status === "DONE" ? `✓ ${t("statuses.DONE")}` : t("statuses.OPEN")}</strong>
              </p>
              {canAgree ? <LookBackOnTeamAgreementForm roundId={roundId} agreementId={agreement.id} done={agreement.status === "DONE"} label={agreement.text} /> : null}
            </Card>
          ))}
        </ul>
      )}
      {canAgree ? (
        <Card padding="sm" className="sm:p-5">
          <AddTeamAgreementForm roundId={roundId} />
        </Card>
      ) : null}
    </div>
  );
}
