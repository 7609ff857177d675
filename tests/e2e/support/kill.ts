/** Kills a browser as a crash would: SIGKILL, no chance to flush anything. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** SIGKILLs every process started with `--user-data-dir=<profile>`. */
export async function killProfile(profile: string): Promise<number> {
  const { stdout } = await run('pgrep', [
    '-f',
    '--',
    `--user-data-dir=${profile}`,
  ]);
  const pids = stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0 && pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
  return pids.length;
}
