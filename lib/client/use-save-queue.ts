"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { saveRatingAction } from "@/lib/actions/rating";
import { SaveQueue, type SaveState } from "./save-queue";

/**
 * One queue per conversation and device, shared by both halves of a split screen. The queue, where
 * it keeps its ratings and the action it sends them to live together here in lib/client; the
 * rating screen only uses it.
 */
export function useSaveQueue(conversationId: string): { queue: SaveQueue | null; state: SaveState } {
  const [queue, setQueue] = useState<SaveQueue | null>(null);
  useEffect(() => {
    const created = new SaveQueue(`samenspraak-unsaved-${conversationId}`, saveRatingAction);
    // The queue lives in localStorage, which exists only in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQueue(created);
    void created.flush();
    const retry = () => void created.flush();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [conversationId]);
  const state = useSyncExternalStore(
    queue?.subscribe ?? noSubscribe,
    () => queue?.state ?? "saved",
    () => "saved" as const,
  );
  return { queue, state };
}

const noSubscribe = () => () => {};
