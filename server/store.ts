/**
 * What the server keeps, and nothing more: people (a pseudonymous key and their account history), the training
 * catalogue, and counters of anonymous usage events. Balances are never stored: /wallet computes them.
 */
import { createHash } from 'node:crypto';
import type { Training, UsageEvent } from '../src/api/schemas';
import type { Database } from './db';
import type { History } from './history';
import { EventCounter } from './event-counter';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

/** A stable digest of a document: key order does not matter, so re-importing the same line changes nothing. */
function digest(document: unknown): string {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
      : Array.isArray(value)
        ? value.map(canonical)
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(document))).digest('base64url');
}

export interface StoredHistory {
  history: History;
  /** When it was imported (RFC 3339, UTC): the wallet's "data as of". */
  updatedAt: string;
}

/** The usage-event dimensions that are counted; an absent one is the empty string. */
export interface EventKey {
  day: string;
  host: string;
  event: UsageEvent;
}

export class Store {
  private readonly events: EventCounter;

  constructor(readonly db: Database) {
    this.events = new EventCounter(db);
  }

  /** Whether the database answers (for /readyz). */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /** Stores one person's history under its pseudonymous key, replacing an older one. */
  async importHistory(history: History): Promise<ImportOutcome> {
    const hash = digest({ timeline: history.timeline, uses: history.uses });
    return this.db.transaction(async (tx) => {
      const existing = await tx.query<{ id: string; history_hash: string }>(
        'SELECT id, history_hash FROM people WHERE person_key = $1 FOR UPDATE',
        [history.id],
      );
      const found = existing[0];
      if (found?.history_hash === hash) return 'unchanged';
      let personId: string;
      if (found) {
        personId = found.id;
        await tx.query('UPDATE people SET history_hash = $2, updated_at = now() WHERE id = $1', [personId, hash]);
        await tx.query('DELETE FROM timeline_entries WHERE person_id = $1', [personId]);
        await tx.query('DELETE FROM uses WHERE person_id = $1', [personId]);
      } else {
        const inserted = await tx.query<{ id: string }>('INSERT INTO people (person_key, history_hash) VALUES ($1, $2) RETURNING id', [
          history.id,
          hash,
        ]);
        personId = inserted[0]!.id;
      }
      for (const [position, entry] of history.timeline.entries()) {
        await tx.query('INSERT INTO timeline_entries (person_id, position, from_date, answers) VALUES ($1, $2, $3, $4)', [
          personId,
          position,
          entry.from,
          JSON.stringify(entry.answers),
        ]);
      }
      for (const [position, use] of history.uses.entries()) {
        await tx.query('INSERT INTO uses (person_id, position, use_date, incentive, amount) VALUES ($1, $2, $3, $4, $5)', [
          personId,
          position,
          use.date,
          use.incentive,
          use.amount,
        ]);
      }
      return found ? 'updated' : 'created';
    });
  }

  /** A person's history as imported and when it was, or undefined when the key is unknown. One round trip. */
  async loadHistory(personKey: string): Promise<StoredHistory | undefined> {
    const rows = await this.db.query<{ timeline: History['timeline'] | null; uses: History['uses'] | null; updated_at: string }>(
      `SELECT to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at,
         (SELECT json_agg(json_build_object('from', to_char(t.from_date, 'YYYY-MM-DD'), 'answers', t.answers) ORDER BY t.position)
            FROM timeline_entries t WHERE t.person_id = p.id) AS timeline,
         (SELECT json_agg(json_build_object('date', to_char(u.use_date, 'YYYY-MM-DD'), 'incentive', u.incentive,
                                            'amount', u.amount::float8) ORDER BY u.position)
            FROM uses u WHERE u.person_id = p.id) AS uses
       FROM people p WHERE p.person_key = $1`,
      [personKey],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { history: { id: personKey, timeline: row.timeline ?? [], uses: row.uses ?? [] }, updatedAt: row.updated_at };
  }

  async countPeople(): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
    return rows[0]?.n ?? 0;
  }

  async importTraining(training: Training): Promise<ImportOutcome> {
    const rows = await this.db.query<{ inserted: boolean }>(
      `INSERT INTO trainings (id, document) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, updated_at = now()
         WHERE trainings.document IS DISTINCT FROM EXCLUDED.document
       RETURNING (xmax = 0) AS inserted`,
      [training.id, JSON.stringify(training)],
    );
    const row = rows[0];
    return row === undefined ? 'unchanged' : row.inserted ? 'created' : 'updated';
  }

  async findTraining(id: string): Promise<Training | undefined> {
    const rows = await this.db.query<{ document: Training }>('SELECT document FROM trainings WHERE id = $1', [id]);
    return rows[0]?.document;
  }

  /** Adds one to the event's counter. Resolves once committed: an acknowledged event survives a crash. */
  countEvent({ day, host, event }: EventKey): Promise<void> {
    return this.events.count(day, host, event);
  }

  /** Total events counted (tests and the bench). */
  async totalEvents(): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT coalesce(sum(count), 0)::int AS n FROM event_counts');
    return rows[0]?.n ?? 0;
  }
}
