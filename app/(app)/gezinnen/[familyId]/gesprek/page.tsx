import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { TwelveQuestionsIntent } from "@/components/guidance/twelve-questions-intent";
import { StartConversationForm } from "@/components/conversation/start-conversation-form";
import { PageHeader } from "@/components/ui/page-header";
import { familyFor } from "@/lib/auth/gate";
import { requireUser } from "@/lib/auth/session";
import { getStartOptions } from "@/lib/data/conversation-start";

export default async function NewConversationPage({ params }: { params: Promise<{ familyId: string }> }) {
  const user = await requireUser();
  const { familyId } = await params;
  const [locale, family] = await Promise.all([getLocale(), familyFor(user, familyId, "converse")]);
  if (!family) notFound();
  const [t, options] = await Promise.all([getTranslations("Conversation"), getStartOptions(family, locale)]);
  return (
    <div className="group grid max-w-6xl grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-6">
        <PageHeader title={t("newTitle", { label: options.label })} />
        <StartConversationForm options={options} />
      </div>
      {/* Why the 12 questions exist: beside the form only while they are chosen (CSS, so also without JavaScript). */}
      <div className="hidden group-has-[[value=twelve-questions]:checked]:block">
        <TwelveQuestionsIntent headingLevel="h2" />
      </div>
    </div>
  );
}
