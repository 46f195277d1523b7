import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PinForm } from "@/components/settings/pin-form";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requireUser();
  const [t, tc] = await Promise.all([getTranslations("Settings"), getTranslations("Common")]);
  return (
    <div className="space-y-8">
      <h1 className="text-4xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="account" className="space-y-1">
        <h2 id="account" className="text-2xl font-semibold">
          {t("account")}
        </h2>
        <p className="text-lg">
          {user.name} · {user.email} · {tc(`roles.${user.role}`)}
        </p>
      </section>
      <section aria-labelledby="pin" className="max-w-xl space-y-4 rounded-2xl border border-line bg-card p-6">
        <h2 id="pin" className="text-2xl font-semibold">
          {t("pinTitle")}
        </h2>
        <p className="text-lg">{t("pinIntro")}</p>
        <p className="text-lg font-medium">{user.hasPin ? t("pinSet") : t("pinNotSet")}</p>
        <PinForm />
      </section>
    </div>
  );
}
