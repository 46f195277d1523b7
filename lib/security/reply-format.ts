// The arguments of a server action arrive in React's reply format: JSON rows, where a string
// starting with "$" is a reference (to another row, a FormData, a Date, a stream, ...). React
// throws on a malformed one, which Next answers with a 500 and an error digest (issue 15, item
// 1.8). This checks a reply the way React would read it, for the values this app's actions take:
// plain JSON, FormData, dates, and rows holding those. Anything else is refused up front.

/** One row of the reply by its id (hex), or null when there is none. */
export type Rows = (id: string) => string | null;

const MAX_DEPTH = 64;
/** React's own limits: 1,000 arguments, a million array slots. */
const MAX_ARGUMENTS = 1000;
const MAX_SLOTS = 1_000_000;

const PLAIN = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

/** True when React can read the row `id` (JSON whose references all resolve) and its root is an argument list. */
export function isReadableReply(rows: Rows, rootId = "0"): boolean {
  const seen = new Set<string>();
  let slots = 0;

  function row(id: string): unknown {
    const text = rows(id);
    if (text === null) throw new Error(`no row ${id}`);
    return JSON.parse(text);
  }

  function walk(value: unknown, depth: number): void {
    if (depth > MAX_DEPTH) throw new Error("too deep");
    if (typeof value === "string") return reference(value, depth);
    if (typeof value !== "object" || value === null) return;
    const children = Array.isArray(value) ? value : Object.values(value);
    slots += children.length;
    if (slots > MAX_SLOTS) throw new Error("too many slots");
    for (const child of children) walk(child, depth + 1);
  }

  function reference(text: string, depth: number): void {
    if (text[0] !== "$" || PLAIN.has(text) || text[1] === "D") return;
    if (text[1] === "$") {
      slots += text.length;
      return;
    }
    if (text[1] === "n" && /^\$n-?\d{1,300}$/.test(text)) return;
    if (/^\$K[0-9a-f]+$/.test(text)) return; // A FormData from the fields "_<id>_…"; none makes an empty one.
    const outlined = /^\$@?([0-9a-f]+)$/.exec(text); // A row, or a promise of one.
    if (!outlined) throw new Error(`not a reference this app takes: ${text.slice(0, 20)}`);
    if (seen.has(outlined[1])) return;
    seen.add(outlined[1]);
    walk(row(outlined[1]), depth + 1);
  }

  try {
    const root = row(rootId);
    if (!Array.isArray(root) || root.length > MAX_ARGUMENTS) return false;
    seen.add(rootId);
    walk(root, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a form posted without JavaScript names its action in a way React can decode: each
 * "$ACTION_REF_n" has a descriptor "$ACTION_n:0", {"id": "…", "bound": null or a row}.
 */
export function isReadableFormAction(form: FormData): boolean {
  const references = [...form.keys()].filter((key) => key.startsWith("$ACTION_REF_"));
  return references.every((key) => {
    const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
    const rows: Rows = (id) => {
      const value = form.get(prefix + id);
      return typeof value === "string" ? value : null;
    };
    try {
      const descriptor = JSON.parse(rows("0") ?? "null") as { id?: unknown; bound?: unknown } | null;
      if (typeof descriptor?.id !== "string") return false;
      if (descriptor.bound === null || descriptor.bound === undefined) return true;
      const bound = typeof descriptor.bound === "string" ? /^\$@([0-9a-f]+)$/.exec(descriptor.bound) : null;
      return bound !== null && isReadableReply(rows, bound[1]);
    } catch {
      return false;
    }
  });
}
