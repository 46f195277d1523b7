import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result-types";
import { SaveQueue } from "@/lib/client/save-queue";
import type { TSaveRating } from "@/lib/validations/conversation";

// The save state is a promise to the person rating: "Opgeslagen" only when the server has it.

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

beforeEach(() => {
  Object.assign(globalThis, { localStorage: new MemoryStorage() });
  // Retries wait on timers; fake ones keep a retry from outliving its test.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});

afterEach(() => {
  vi.useRealTimers();
});

const rating = (itemId: string, value = 4): TSaveRating => ({
  conversationId: "c1",
  itemId,
  side: "PARENT",
  value,
  comment: "",
  ratedAt: new Date().toISOString(),
});

/** A server whose responses the test releases one by one. */
function controlledServer() {
  const waiting: ((result: ActionResult) => void)[] = [];
  const received: TSaveRating[] = [];
  const send = (save: TSaveRating) =>
    new Promise<ActionResult>((resolve) => {
      received.push(save);
      waiting.push(resolve);
    });
  const respondNext = async (result: ActionResult = { ok: true, data: undefined }) => {
    await Promise.resolve();
    waiting.shift()?.(result);
  };
  return { send, received, respondNext };
}

describe("SaveQueue", () => {
  it("says saved once the server has the rating, and not before", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    // Nothing rated yet: nothing is called saved, also after a flush with nothing to send.
    expect(queue.state).toBe("idle");
    await queue.flush();
    expect(queue.state).toBe("idle");
    expect(server.received).toEqual([]);
    queue.enqueue(rating("i1"));
    expect(queue.state).toBe("saving");
    await server.respondNext();
    await queue.flush();
    expect(queue.state).toBe("saved");
    expect(queue.unsent).toEqual([]);
  });

  it("a second flush (the parent pressing Klaar) waits for the save still on its way", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(rating("i1"));
    let klaarMayGoOn = false;
    const finishing = queue.flush().then(() => {
      klaarMayGoOn = true;
    });
    await Promise.resolve();
    expect(klaarMayGoOn).toBe(false);
    await server.respondNext();
    await finishing;
    expect(klaarMayGoOn).toBe(true);
    expect(queue.unsent).toEqual([]);
  });

  it("never says saved for a rating refused because the ratings were revealed meanwhile", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(rating("i1"));
    queue.enqueue(rating("i2"));
    await server.respondNext({ ok: false, message: "locked" });
    await queue.flush();
    expect(queue.state).toBe("locked");
    // Nothing is left to retry: it could never be saved.
    expect(queue.unsent).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("keeps a rating the server failed on, says it is not saved, and keeps it for the next try", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(rating("i1"));
    await server.respondNext({ ok: false, message: "unexpected" });
    await queue.flush();
    expect(queue.state).toBe("error");
    expect(queue.unsent.map((save) => save.itemId)).toEqual(["i1"]);
    // A reload finds it in storage.
    expect(new SaveQueue("key", server.send).unsent.map((save) => save.itemId)).toEqual(["i1"]);
    // "Probeer opnieuw" sends it again at once; only then is it saved.
    const retried = queue.flush();
    expect(queue.state).toBe("saving");
    await server.respondNext();
    await retried;
    expect(queue.state).toBe("saved");
    expect(server.received.map((save) => save.itemId)).toEqual(["i1", "i1"]);
  });

  it("sends a save queued before ratedAt had its name, under the new name, and keeps nothing else", async () => {
    const { ratedAt, ...rest } = rating("i1");
    localStorage.setItem("key", JSON.stringify([{ ...rest, answeredAt: ratedAt }]));
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    const flushed = queue.flush();
    await server.respondNext();
    await flushed;
    expect(server.received).toEqual([{ ...rest, ratedAt }]);
    expect(queue.state).toBe("saved");
    expect(localStorage.getItem("key")).toBeNull();
  });

  it("says not saved, rather than saved, when the server refuses a rating for good", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(rating("i1"));
    await server.respondNext({ ok: false, message: "forbidden" });
    await queue.flush();
    expect(queue.state).toBe("error");
  });
});
