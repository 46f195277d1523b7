"use client";

import { useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { fieldErrors } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result-types";

const roles = ["PROFESSIONAL", "TEAM_LEAD", "ADMIN"] as const;

export function RoleAndTeamsFields({
  teams,
  state,
  role = "PROFESSIONAL",
  teamIds = [],
}: {
  teams: { id: string; name: string }[];
  state: ActionResult<unknown> | null;
  role?: string;
  teamIds?: string[];
}) {
  const t = useTranslations("Admin");
  const tc = useTranslations("Common");
  return (
    <>
      <ChoiceGroup
        name="role"
        type="radio"
        legend={t("role")}
        options={roles.map((value) => ({ value, label: tc(`roles.${value}`) }))}
        defaultValues={[role]}
        errors={fieldErrors(state, "role")}
      />
      <ChoiceGroup
        name="teamIds"
        type="checkbox"
        legend={t("teamsOfUser")}
        options={teams.map((team) => ({ value: team.id, label: team.name }))}
        defaultValues={teamIds}
        errors={fieldErrors(state, "teamIds")}
      />
    </>
  );
}
