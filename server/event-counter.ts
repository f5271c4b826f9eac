/**
 * Group commit for usage events. Every event is acknowledged (202) only after the transaction that counts it has
 * committed, so a crash never loses an acknowledged event; but one transaction per event would serialise on the
 * day's counter row and pay one WAL flush each. Instead, events that arrive while a flush is under way wait
 * (at most one flush) and are added in the next transaction, as one `count + n` per distinct counter. A batch
 * holds one row per distinct counter (day × host × type × dimensions), however many events it carries.
 */
import type { UsageEvent } from '../src/api/schemas';
import type { Database } from './db';

interface Pending {
  key: string[];
  count: number;
}

export class EventCounter {
  private queue = new Map<string, Pending>();
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  /** Resolves once the event is committed (or rejects when the database is unavailable). */
  count(day: string, host: string, event: UsageEvent): Promise<void> {
    const key = [day, host, event.type, event.element, event.locale, event.ruleSet ?? '', event.incentive ?? ''];
    const id = key.join('\u0000');
    const pending = this.queue.get(id);
    if (pending) pending.count += 1;
    else this.queue.set(id, { key, count: 1 });
    const committed = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.flushing) void this.flush();
    return committed;
  }

  private async flush(): Promise<void> {
    // One flush at a time; whatever queues meanwhile goes in the next one.
    while (this.flushing) await this.flushing;
    if (this.waiters.length === 0) return;
    const batch = [...this.queue.values()];
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
    await this.db.transaction(async (tx) => {
      for (const { key, count } of batch) {
        await tx.query(
          `INSERT INTO event_counts (day, host, type, element, locale, rule_set, incentive, count)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (day, host, type, element, locale, rule_set, incentive) DO UPDATE SET count = event_counts.count + EXCLUDED.count`,
          [...key, count],
        );
      }
    });
  }
}
