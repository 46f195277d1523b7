import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConversationSummary } from "@/components/conversation/conversation-summary";
import { conversationFor } from "@/lib/auth/gate";
import { requireUser } from "@/lib/auth/session";
import { getConversationComparison } from "@/lib/data/conversation-comparison";

export default async function SummaryPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const user = await requireUser();
  const { conversationId } = await params;
  const conversation = await conversationFor(user, conversationId, "read");
  const comparison = conversation ? await getConversationComparison(conversation, await getLocale()) : null;
  if (!comparison) notFound();
  return <ConversationSummary comparison={{ ...comparison, canEdit: false }} calendarHref={comparison.appointment ? `/api/gesprekken/${comparison.id}/volgend-gesprek` : null} />;
}
