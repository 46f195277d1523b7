import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PinForm } from "@/components/settings/pin-form";
import { PageHeader } from "@/components/ui/page-header";
import { TitledSection } from "@/components/ui/titled-section";
import { identityCheckFor, RECENT_SIGN_IN_MINUTES } from "@/lib/auth/identity-check";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc-provider";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requireUser();
  const [t, tc, check] = await Promise.all([getTranslations("Settings"), getTranslations("Common"), identityCheckFor(user)]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} />
      <TitledSection id="account" title={t("account")} className="space-y-1">
        <p className="text-lg">
          {user.name} · {user.email} · {tc(`roles.${user.role}`)}
        </p>
      </TitledSection>
      <TitledSection id="pin" title={t("pinTitle")} card className="max-w-xl space-y-4">
        <p className="text-lg">{t("pinIntro")}</p>
        <p className="text-lg font-medium">{user.hasPin ? t("pinSet") : t("pinNotSet")}</p>
        <PinForm
          check={check}
          organisationAccount={env.oidc ? { providerId: OIDC_PROVIDER_ID, name: env.oidc.name ?? null } : null}
          recentMinutes={RECENT_SIGN_IN_MINUTES}
        />
      </TitledSection>
    </div>
  );
}
