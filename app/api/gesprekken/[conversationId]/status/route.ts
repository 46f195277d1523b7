import { NextResponse } from "next/server";
import { getConversationAccess } from "@/lib/conversation/access";
import { getConversationProgress } from "@/lib/data/conversations";

// Polled by the professional's screen while the parent answers on their own phone: counts and
// "done" only, never an answer.
export async function GET(_request: Request, { params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await getConversationAccess(conversationId);
  if (!access) return NextResponse.json({ error: "notFound" }, { status: 404 });
  const progress = await getConversationProgress(conversationId);
  return NextResponse.json(progress, { headers: { "Cache-Control": "no-store" } });
}
