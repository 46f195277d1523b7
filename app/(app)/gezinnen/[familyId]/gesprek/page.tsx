import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StartConversationForm } from "@/components/conversation/start-conversation-form";
import { requireUser } from "@/lib/auth/session";
import { getStartOptions } from "@/lib/data/conversation-start";

export default async function NewConversationPage({ params }: { params: Promise<{ familyId: string }> }) {
  const user = await requireUser();
  const { familyId } = await params;
  const locale = await getLocale();
  const [t, options] = await Promise.all([getTranslations("Conversation"), getStartOptions(user, familyId, locale)]);
  if (!options) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-4xl font-semibold">{t("newTitle", { label: options.label })}</h1>
      <StartConversationForm options={options} />
    </div>
  );
}
