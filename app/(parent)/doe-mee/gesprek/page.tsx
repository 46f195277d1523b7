import { getLocale, getTranslations } from "next-intl/server";
import { readAloudWords } from "@/lib/i18n/read-aloud-words";
import { RatingScreen } from "@/components/conversation/rating-screen";
import { conversationForDevice } from "@/lib/auth/gate";
import { readParticipant } from "@/lib/conversation/cookies";
import { resumeIndexes } from "@/lib/conversation/resume";
import { ConversationSummary } from "@/components/conversation/conversation-summary";
import { getParentSummary } from "@/lib/data/conversation-comparison";
import { getRatingSheet } from "@/lib/data/conversations";
import { asParentLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/load-messages";

export default async function PhoneRatingPage() {
  const [t, locale, participant] = await Promise.all([getTranslations("Conversation"), getLocale(), readParticipant()]);
  const access = participant ? await conversationForDevice(participant.conversationId) : null;
  const sheet = access?.caller.kind === "phone" ? await getRatingSheet(access, locale) : null;
  // Once both are done the parent's phone shows the summary to take home.
  const summary = access && sheet?.status === "REVEALED" ? await getParentSummary(access, locale) : null;
  if (summary) return <ConversationSummary comparison={summary} calendarHref={summary.appointment ? `/api/gesprekken/${summary.id}/volgend-gesprek` : null} forParent />;
  if (!sheet || sheet.status !== "RATING") {
    return (
      <p role="status" className="mx-auto max-w-md rounded-3xl bg-teal-100 p-8 text-center text-2xl text-teal-700">
        {t("finished")}
      </p>
    );
  }
  return (
    <div className="mx-auto max-w-2xl">
      <RatingScreen readAloudWords={readAloudWords(sheet.anonymityThreshold)}
        sheet={sheet}
        sides={["PARENT"]}
        resumeAt={resumeIndexes(sheet, ["PARENT"])}
        askConsent
        intro={t("phoneIntro")}
        parentMessages={asParentLocale(sheet.parentLocale) === locale ? undefined : messagesFor(asParentLocale(sheet.parentLocale))}
      />
    </div>
  );
}
