import { NextResponse } from "next/server";
import { conversationForDevice } from "@/lib/auth/gate";
import { getConversationProgress } from "@/lib/data/conversations";

// Polled by the professional's screen while the parent rates on their own phone: counts and
// "done" only, never a rating.
export async function GET(_request: Request, { params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await conversationForDevice(conversationId);
  if (!access) return NextResponse.json({ error: "notFound" }, { status: 404 });
  const progress = await getConversationProgress(access);
  return NextResponse.json(progress, { headers: { "Cache-Control": "no-store" } });
}
