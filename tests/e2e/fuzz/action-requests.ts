import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { nastyString } from "../../support/fuzz/arbitraries";
import { encoded, pathId, type FuzzRequest } from "./api-requests";

// Raw server-action requests, as a browser never sends them: the real action ids of the build,
// with bodies in and out of React's reply format (issue 15, item 1.8: "$", invalid JSON, NUL
// bytes, 8 MB).

export interface ServerAction {
  id: string;
  name: string;
  /** Pages that use it, e.g. "/gezinnen/[familyId]". */
  pages: string[];
}

/** The build's server actions, from the manifest `next build` writes. */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    name: action.exportedName ?? id,
    pages: Object.keys(action.workers).map((worker) => worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/"),
  }));
}

const hex = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength, maxLength });

const reference = fc.oneof(
  fc.constantFrom("$", "$$", "$undefined", "$NaN", "$-0", "$T", "$K1", "$@0", "$@1", "$1", "$Q1", "$W1", "$B1", "$R1", "$r1", "$X1", "$i1", "$h1", "$F1", "$S1", "$A1", "$n", "$nxyz", `$n${"9".repeat(400)}`, "$D", "$Dnot-a-date"),
  hex(0, 4).chain((row) => fc.constantFrom(`$${row}`, `$@${row}`, `$K${row}`, `$Q${row}`, `$B${row}`)),
);

/** A JSON value with React's reply references where strings would be. */
const replyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 1 }), reference, nastyString, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(nastyString, tie("value"), { maxKeys: 4 })),
})).value;

/** The text of a reply: well-formed JSON of any shape, or not JSON at all. */
const replyText: fc.Arbitrary<string> = fc.oneof(
  fc.array(replyValue, { maxLength: 3 }).map((args) => JSON.stringify(args)),
  replyValue.map((value) => JSON.stringify(value) ?? "null"),
  reference,
  nastyString,
  fc.constantFrom("", "[", "[\u0000]", '["\u0000"]', "\u0000".repeat(10), "[null,\u0000]", "{}", "null", "1", '"x"', `[${"0,".repeat(1500)}0]`),
  fc.integer({ min: 100, max: 200_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
);

/** A multipart body by hand, so it can also be broken: fields of a reply ("0", "1_x"), or of a form without JavaScript ("$ACTION_…"). */
function multipart(fields: [string, string][], boundary: string, broken: boolean): Buffer {
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(parts.join("") + (broken ? `--${boundary.slice(1)}` : `--${boundary}--\r\n`));
}

function multipartFields(actionIds: string[]) {
  const names = fc.oneof(
    fc.constantFrom("0", "1", "_1_label", "1_label", "$ACTION_KEY", "$ACTION_REF_1", "$ACTION_1:0", "$ACTION_1:1"),
    fc.constantFrom(...actionIds).map((id) => `$ACTION_ID_${id}`),
    nastyString.map((name) => name.replace(/["\r\n]/g, "")),
  );
  return fc.array(fc.tuple(names, fc.oneof(replyText, fc.constant(JSON.stringify({ id: actionIds[0], bound: "$@1" }))).map(String)), { maxLength: 6 });
}

/** Now and then (one time in `every`) a value, else null. */
const sometimes = <T>(every: number, value: fc.Arbitrary<T>) => fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });

/** A POST to a page: the action's own page (with any id in its address) or a public one. */
export function actionRequest(actions: ServerAction[]): fc.Arbitrary<FuzzRequest> {
  const ids = actions.map((action) => action.id);
  return fc
    .record({
      action: fc.constantFrom(...actions),
      forgedId: sometimes(8, fc.oneof(hex(42, 42), nastyString.map(encoded))),
      // Mostly the action's own page: from another, Next forwards it to one that has it.
      page: fc.oneof({ weight: 3, arbitrary: fc.constant("own") }, fc.constantFrom("/", "/doe-mee", "/inloggen", "/instrumenten")),
      id: pathId,
      form: fc.record({ fields: multipartFields(ids), boundary: fc.stringMatching(/^[A-Za-z0-9]{1,40}$/), broken: fc.boolean(), header: fc.boolean() }),
      text: replyText,
      kind: fc.constantFrom("text", "text", "multipart", "other type"),
      origin: sometimes(10, fc.constantFrom("null", "https://evil.example", "not a url", "http://localhost:1")),
    })
    .map(({ action, forgedId, page, id, form, text, kind, origin }) => {
      const own = (action.pages[0] ?? "/").replace(/\[[^\]]+\]/g, id);
      const contentType = kind === "multipart" ? `multipart/form-data; boundary=${form.boundary}` : kind === "text" ? "text/plain;charset=UTF-8" : "application/json";
      const headers: Record<string, string> = { "content-type": contentType, accept: "text/x-component", ...(origin ? { origin } : {}) };
      // Without the action header, a multipart post is a form sent without JavaScript.
      if (kind !== "multipart" || form.header) headers["next-action"] = forgedId ?? action.id;
      return {
        label: `${action.name} ${kind} ${page === "own" ? own.slice(0, 60) : page}`,
        method: "POST",
        path: page === "own" ? own : page,
        headers,
        body: kind === "multipart" ? multipart(form.fields, form.boundary, form.broken) : Buffer.from(text),
      };
    });
}

/** Bodies over the limit, a few times each way: 8 MB of text, of a form, and of NUL bytes. */
export function oversizedRequests(actions: ServerAction[]): FuzzRequest[] {
  const action = actions.find((candidate) => candidate.name === "saveRatingAction") ?? actions[0];
  const big = (fill: string) => Buffer.alloc(8 * 1024 * 1024, fill);
  const form = Buffer.concat([Buffer.from('--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n'), big("a"), Buffer.from("\r\n--b--\r\n")]);
  return [
    { label: "8 MB text", method: "POST", path: "/doe-mee", headers: { "content-type": "text/plain;charset=UTF-8", "next-action": action.id }, body: big("a") },
    { label: "8 MB of NUL bytes", method: "POST", path: "/doe-mee", headers: { "content-type": "text/plain;charset=UTF-8", "next-action": action.id }, body: big("\u0000") },
    { label: "8 MB form", method: "POST", path: "/doe-mee", headers: { "content-type": "multipart/form-data; boundary=b", "next-action": action.id }, body: form },
    { label: "8 MB form without JavaScript", method: "POST", path: "/doe-mee", headers: { "content-type": "multipart/form-data; boundary=b" }, body: form },
  ];
}

/** A form whose field name holds a NUL byte: the fetch standard's parser takes it, Next's (busboy) threw a 500. */
export function nulFieldNameRequest(actions: ServerAction[]): FuzzRequest {
  const action = actions.find((candidate) => candidate.name === "saveRatingAction") ?? actions[0];
  const body = '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"_x"]\r\n--b\r\nContent-Disposition: form-data; name="a\u0000b"\r\n\r\nx\r\n--b--\r\n';
  return { label: "a form field named with a NUL byte", method: "POST", path: "/doe-mee", headers: { "content-type": "multipart/form-data; boundary=b", "next-action": action.id }, body: Buffer.from(body) };
}
