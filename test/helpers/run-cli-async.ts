import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CliResult } from './run-cli.js';
import { repoRoot } from './run-cli.js';

/**
 * Runs the built CLI without blocking this process, so that a server the test runs in-process
 * (the fake scholarly APIs) can answer it. Same environment as runCli.
 */
export function runCliAsync(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'pubcv.js'), ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
