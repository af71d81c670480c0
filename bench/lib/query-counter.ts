import pg from 'pg';

/**
 * Counts the statements a server process sends through node-postgres (every pool client's
 * `query`), with the time from sending to the answer, per statement text. Installed in both
 * benchmark servers the same way; the cost is a counter and a timer per statement.
 */
export interface QueryStats {
  queries: number;
  totalMs: number;
  byStatement: { sql: string; count: number; totalMs: number }[];
  cpuMs: number;
  wallMs: number;
}

export interface QueryCounter {
  reset(): void;
  snapshot(): QueryStats;
}

const short = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 160);

export function installQueryCounter(): QueryCounter {
  let queries = 0;
  let totalMs = 0;
  let byStatement = new Map<string, { count: number; totalMs: number }>();
  let cpuStart = process.cpuUsage();
  let wallStart = performance.now();

  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string })?.text ?? '?');
    const started = performance.now();
    const result = original.apply(this, args);
    const done = () => {
      const ms = performance.now() - started;
      queries += 1;
      totalMs += ms;
      const key = short(text);
      const entry = byStatement.get(key);
      if (entry) {
        entry.count += 1;
        entry.totalMs += ms;
      } else {
        byStatement.set(key, { count: 1, totalMs: ms });
      }
    };
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      // A side branch: the caller's promise and its rejection handling stay untouched.
      (result as Promise<unknown>).then(done, done);
    }
    return result;
  };

  return {
    reset() {
      queries = 0;
      totalMs = 0;
      byStatement = new Map();
      cpuStart = process.cpuUsage();
      wallStart = performance.now();
    },
    snapshot() {
      const cpu = process.cpuUsage(cpuStart);
      return {
        queries,
        totalMs,
        byStatement: [...byStatement.entries()]
          .map(([sql, s]) => ({ sql, ...s }))
          .sort((a, b) => b.totalMs - a.totalMs),
        cpuMs: (cpu.user + cpu.system) / 1000,
        wallMs: performance.now() - wallStart,
      };
    },
  };
}

/** The IPC side of a benchmark server: answers the parent's `reset` and `stats` messages. */
export function serveStats(counter: QueryCounter, close: () => Promise<void>): void {
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'reset') {
      counter.reset();
      process.send?.({ type: 'reset-done' });
    } else if (message?.type === 'stats') {
      process.send?.({ type: 'stats', stats: counter.snapshot() });
    }
  });
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
}
