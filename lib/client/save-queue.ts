"use client";

import type { ActionResult } from "@/lib/actions/result-types";
import type { TSaveRating } from "@/lib/validations/conversation";

/**
 * "idle": nothing was sent yet, so nothing can be called saved. "locked": the ratings were
 * revealed, so nothing more can be saved (and nothing more is tried).
 */
export type SaveState = "idle" | "saved" | "saving" | "offline" | "error" | "locked";

type Send = (save: TSaveRating) => Promise<ActionResult>;

const RETRY_MS = 4_000;

/**
 * Ratings wait here, in localStorage, until the server has acknowledged them: a dropped Wi-Fi
 * connection, a closed tab or a server restart loses nothing. Only the newest rating per item and
 * side is kept, and the server ignores a save older than what it has, so replays are harmless.
 */
export class SaveQueue {
  private pending = new Map<string, TSaveRating>();
  private draining: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  state: SaveState = "idle";

  constructor(
    private readonly storageKey: string,
    private readonly send: Send,
  ) {
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? "[]") as StoredSave[];
      for (const save of stored.map(fromStorage)) this.pending.set(keyOf(save), save);
    } catch {
      // A broken entry is dropped rather than blocking every later save.
    }
  }

  /** Ratings not yet acknowledged, so the screen can show them after a reload. */
  get unsent(): TSaveRating[] {
    return [...this.pending.values()];
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  enqueue(save: TSaveRating) {
    this.pending.set(keyOf(save), save);
    this.persist();
    void this.flush();
  }

  /** Sends what is waiting; resolves when the queue is empty or cannot be emptied now. */
  flush(): Promise<void> {
    // A second caller waits for the flush under way (and the ratings it picks up), so "Klaar"
    // is never pressed while the last rating is still on its way.
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    clearTimeout(this.retryTimer);
    // Nothing waiting: the state keeps saying what the last save did ("Opgeslagen" only after one).
    if (this.pending.size === 0) return;
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
        // The server failed for a moment: keep the rating, say it is not saved, try again.
        this.setState("error");
        this.retryTimer = setTimeout(() => void this.flush(), RETRY_MS);
        return;
      }
      if (!result.ok && result.message === "locked") {
        // Revealed meanwhile: no rating can be saved any more, so none is kept or retried.
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

function keyOf(save: TSaveRating) {
  return `${save.itemId}:${save.side}`;
}

/** A save queued before `ratedAt` had its name: it still goes out, under the new one. */
type StoredSave = TSaveRating | (Omit<TSaveRating, "ratedAt"> & { answeredAt: string });

function fromStorage(save: StoredSave): TSaveRating {
  if (!("answeredAt" in save)) return save;
  const { answeredAt, ...rest } = save;
  return { ...rest, ratedAt: answeredAt };
}
