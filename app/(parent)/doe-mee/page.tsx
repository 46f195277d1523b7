import { getLocale, getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/conversation/join-form";
import { ParentLanguageSwitch } from "@/components/parent/language-switch";
import { PrivacyDetails } from "@/components/parent/privacy-details";

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("Conversation"), getLocale()]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ParentLanguageSwitch current={locale} />
      <h1 className="text-3xl font-semibold">{t("joinTitle")}</h1>
      <p className="text-xl">{t("joinText")}</p>
      <JoinForm code={typeof code === "string" ? code.slice(0, 20) : ""} />
      <PrivacyDetails />
    </div>
  );
}
