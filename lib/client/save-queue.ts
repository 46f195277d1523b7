"use client";

import type { ActionResult } from "@/lib/actions/result-types";

/** "locked": the answers were revealed, so nothing more can be saved (and nothing more is tried). */
export type SaveState = "saved" | "saving" | "offline" | "error" | "locked";

export interface QueuedSave {
  conversationId: string;
  itemId: string;
  side: "PARENT" | "PROFESSIONAL";
  value: number | null;
  comment: string;
  answeredAt: string;
  /** The language this side read the statement in (the parent's half may differ from the page). */
  locale?: string;
}

type Send = (save: QueuedSave) => Promise<ActionResult>;

const RETRY_MS = 4_000;

/**
 * Answers wait here, in localStorage, until the server has acknowledged them: a dropped Wi-Fi
 * connection, a closed tab or a server restart loses nothing. Only the newest answer per item and
 * side is kept, and the server ignores a save older than what it has, so replays are harmless.
 */
export class SaveQueue {
  private pending = new Map<string, QueuedSave>();
  private draining: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  state: SaveState = "saved";

  constructor(
    private readonly storageKey: string,
    private readonly send: Send,
  ) {
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? "[]") as QueuedSave[];
      for (const save of stored) this.pending.set(keyOf(save), save);
    } catch {
      // A broken entry is dropped rather than blocking every later save.
    }
  }

  /** Answers not yet acknowledged, so the screen can show them after a reload. */
  get unsent(): QueuedSave[] {
    return [...this.pending.values()];
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  enqueue(save: QueuedSave) {
    this.pending.set(keyOf(save), save);
    this.persist();
    void this.flush();
  }

  /** Sends what is waiting; resolves when the queue is empty or cannot be emptied now. */
  flush(): Promise<void> {
    // A second caller waits for the flush under way (and the answers it picks up), so "Klaar"
    // is never pressed while the last answer is still on its way.
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    clearTimeout(this.retryTimer);
    let refused = false;
    while (this.pending.size > 0) {
      this.setState("saving");
      const save = this.pending.values().next().value!;
      let result: ActionResult;
      try {
        result = await this.send(save);
      } catch {
        // The request did not arrive (offline, server down): keep it and try again later.
        this.setState("offline");
        this.retryTimer = setTimeout(() => void this.flush(), RETRY_MS);
        return;
      }
      if (!result.ok && result.message === "unexpected") {
        // The server failed for a moment: keep the answer, say it is not saved, try again.
        this.setState("error");
        this.retryTimer = setTimeout(() => void this.flush(), RETRY_MS);
        return;
      }
      if (!result.ok && result.message === "locked") {
        // Revealed meanwhile: no answer can be saved any more, so none is kept or retried.
        this.pending.clear();
        this.persist();
        this.setState("locked");
        return;
      }
      // Saved, or refused for good (a retry would be refused again): either way it leaves the queue.
      refused ||= !result.ok;
      if (this.pending.get(keyOf(save)) === save) this.pending.delete(keyOf(save));
      this.persist();
    }
    this.setState(refused ? "error" : "saved");
  }

  private persist() {
    try {
      if (this.pending.size === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify([...this.pending.values()]));
    } catch {
      // Storage full or blocked: the save still goes out while the page is open.
    }
  }

  private setState(state: SaveState) {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function keyOf(save: QueuedSave) {
  return `${save.itemId}:${save.side}`;
}
