import { readFileSync } from 'node:fs';

/** Peak resident memory seen so far, in MB: this Node process and its child processes (dbt). */
export interface PeakMemory {
  readonly nodeMb: number;
  readonly childMb: number;
}

/**
 * Starts sampling the peak RSS of this process's descendants every `intervalMs` (Linux /proc:
 * VmHWM, the kernel's own high-water mark, so only a peak reached in the last interval before a
 * child exits can be missed). Node's own peak comes from getrusage. Returns a handle to read and
 * stop; `childSincePhase` gives the children's peak since its previous call (each dbt process lives
 * within one phase, so its high-water mark belongs to that phase).
 */
export function watchPeakMemory(intervalMs = 200): { read(): PeakMemory; stop(): PeakMemory; childSincePhase(): number } {
  let childKb = 0;
  let phaseChildKb = 0;
  const sample = () => {
    for (const pid of descendants(process.pid)) {
      const kb = highWaterKb(pid);
      childKb = Math.max(childKb, kb);
      phaseChildKb = Math.max(phaseChildKb, kb);
    }
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  const read = (): PeakMemory => ({ nodeMb: Math.round(process.resourceUsage().maxRSS / 1024), childMb: Math.round(childKb / 1024) });
  return {
    read,
    childSincePhase() {
      sample();
      const mb = Math.round(phaseChildKb / 1024);
      phaseChildKb = 0;
      return mb;
    },
    stop() {
      clearInterval(timer);
      sample();
      return read();
    },
  };
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop() as number;
    let children: string;
    try {
      children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(' ').filter(Boolean).map(Number)) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function highWaterKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
