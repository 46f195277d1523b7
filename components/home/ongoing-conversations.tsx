import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { OngoingConversation } from "@/lib/data/home";
import { FoldedList, HomeRow, HomeSection } from "./home-section";

/** Conversations still being filled in or talked through, each one tap from where it stands. */
export async function OngoingConversations({ conversations, total }: { conversations: OngoingConversation[]; total: number }) {
  const [t, format] = await Promise.all([getTranslations("Start"), getFormatter()]);
  return (
    <HomeSection id="ongoing" title={t("ongoingTitle")} empty={conversations.length ? null : t("noOngoing")}>
      <FoldedList
        rows={conversations.map((conversation) => (
          <HomeRow
            key={conversation.id}
            action={
              <ButtonLink href={`/gesprekken/${conversation.id}`} size="sm" aria-label={t("continueWith", { label: conversation.familyLabel })}>
                {t("continue")}
              </ButtonLink>
            }
          >
            <p className="text-lg font-semibold">{conversation.familyLabel}</p>
            <p className="text-base text-ink-soft">
              {t(`ongoingStage.${conversation.stage}`)} · {t("startedOn", { date: format.dateTime(conversation.createdAt, { day: "numeric", month: "long" }) })}
            </p>
          </HomeRow>
        ))}
        beyond={total > conversations.length ? <p className="text-base text-ink-soft">{t("ongoingMore", { count: total - conversations.length })}</p> : null}
      />
    </HomeSection>
  );
}
