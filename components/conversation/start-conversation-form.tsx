"use client";

import { useTranslations } from "next-intl";
import { ParentLanguageSelect } from "@/components/families/language-select";
import { ActionForm } from "@/components/ui/action-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { startConversationAction } from "@/lib/actions/conversations";
import type { StartOptions } from "@/lib/data/conversation-start";
import { TWELVE_QUESTIONS } from "@/lib/domain";

/**
 * Everything has a default, so one tap on "Gesprek starten" goes straight to the parent's first
 * question. The praatplaat's themes show only while the praatplaat is ticked: CSS (:has) decides,
 * so it works without JavaScript too, and the server ignores themes of an instrument not chosen.
 */
export function StartConversationForm({ options }: { options: StartOptions }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={startConversationAction} success="" className="group space-y-5">
      {(state, pending) => (
        <>
          <input type="hidden" name="familyId" value={options.familyId} />
          <ChoiceGroup
            name="instrumentKeys"
            type="checkbox"
            legend={t("instruments")}
            options={options.instruments.map((instrument) => ({ value: instrument.key, label: instrument.name }))}
            defaultValues={[TWELVE_QUESTIONS]}
            errors={fieldErrors(state, "instrumentKeys")}
          />
          <div data-testid="praatplaat-choices" className="hidden space-y-5 group-has-[[value=praatplaat]:checked]:block">
            <ChoiceGroup
              name="themeKeys"
              type="checkbox"
              legend={`${t("themes")} · ${t("themesHint")}`}
              options={options.themes.map((theme) => ({ value: theme.key, label: theme.title }))}
              errors={fieldErrors(state, "themeKeys")}
            />
            <TextField name="ownThemeTitle" label={t("ownTheme")} hint={t("ownThemeHint")} maxLength={80} errors={fieldErrors(state, "ownThemeTitle")} />
          </div>
          <ChoiceGroup
            name="phaseKey"
            type="radio"
            legend={t("phase")}
            hint={t("phasesHint")}
            options={options.phases.map((phase) => ({ value: phase.key, label: phase.name }))}
            defaultValues={[options.defaultPhase]}
            errors={fieldErrors(state, "phaseKey")}
          />
          <ParentLanguageSelect homeLanguage={options.preferredLanguage} errors={fieldErrors(state, "parentLocale")} />
          {options.canHandOver ? (
            <ChoiceGroup
              name="rateOn"
              type="radio"
              legend={t("rateOn")}
              hint={t("rateOnHint")}
              options={[
                { value: "tablet", label: t("rateOnTablet") },
                { value: "screens", label: t("rateOnScreens") },
              ]}
              defaultValues={["tablet"]}
              errors={fieldErrors(state, "rateOn")}
            />
          ) : (
            <>
              <input type="hidden" name="rateOn" value="screens" />
              <p className="text-base text-ink-soft">{t("rateOnNoPin")}</p>
            </>
          )}
          {/* Always in reach: on a tablet the form is taller than the screen, and everything above has a default. */}
          <div data-sticky-bottom className="sticky bottom-0 bg-paper/95 py-3">
            <SubmitButton pending={pending}>{t("start")}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
