import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.join(import.meta.dirname, "../..");

export interface AppProcess {
  url: string;
  /** What the app printed so far (for a failing test's message). */
  output(): string;
  /** Pulls the plug: SIGKILL to the whole process group (serve.ts, the Next server, an embedded database). */
  kill(): Promise<void>;
  /** An orderly stop. */
  stop(): Promise<void>;
}

/**
 * Runs the built app exactly as `npm start` does (tsx lib/cli/serve.ts: migrations, content,
 * then the Next server), in a process group of its own, so a crash can take down every process
 * of it at once and nothing of it outlives the test.
 */
export async function startApp(options: { port: number; env: Record<string, string>; demo?: boolean }): Promise<AppProcess> {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  // Without DATABASE_URL the app starts its embedded database: never inherit one by accident.
  if (!options.env.DATABASE_URL) delete environment.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "lib/cli/serve.ts", ...(options.demo ? ["--demo"] : [])], {
    cwd: ROOT,
    detached: true,
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://localhost:${options.port}`;
  const app: AppProcess = {
    url,
    output: () => output,
    kill: () => signalGroup(child, "SIGKILL", exited),
    async stop() {
      await signalGroup(child, "SIGTERM", Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 10_000))]));
      await signalGroup(child, "SIGKILL", exited);
    },
  };
  try {
    await waitUntilServing(url, exited);
  } catch (error) {
    await app.kill();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return app;
}

async function signalGroup(child: ChildProcess, signal: NodeJS.Signals, done: Promise<void>) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is gone already.
  }
  await done;
}

async function waitUntilServing(url: string, exited: Promise<void>) {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let attempt = 0; attempt < 480; attempt++) {
    if (gone) throw new Error(`The app on ${url} exited while starting.`);
    try {
      if ((await fetch(`${url}/instrumenten`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app on ${url} did not start within 2 minutes.`);
}
