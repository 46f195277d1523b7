// Shared by server actions and the forms that show their results.
export type ErrorKey = "unauthenticated" | "forbidden" | "notFound" | "invalid" | "conflict" | "wrongPassword" | "throttled" | "locked" | "noPin" | "signInAgain" | "alreadySetUp" | "invalidLink" | "unexpected";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: ErrorKey; fieldErrors?: Record<string, string[]> };
