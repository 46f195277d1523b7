import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConversationSummary } from "@/components/conversation/conversation-summary";
import { requireUser } from "@/lib/auth/session";
import { getConversationReview } from "@/lib/data/conversation-review";

export default async function SummaryPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const user = await requireUser();
  const { conversationId } = await params;
  const review = await getConversationReview(user, conversationId, await getLocale());
  if (!review) notFound();
  return <ConversationSummary review={{ ...review, canEdit: false }} calendarHref={review.appointment ? `/api/gesprekken/${review.id}/afspraak` : null} />;
}
