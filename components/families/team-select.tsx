"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";

// With one team there is nothing to choose: the family goes to that team.
export function TeamSelect({ teams, errors }: { teams: { id: string; name: string }[]; errors?: string[] }) {
  const t = useTranslations("Families");
  if (teams.length === 1) return <input type="hidden" name="teamId" value={teams[0].id} />;
  const options = teams.map((team) => ({ value: team.id, label: team.name }));
  return <SelectField name="teamId" label={t("team")} options={options} errors={errors} />;
}
