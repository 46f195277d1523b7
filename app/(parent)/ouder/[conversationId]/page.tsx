import Link from "next/link";
import { readAloudWords } from "@/lib/i18n/read-aloud-words";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RatingScreen } from "@/components/conversation/rating-screen";
import { conversationForDevice } from "@/lib/auth/gate";
import { resumeIndexes } from "@/lib/conversation/resume";
import { getRatingSheet } from "@/lib/data/conversations";
import { asParentLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/load-messages";

export default async function ParentModePage({ params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await conversationForDevice(conversationId);
  if (access?.caller.kind !== "tablet") notFound();
  const [t, locale] = await Promise.all([getTranslations("Conversation"), getLocale()]);
  const sheet = await getRatingSheet(access, locale);
  if (!sheet) notFound();
  return (
    <div className="space-y-5">
      {sheet.status === "REVEALED" ? (
        <p role="status" className="rounded-3xl bg-teal-100 p-8 text-center text-2xl font-semibold text-teal-700">
          {sheet.revealedEarly ? t("giveBackEarly") : t("giveBack")}
        </p>
      ) : (
        <RatingScreen readAloudWords={readAloudWords(sheet.anonymityThreshold)} sheet={sheet} sides={["PARENT", "PROFESSIONAL"]} resumeAt={resumeIndexes(sheet, ["PARENT", "PROFESSIONAL"])} askConsent parentMessages={messagesFor(asParentLocale(sheet.parentLocale))} />
      )}
      <p className="text-end">
        <Link href="/ouder/verlaten" className="inline-flex min-h-11 items-center text-base text-ink-soft underline">
          {t("leave")}
        </Link>
      </p>
    </div>
  );
}
