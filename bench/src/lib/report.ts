import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { REPO_ROOT } from '@attendgate/platform';

const BENCHMARKS_FILE = path.join(REPO_ROOT, 'docs', 'benchmarks.md');

/** One line describing the machine and moment, printed above every result table. */
export function environmentLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg()[0]?.toFixed(2)}`;
}

/**
 * Replaces the section between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->` in
 * docs/benchmarks.md (appending it when missing), and keeps the raw numbers in bench/results/<name>.json.
 */
export function writeReport(name: string, markdown: string, raw: unknown): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = fs.existsSync(BENCHMARKS_FILE) ? fs.readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(BENCHMARKS_FILE, next);
  const resultsDir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `${name}.json`), JSON.stringify(raw, null, 2));
}
