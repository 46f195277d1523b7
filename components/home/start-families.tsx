import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { HomeOverview } from "@/lib/data/home";
import { HomeSection } from "./home-section";

/** One tap on a family opens its start form, with everything already chosen but what to talk about. */
export async function StartFamilies({ families }: Pick<HomeOverview, "families">) {
  const t = await getTranslations("Start");
  return (
    <HomeSection id="start-conversation" title={t("startTitle")} hint={families.length ? t("startHint") : undefined} empty={null}>
      {families.length ? (
        <ul className="flex flex-wrap gap-2">
          {families.map((family) => (
            <li key={family.id}>
              <ButtonLink href={`/gezinnen/${family.id}/gesprek`} variant="secondary" aria-label={t("startWith", { label: family.label })}>
                {family.label}
              </ButtonLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-lg">{t("noFamilies")}</p>
      )}
      <TextLink href={families.length ? "/gezinnen" : "/gezinnen#new-family"}>{families.length ? t("allFamilies") : t("addFamily")}</TextLink>
    </HomeSection>
  );
}
