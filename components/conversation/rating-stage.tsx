import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/types";
import type { ConversationProgress } from "@/lib/data/conversations";
import { FirstStep } from "@/components/guidance/first-step";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { HandOverForm, RevealEarlyForm } from "./hand-over-form";
import { LiveProgress } from "./live-progress";
import { PhoneInvite } from "./phone-invite";
import { SectionCard } from "./section-card";

/** The hub while both sides are still rating: how far they are, and the two ways to rate. */
export async function RatingStage({ conversationId, progress, user, canEdit }: { conversationId: string; progress: ConversationProgress; user: SessionUser; canEdit: boolean }) {
  const [t, tErrors] = await Promise.all([getTranslations("Conversation"), getTranslations("Errors")]);
  return (
    <>
      <SectionCard id="progress" title={t("progressTitle")}>
        <LiveProgress conversationId={conversationId} initial={progress} />
      </SectionCard>
      {canEdit ? (
        <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
          <SectionCard id="together" title={t("together")}>
            <p className="text-lg">{t("togetherText")}</p>
            <FirstStep />
            {user.hasPin ? (
              <HandOverForm conversationId={conversationId} />
            ) : (
              <Notice tone="warning">
                {tErrors("noPin")}{" "}
                <Link href="/instellingen" className="underline">
                  {t("pin")}
                </Link>
              </Notice>
            )}
          </SectionCard>
          <SectionCard id="phone" title={t("phone")}>
            <p className="text-lg">{t("phoneText")}</p>
            <PhoneInvite conversationId={conversationId} />
            <ButtonLink href={`/gesprekken/${conversationId}/invullen`} variant="secondary">
              {t("ownRating")}
            </ButtonLink>
          </SectionCard>
        </div>
      ) : null}
      {canEdit ? (
        <Card>
          <RevealEarlyForm conversationId={conversationId} />
        </Card>
      ) : null}
    </>
  );
}
