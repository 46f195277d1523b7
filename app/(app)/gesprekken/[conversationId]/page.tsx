import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DiscussionStage } from "@/components/conversation/discussion-stage";
import { EarlierAgreements } from "@/components/conversation/earlier-agreements";
import { RatingStage } from "@/components/conversation/rating-stage";
import { PageHeader } from "@/components/ui/page-header";
import { conversationFor } from "@/lib/auth/gate";
import { canHoldConversations } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getConversationComparison } from "@/lib/data/conversation-comparison";
import { getConversationProgress } from "@/lib/data/conversations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Conversation"))("comparisonTitle") };
}

export default async function ConversationPage({ params, searchParams }: { params: Promise<{ conversationId: string }>; searchParams: Promise<{ taal?: string | string[] }> }) {
  const user = await requireUser();
  const [{ conversationId }, { taal }] = await Promise.all([params, searchParams]);
  const [locale, conversation] = await Promise.all([getLocale(), conversationFor(user, conversationId, canHoldConversations(user) ? "write" : "read")]);
  if (!conversation) notFound();
  const [t, format, comparison] = await Promise.all([getTranslations("Conversation"), getFormatter(), getConversationComparison(conversation, locale)]);
  if (!comparison) notFound();
  const progress = comparison.status === "RATING" ? await getConversationProgress(conversation) : null;
  // The comparison in the parent's language, on request: for a parent following the reveal beside the professional.
  const parentLocale = taal === comparison.parentLocale && taal !== locale ? comparison.parentLocale : null;
  const parentLanguageComparison = parentLocale && !progress ? await getConversationComparison(conversation, parentLocale) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("hubTitle", { label: comparison.familyLabel })}
        intro={t("hubMeta", { phase: comparison.phaseName, date: format.dateTime(comparison.createdAt, { dateStyle: "long" }) })}
      />
      <EarlierAgreements comparison={comparison} />
      {progress ? <RatingStage conversationId={comparison.id} progress={progress} user={user} canEdit={comparison.canEdit} /> : <DiscussionStage comparison={comparison} inParentLanguage={parentLanguageComparison && parentLocale ? { comparison: parentLanguageComparison, locale: parentLocale } : undefined} />}
    </div>
  );
}
