import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result-types";
import { SaveQueue, type QueuedSave } from "@/lib/client/save-queue";

// The save state is a promise to the person answering: "Opgeslagen" only when the server has it.

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

const answer = (itemId: string, value = 4): QueuedSave => ({
  conversationId: "c1",
  itemId,
  side: "PARENT",
  value,
  comment: "",
  answeredAt: new Date().toISOString(),
});

/** A server whose answers the test releases one by one. */
function controlledServer() {
  const waiting: ((result: ActionResult) => void)[] = [];
  const received: QueuedSave[] = [];
  const send = (save: QueuedSave) =>
    new Promise<ActionResult>((resolve) => {
      received.push(save);
      waiting.push(resolve);
    });
  const answerNext = async (result: ActionResult = { ok: true, data: undefined }) => {
    await Promise.resolve();
    waiting.shift()?.(result);
  };
  return { send, received, answerNext };
}

describe("SaveQueue", () => {
  it("says saved once the server has the answer, and not before", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(answer("i1"));
    expect(queue.state).toBe("saving");
    await server.answerNext();
    await queue.flush();
    expect(queue.state).toBe("saved");
    expect(queue.unsent).toEqual([]);
  });

  it("a second flush (the parent pressing Klaar) waits for the save still on its way", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(answer("i1"));
    let klaarMayGoOn = false;
    const finishing = queue.flush().then(() => {
      klaarMayGoOn = true;
    });
    await Promise.resolve();
    expect(klaarMayGoOn).toBe(false);
    await server.answerNext();
    await finishing;
    expect(klaarMayGoOn).toBe(true);
    expect(queue.unsent).toEqual([]);
  });

  it("never says saved for an answer refused because the answers were revealed meanwhile", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(answer("i1"));
    queue.enqueue(answer("i2"));
    await server.answerNext({ ok: false, message: "locked" });
    await queue.flush();
    expect(queue.state).toBe("locked");
    // Nothing is left to retry: it could never be saved.
    expect(queue.unsent).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("keeps an answer the server failed on, says it is not saved, and keeps it for the next try", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(answer("i1"));
    await server.answerNext({ ok: false, message: "unexpected" });
    await queue.flush();
    expect(queue.state).toBe("error");
    expect(queue.unsent.map((save) => save.itemId)).toEqual(["i1"]);
    // A reload finds it in storage.
    expect(new SaveQueue("key", server.send).unsent.map((save) => save.itemId)).toEqual(["i1"]);
  });

  it("says not saved, rather than saved, when the server refuses an answer for good", async () => {
    const server = controlledServer();
    const queue = new SaveQueue("key", server.send);
    queue.enqueue(answer("i1"));
    await server.answerNext({ ok: false, message: "forbidden" });
    await queue.flush();
    expect(queue.state).toBe("error");
  });
});
