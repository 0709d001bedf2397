import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { REPO_ROOT } from '@attendgate/platform';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux x86-64). */
const CLOCK_TICKS_PER_SECOND = 100;

export interface ServiceProcess {
  pid: number;
  /** CPU time (user + system) the process has used so far, in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * Starts a service as its own process, so that its CPU time can be measured apart from the load generator
 * and the other services, and waits until `readyUrl` answers without a server error.
 */
export async function startService(script: string, env: Record<string, string | undefined>, readyUrl: string): Promise<ServiceProcess> {
  // BENCH_CPU_PROFILE=1 writes a V8 CPU profile per service to bench/results/profiles (open in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${REPO_ROOT}/bench/results/profiles`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited during start-up:\n${stderr}`);
    try {
      if ((await fetch(readyUrl)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${script} did not become ready:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return { pid, cpuMs: () => cpuMsOf(pid), stop: () => stopChild(child) };
}

/** A load-generating process the benchmark talks to over IPC: each request gets exactly one reply. */
export interface WorkerProcess<Request, Reply> extends ServiceProcess {
  request(message: Request): Promise<Reply>;
}

/**
 * Starts a worker (clients that must not share a process, or a CPU, with the service they load) with an IPC
 * channel. The worker answers every message with one reply, in order (see `serveRequests`).
 */
export function startWorker<Request, Reply>(script: string, env: Record<string, string | undefined> = {}): WorkerProcess<Request, Reply> {
  const child = fork(script, [], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting: { resolve(reply: Reply): void; reject(error: Error): void }[] = [];
  child.on('message', (reply) => waiting.shift()?.resolve(reply as Reply));
  child.once('exit', (code) => {
    for (const each of waiting.splice(0)) each.reject(new Error(`${script} exited with ${code}`));
  });
  return {
    pid: child.pid!,
    cpuMs: () => cpuMsOf(child.pid!),
    request: (message) =>
      new Promise<Reply>((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.send(message as object);
      }),
    stop: () => stopChild(child),
  };
}

/** The worker side of `startWorker`: one reply per message, in the order the messages came. */
export function serveRequests<Request, Reply>(handle: (message: Request) => Promise<Reply> | Reply): void {
  let queue = Promise.resolve();
  process.on('message', (message) => {
    queue = queue.then(async () => {
      process.send!((await handle(message as Request)) as object);
    });
  });
  process.once('SIGTERM', () => process.exit(0));
}

/** CPU time (user + system) a process has used so far, in milliseconds. */
function cpuMsOf(pid: number): number {
  return cpuMsOfStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** CPU time from the text of /proc/<pid>/stat. */
function cpuMsOfStat(stat: string): number {
  // Fields after the command name (which is in parentheses and may contain spaces): utime is 14th, stime 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/**
 * CPU time the whole machine has spent busy so far (every process: PostgreSQL, the broker, the load generator
 * and the kernel's work for them included), in milliseconds summed over cores, from /proc/stat.
 */
export function machineCpuMs(): number {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal …: busy is all but idle and iowait.
  const [user, nice, system, , , irq, softirq] = fields.map(Number);
  return ((user! + nice! + system! + irq! + softirq!) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** CPU time used so far by every running process of one command name (all PostgreSQL backends, say), in milliseconds. */
export function commandCpuMs(command: string): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === command) total += cpuMsOfStat(stat);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}
