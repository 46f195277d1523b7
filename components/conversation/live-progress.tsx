"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ConversationProgress } from "@/lib/data/conversations";

const POLL_MS = 3_000;

/** Whether the parent is still busy or done, refreshed every few seconds (no third-party service). */
export function LiveProgress({ conversationId, initial }: { conversationId: string; initial: ConversationProgress }) {
  const t = useTranslations("Conversation");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/gesprekken/${conversationId}/status`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as ConversationProgress;
        setProgress(next);
        if (next.status === "REVEALED") router.refresh();
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [conversationId, router]);
  return (
    <ul aria-live="polite" className="space-y-2 text-lg">
      <li>
        {t("progressParent", { answered: progress.answered.PARENT, total: progress.total })}
        {progress.done.PARENT ? <strong className="ms-2 text-teal-700">✓ {t("sideDone")}</strong> : null}
      </li>
      <li>
        {t("progressProfessional", { answered: progress.answered.PROFESSIONAL, total: progress.total })}
        {progress.done.PROFESSIONAL ? <strong className="ms-2 text-teal-700">✓ {t("sideDone")}</strong> : null}
      </li>
    </ul>
  );
}
