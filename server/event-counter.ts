/**
 * Group commit for usage signals. A batch is acknowledged (202) only after the transaction that counts it has
 * committed, so a crash never loses an acknowledged batch, and a batch is counted whole or not at all. But one
 * transaction per batch would serialise on the day's counter rows and pay one WAL flush each. Instead, batches
 * that arrive while a flush is under way wait (at most one flush) and are added together in the next transaction,
 * as one `count + n` per distinct counter, in one statement. Rows are written in key order, so two servers on one
 * database never wait on each other in a cycle.
 */
import type { CounterKey } from '../mocks/usage';
import type { Database } from './db';

/** What one batch adds: the day (Belgian), the host, and each counter with how much it goes up. */
export interface BatchCounts {
  day: string;
  host: string;
  counters: readonly { key: CounterKey; count: number }[];
}

interface Pending {
  day: string;
  host: string;
  key: CounterKey;
  count: number;
}

export class EventCounter {
  private queue = new Map<string, Pending>();
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  /** Resolves once the batch is committed (or rejects when the database is unavailable). */
  count({ day, host, counters }: BatchCounts): Promise<void> {
    for (const { key, count } of counters) {
      const id = [day, host, key.counter, key.subject, key.detail].join('\u0000');
      const pending = this.queue.get(id);
      if (pending) pending.count += count;
      else this.queue.set(id, { day, host, key, count });
    }
    const committed = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.flushing) void this.flush();
    return committed;
  }

  private async flush(): Promise<void> {
    // One flush at a time; whatever queues meanwhile goes in the next one.
    while (this.flushing) await this.flushing;
    if (this.waiters.length === 0) return;
    const batch = [...this.queue.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
    const waiters = this.waiters;
    this.queue = new Map();
    this.waiters = [];
    this.flushing = this.write(batch).then(
      () => waiters.forEach((w) => w.resolve()),
      (error: unknown) => waiters.forEach((w) => w.reject(error)),
    );
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
      if (this.waiters.length > 0) void this.flush();
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    const column = <T>(pick: (p: Pending) => T) => batch.map(pick);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO usage_counts (period, grain, host, counter, subject, detail, count)
         SELECT period, 'day', host, counter, subject, detail, count
           FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) AS t (period, host, counter, subject, detail, count)
         ON CONFLICT (period, grain, host, counter, subject, detail) DO UPDATE SET count = usage_counts.count + EXCLUDED.count`,
        [
          column((p) => p.day),
          column((p) => p.host),
          column((p) => p.key.counter),
          column((p) => p.key.subject),
          column((p) => p.key.detail),
          column((p) => p.count),
        ],
      );
    });
  }
}
