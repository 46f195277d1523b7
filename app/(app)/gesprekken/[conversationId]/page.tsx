import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AgreementList } from "@/components/conversation/agreement-list";
import { DiscussionStage } from "@/components/conversation/discussion-stage";
import { RatingStage } from "@/components/conversation/rating-stage";
import { SectionCard } from "@/components/conversation/section-card";
import { conversationFor } from "@/lib/auth/gate";
import { requireUser } from "@/lib/auth/session";
import { getConversationReview } from "@/lib/data/conversation-review";
import { getConversationProgress } from "@/lib/data/conversations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Conversation"))("reviewTitle") };
}

export default async function ConversationPage({ params, searchParams }: { params: Promise<{ conversationId: string }>; searchParams: Promise<{ taal?: string | string[] }> }) {
  const user = await requireUser();
  const [{ conversationId }, { taal }] = await Promise.all([params, searchParams]);
  const [locale, conversation] = await Promise.all([getLocale(), conversationFor(user, conversationId, user.role === "PROFESSIONAL" ? "write" : "read")]);
  if (!conversation) notFound();
  const [t, format, review] = await Promise.all([getTranslations("Conversation"), getFormatter(), getConversationReview(conversation, locale)]);
  if (!review) notFound();
  const progress = review.status === "RATING" ? await getConversationProgress(conversation) : null;
  // The answers in the parent's language, on request: for a parent following the reveal beside the professional.
  const answersLocale = taal === review.parentLocale && taal !== locale ? review.parentLocale : null;
  const answersReview = answersLocale && !progress ? await getConversationReview(conversation, answersLocale) : null;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-4xl font-semibold">{t("hubTitle", { label: review.familyLabel })}</h1>
        <p className="text-lg text-ink-soft">{t("hubMeta", { phase: review.phaseName, date: format.dateTime(review.createdAt, { dateStyle: "long" }) })}</p>
      </header>
      {review.earlierOpenAgreements.length > 0 ? (
        <SectionCard id="earlier" title={t("earlierAgreements")}>
          <AgreementList agreements={review.earlierOpenAgreements} reviewIn={review.canEdit ? review.id : undefined} />
        </SectionCard>
      ) : null}
      {progress ? <RatingStage conversationId={review.id} progress={progress} user={user} canEdit={review.canEdit} /> : <DiscussionStage review={review} answersIn={answersReview && answersLocale ? { review: answersReview, locale: answersLocale } : undefined} />}
    </div>
  );
}
