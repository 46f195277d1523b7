import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LiveProgress } from "@/components/conversation/live-progress";
import { RatingScreen } from "@/components/conversation/rating-screen";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { conversationForDevice } from "@/lib/auth/gate";
import { resumeIndexes } from "@/lib/conversation/resume";
import { getConversationProgress, getRatingSheet } from "@/lib/data/conversations";

/** The professional rates on their own screen while the parent rates on their phone. */
export default async function ProfessionalRatingPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await conversationForDevice(conversationId);
  if (access?.caller.kind !== "professional" || !access.sides.includes("PROFESSIONAL")) notFound();
  const [t, locale] = await Promise.all([getTranslations("Conversation"), getLocale()]);
  const [sheet, progress] = await Promise.all([getRatingSheet(access, locale), getConversationProgress(access)]);
  if (!sheet || !progress) notFound();
  return (
    <div className="space-y-5">
      <Card padding="sm">
        <LiveProgress conversationId={conversationId} initial={progress} />
      </Card>
      {sheet.status === "RATING" ? <RatingScreen sheet={sheet} sides={["PROFESSIONAL"]} resumeAt={resumeIndexes(sheet, ["PROFESSIONAL"])} askConsent={false} /> : null}
      <ButtonLink href={`/gesprekken/${conversationId}`}>{t("toComparison")}</ButtonLink>
    </div>
  );
}
