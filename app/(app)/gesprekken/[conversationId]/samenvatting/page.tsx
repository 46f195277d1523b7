import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConversationSummary } from "@/components/conversation/conversation-summary";
import { conversationFor } from "@/lib/auth/gate";
import { requireUser } from "@/lib/auth/session";
import { getConversationReview } from "@/lib/data/conversation-review";

export default async function SummaryPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const user = await requireUser();
  const { conversationId } = await params;
  const conversation = await conversationFor(user, conversationId, "read");
  const review = conversation ? await getConversationReview(conversation, await getLocale()) : null;
  if (!review) notFound();
  return <ConversationSummary review={{ ...review, canEdit: false }} calendarHref={review.appointment ? `/api/gesprekken/${review.id}/volgend-gesprek` : null} />;
}
