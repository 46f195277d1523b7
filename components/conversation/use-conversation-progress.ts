"use client";

import { useEffect, useState } from "react";
import type { ConversationProgress } from "@/lib/data/conversations";

const POLL_MS = 3_000;

/**
 * How far both sides are and whether the ratings are revealed, refreshed every few seconds from
 * the status endpoint (counts only, never a rating; no third-party service).
 */
export function useConversationProgress<T extends ConversationProgress | null>(conversationId: string, initial: T): ConversationProgress | T {
  const [progress, setProgress] = useState<ConversationProgress | T>(initial);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/gesprekken/${conversationId}/status`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        setProgress((await response.json()) as ConversationProgress);
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [conversationId]);
  return progress;
}
