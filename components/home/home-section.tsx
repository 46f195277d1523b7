import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";

/** One card of the home screen: a heading, what it lists, and a kind line when there is nothing. */
export function HomeSection({ id, title, hint, empty, children }: { id: string; title: string; hint?: string; empty: string | null; children: ReactNode }) {
  return (
    <TitledSection id={id} title={title} card className="space-y-3">
      {hint ? <p className="text-base text-ink-soft">{hint}</p> : null}
      {empty ? <p className="text-lg">{empty}</p> : children}
    </TitledSection>
  );
}

/** A row of a home list: what it is about on the start side, its one action on the end side. */
export function HomeRow({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-line pt-3 first:border-t-0 first:pt-0">
      <div className="min-w-0 space-y-0.5">{children}</div>
      {action}
    </li>
  );
}

/** A row's way into the conversation it is about, named by the family for a screen reader's list of links. */
export async function ToConversation({ conversationId, familyLabel }: { conversationId: string; familyLabel: string }) {
  const t = await getTranslations("Start");
  return (
    <TextLink href={`/gesprekken/${conversationId}`} aria-label={t("toConversationWith", { label: familyLabel })}>
      {t("toConversation")}
    </TextLink>
  );
}
