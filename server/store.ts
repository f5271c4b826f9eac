/**
 * What the server keeps, and nothing more: people (a pseudonymous key and their account history), the training
 * catalogue, and counters of anonymous usage signals. Balances are never stored: /wallet computes them.
 */
import { createHash } from 'node:crypto';
import type { Training } from '../src/api/schemas';
import type { CounterRow } from '../mocks/indicators';
import type { Database } from './db';
import type { History } from './history';
import { EventCounter, type BatchCounts } from './event-counter';

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

  /** Adds a batch to its counters, all or nothing. Resolves once committed: an acknowledged batch survives a crash. */
  countBatch(batch: BatchCounts): Promise<void> {
    return this.events.count(batch);
  }

  /**
   * The signals counted so far (tests and the bench): every counter but those that are parts of another signal
   * (the "Ik weet het niet" of an answer, the outcomes and referrals of a completed run).
   */
  async countedSignals(): Promise<number> {
    const rows = await this.db.query<{ n: number }>(
      `SELECT coalesce(sum(count), 0)::float8 AS n FROM usage_counts
        WHERE counter NOT IN ('wegwijzer-dont-know', 'wegwijzer-outcome', 'wegwijzer-referral-shown')`,
    );
    return rows[0]?.n ?? 0;
  }

  /** The counters of the weeks from the Monday `from` to the Sunday `to`, per week (its Monday) and host. */
  async counterRows(from: string, to: string, hosts: readonly string[]): Promise<CounterRow[]> {
    // Summed per Monday (a date) first, written as text after (once per week, not once per day): a third faster.
    return this.db.query<CounterRow>(
      `SELECT to_char(week, 'YYYY-MM-DD') AS week, host, counter, subject, detail, count::float8 AS count
         FROM (SELECT period - (extract(isodow FROM period)::int - 1) AS week, host, counter, subject, detail, sum(count) AS count
                 FROM usage_counts
                WHERE period BETWEEN $1 AND $2 AND host = ANY($3::text[])
                GROUP BY 1, 2, 3, 4, 5) weekly`,
      [from, to, [...hosts]],
    );
  }

  /**
   * Week counters as they are (the demo's simulated year, mocks/usage-demo.ts); a week already there is left as it
   * is, so importing twice changes nothing.
   */
  async importWeekCounts(rows: readonly CounterRow[]): Promise<void> {
    const column = <T>(pick: (r: CounterRow) => T) => rows.map(pick);
    await this.db.query(
      `INSERT INTO usage_counts (period, grain, host, counter, subject, detail, count)
       SELECT period, 'week', host, counter, subject, detail, count
         FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) AS t (period, host, counter, subject, detail, count)
       ON CONFLICT DO NOTHING`,
      [column((r) => r.week), column((r) => r.host), column((r) => r.counter), column((r) => r.subject), column((r) => r.detail), column((r) => r.count)],
    );
  }

  /**
   * Retention: the day counters of whole weeks before `before` (a Monday) are added into one counter per week and
   * deleted, in one statement. Returns how many day rows went.
   */
  async rollUpDays(before: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>(
      `WITH moved AS (
         DELETE FROM usage_counts WHERE grain = 'day' AND period < $1::date
         RETURNING period, host, counter, subject, detail, count
       ), weekly AS (
         INSERT INTO usage_counts (period, grain, host, counter, subject, detail, count)
         SELECT date_trunc('week', period)::date, 'week', host, counter, subject, detail, sum(count)
           FROM moved GROUP BY 1, 3, 4, 5, 6
         ON CONFLICT (period, grain, host, counter, subject, detail) DO UPDATE SET count = usage_counts.count + EXCLUDED.count
       )
       SELECT count(*)::int AS n FROM moved`,
      [before],
    );
    return rows[0]?.n ?? 0;
  }
}
