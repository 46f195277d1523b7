import { spawn, type ChildProcess } from "node:child_process";

export type AppInstance = Awaited<ReturnType<typeof startAppInstance>>;

/**
 * The built app started the way a deployment starts it (`npm start`: migrations, content, the
 * app's own server), on a database of the test's choosing, in a process group of its own.
 * Resolves once it serves, with everything it printed so far (the setup link is among it).
 */
export async function startAppInstance(options: { port: number; env: Record<string, string>; demo?: boolean }) {
  const environment: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, ...options.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" };
  const child: ChildProcess = spawn("npx", ["tsx", "lib/cli/serve.ts", ...(options.demo ? ["--demo"] : [])], {
    env: environment as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const deadline = Date.now() + 120_000;
  while (!/Next\.js ready/.test(output)) {
    if (!running() || Date.now() > deadline) {
      if (running()) process.kill(-child.pid!, "SIGKILL");
      throw new Error(`The app did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `http://localhost:${options.port}`,
    output: () => output,
    async stop() {
      if (!running() || !child.pid) return;
      process.kill(-child.pid, "SIGTERM");
      // A server still busy with a request gets ten seconds, then the whole group is killed.
      const patience = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(patience);
    },
    /** Pulls the plug: SIGKILL to the whole group (serve.ts, the Next server, an embedded database). */
    async kill() {
      if (!running() || !child.pid) return;
      process.kill(-child.pid, "SIGKILL");
      await exited;
    },
  };
}
