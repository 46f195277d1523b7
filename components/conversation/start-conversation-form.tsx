"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ParentLanguageSelect } from "@/components/families/language-select";
import { ActionForm } from "@/components/ui/action-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { startConversationAction } from "@/lib/actions/conversations";
import type { StartOptions } from "@/lib/data/conversation-start";
import { TWELVE_QUESTIONS } from "@/lib/domain";


export function StartConversationForm({ options }: { options: StartOptions }) {
  const t = useTranslations("Conversation");
  const router = useRouter();
  return (
    <ActionForm action={startConversationAction} success="" onSuccess={({ conversationId }) => router.push(`/gesprekken/${conversationId}`)}>
      {(state, pending) => (
        <>
          <input type="hidden" name="familyId" value={options.familyId} />
          <ChoiceGroup
            name="phaseKey"
            type="radio"
            legend={t("phase")}
            hint={t("phasesHint")}
            options={options.phases.map((phase) => ({ value: phase.key, label: phase.name }))}
            defaultValues={["main"]}
            errors={fieldErrors(state, "phaseKey")}
          />
          <ChoiceGroup
            name="instrumentKeys"
            type="checkbox"
            legend={t("instruments")}
            options={options.instruments.map((instrument) => ({ value: instrument.key, label: instrument.name }))}
            defaultValues={[TWELVE_QUESTIONS]}
            errors={fieldErrors(state, "instrumentKeys")}
          />
          <ChoiceGroup
            name="themeKeys"
            type="checkbox"
            legend={`${t("themes")} · ${t("themesHint")}`}
            options={options.themes.map((theme) => ({ value: theme.key, label: theme.title }))}
            errors={fieldErrors(state, "themeKeys")}
          />
          <TextField name="ownThemeTitle" label={t("ownTheme")} hint={t("ownThemeHint")} maxLength={80} errors={fieldErrors(state, "ownThemeTitle")} />
          <ParentLanguageSelect homeLanguage={options.preferredLanguage} errors={fieldErrors(state, "parentLocale")} />
          <SubmitButton pending={pending}>{t("start")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
