import fc from "fast-check";
// @ts-expect-error React's Flight client ships without types; encodeReply(value) resolves to a string or a FormData.
import { encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.node";
import { describe, expect, it } from "vitest";
import { refuseMalformedAction } from "@/lib/security/action-request";

// The proxy's check of server-action requests (issue 15, item 1.8) must refuse what Next cannot
// decode, and never what the app's own pages send: those are made here by React's encodeReply,
// the function the browser uses.

const ACTION_ID = "40935044efbfe74d1d9118a7d445b023da00bddd3c";

function actionRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/doe-mee", { method: "POST", body, headers: { "next-action": ACTION_ID, host: "localhost", ...headers } });
}

/** What the app's forms and autosaves pass to their actions: plain values, dates, forms. */
const argument: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.string().map((text) => `$${text}`),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom(undefined, null, Number.NaN, -0, Infinity, BigInt("1000000000000000000000000000000")),
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()))),
  fc.array(fc.tuple(fc.string(), fc.string())).map((fields) => {
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    return form;
  }),
);

describe("what the app's pages send", () => {
  it("passes: any arguments as React encodes them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(argument, { maxLength: 3 }), async (args) => {
        // Some values (objects without a prototype) React itself refuses to send: no page sends those.
        const body = (await encodeReply(args).catch(() => null)) as string | FormData | null;
        fc.pre(body !== null);
        const headers: Record<string, string> = typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {};
        expect(await refuseMalformedAction(actionRequest(body, headers))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("leaves alone what is no server action", async () => {
    expect(await refuseMalformedAction(new Request("http://localhost/", { method: "POST", body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded" } }))).toBeNull();
    expect(await refuseMalformedAction(new Request("http://localhost/gezinnen"))).toBeNull();
  });
});

describe("what Next cannot decode", () => {
  const text = (body: string) => actionRequest(body, { "content-type": "text/plain;charset=UTF-8" });
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };

  it.each([
    ["a lone $", "$"],
    ["invalid JSON", "not json"],
    ["NUL bytes", "[\u0000]"],
    ["no argument list", '"x"'],
    ["a reference to a row that is not there", '["$1"]'],
    ["a Blob, stream or Map this app takes from no one", '["$B1"]'],
    ["a BigInt that is not a number", '["$nxyz"]'],
    ["nesting deeper than any form", "[".repeat(5_000) + "]".repeat(5_000)],
    ["more than 1,000 arguments", `[${"0,".repeat(1_000)}0]`],
  ])("refuses %s with a 400", async (_, body) => {
    expect(await refuseMalformedAction(text(body))).toMatchObject({ status: 400 });
  });

  it("refuses a broken multipart body, and a form without its root row", async () => {
    const broken = actionRequest("--x\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]", { "content-type": "multipart/form-data; boundary=x" });
    expect(await refuseMalformedAction(broken)).toMatchObject({ status: 400 });
    expect(await refuseMalformedAction(actionRequest(form({ _1_label: "x" })))).toMatchObject({ status: 400 });
  });

  it("refuses a form whose field name holds a NUL byte, which Next's parser calls a malformed part header", async () => {
    expect(await refuseMalformedAction(actionRequest(form({ "0": '["$K1"]', "1_a\u0000b": "x" })))).toMatchObject({ status: 400 });
    expect(await refuseMalformedAction(actionRequest(form({ "0": '["$K1"]', "1_a\tb": "x" })))).toBeNull();
  });

  it("refuses a form sent without JavaScript whose action descriptor is not JSON", async () => {
    const request = new Request("http://localhost/gezinnen", { method: "POST", body: form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x", nope' }) });
    expect(await refuseMalformedAction(request)).toMatchObject({ status: 400 });
  });

  it("refuses a body over 1 MB with a 413, and another site's Origin with a 403", async () => {
    expect(await refuseMalformedAction(text("a".repeat(8 * 1024 * 1024)))).toMatchObject({ status: 413 });
    expect(await refuseMalformedAction(actionRequest("[]", { origin: "https://evil.example" }))).toMatchObject({ status: 403 });
    expect(await refuseMalformedAction(actionRequest("[]", { origin: "http://localhost" }))).toBeNull();
  });

  it("says so in Dutch and English, without a trace of the server's insides", async () => {
    const refusal = await refuseMalformedAction(text("$"));
    expect(refusal?.message).toContain("Dit verzoek is niet uitgevoerd.");
    expect(refusal?.message).toContain("This request was not carried out.");
    expect(refusal?.message).not.toMatch(/digest|Error|at /);
  });
});
