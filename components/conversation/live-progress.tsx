"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ConversationProgress } from "@/lib/data/conversations";
import { useConversationProgress } from "./use-conversation-progress";

/** Whether the parent is still busy or done, refreshed every few seconds. */
export function LiveProgress({ conversationId, initial }: { conversationId: string; initial: ConversationProgress }) {
  const t = useTranslations("Conversation");
  const router = useRouter();
  const progress = useConversationProgress(conversationId, initial);
  const revealed = progress.status === "REVEALED";
  useEffect(() => {
    if (revealed) router.refresh();
  }, [revealed, router]);
  return (
    <ul aria-live="polite" className="space-y-2 text-lg">
      <li>
        {t("progressParent", { rated: progress.rated.PARENT, total: progress.total })}
        {progress.done.PARENT ? <strong className="ms-2 text-teal-700">✓ {t("sideDone")}</strong> : null}
      </li>
      <li>
        {t("progressProfessional", { rated: progress.rated.PROFESSIONAL, total: progress.total })}
        {progress.done.PROFESSIONAL ? <strong className="ms-2 text-teal-700">✓ {t("sideDone")}</strong> : null}
      </li>
    </ul>
  );
}
