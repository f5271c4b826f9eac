/**
 * Phase 3.2 over five years: the same generated histories (population/histories.ts) computed with today's rules
 * (the adopted rule set of each day) and with a scenario (its rules for every day), by the account module
 * (`computeAccount`, account-rules.md). Per incentive, in its balance unit, what was granted and what became of it:
 *
 *   granted = capped off + used + lapsed + carried over + still open
 *
 * - `lapsed`: expired unused, including what expires on the last day (its lot cannot be used after it);
 * - `carriedOver`: left in a lot whose own period has ended but that lives on (a scenario's carry-over): it may
 *   still be used, or lapse later;
 * - `open`: left in a lot whose own period runs on after the last day (a calendar year, a career right);
 * - `overdrawn`: what uses took beyond the balance (a history the rules do not cover; shown, never hidden).
 *
 * The headline a policy officer asks for is `lapsed / granted`, today and under the scenario.
 */
import { computeAccount, type Account, type AccountOptions } from '../account';
import type { LocalText, RuleSet, Unit } from '../rule-set-schema';
import type { Situation } from '../situation';
import { historyOf, horizonOf, OVER_TIME_YEARS, type HistoryOptions } from '../population/histories';
import { createRandom, personSeed } from '../population/random';
import { DIMENSIONS, GROUPS, groupOf, SLOT_COUNT, slotOf, type Dimension } from './groups';

export interface Flows {
  readonly granted: number;
  readonly cappedOff: number;
  readonly used: number;
  readonly lapsed: number;
  readonly carriedOver: number;
  readonly open: number;
  readonly overdrawn: number;
}
export const FLOWS: readonly (keyof Flows)[] = ['granted', 'cappedOff', 'used', 'lapsed', 'carriedOver', 'open', 'overdrawn'];

export interface OverTimeCounts {
  readonly incentive: string;
  readonly today: Flows;
  readonly scenario: Flows;
}

export interface OverTimeIncentive extends OverTimeCounts {
  readonly name: LocalText;
  /** The balance unit (a rate per month is counted in months). */
  readonly unit: Unit;
}

export interface OverTimeGroup {
  readonly group: string;
  readonly people: number;
  readonly incentives: readonly OverTimeCounts[];
}

export interface OverTimeResult {
  readonly start: string;
  readonly end: string;
  readonly years: number;
  readonly people: number;
  readonly scenario: string;
  readonly incentives: readonly OverTimeIncentive[];
  readonly breakdowns: Readonly<Record<Dimension, readonly OverTimeGroup[]>>;
}

export interface OverTimeOptions {
  /** The adopted rule sets: today's rules, day by day. */
  readonly adopted: readonly RuleSet[];
  /** A phase-3.2 scenario (`scenario: true`), possibly edited in the lab. */
  readonly scenario: RuleSet;
  /** Seeds each person's history (with the person's number). */
  readonly seed: number;
  readonly years?: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const SIDES = 2;
const FIELDS = FLOWS.length;

export class OverTime {
  private readonly history: HistoryOptions;
  private readonly end: string;
  private readonly today: AccountOptions;
  private readonly alternative: AccountOptions;
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  private readonly stride: number;
  private readonly counts: Float64Array;
  private readonly people = new Float64Array(SLOT_COUNT);
  private size = 0;
  private readonly slots = new Int32Array(1 + DIMENSIONS.length);

  constructor(readonly options: OverTimeOptions) {
    const years = options.years ?? OVER_TIME_YEARS;
    const { start, end } = horizonOf(options.adopted, years);
    this.end = end;
    this.history = { adopted: options.adopted, start, years };
    this.today = { referenceDate: end, ruleSets: options.adopted };
    this.alternative = { referenceDate: end, ruleSets: options.adopted, scenario: options.scenario };
    this.ids = [...new Set([...options.adopted.flatMap((rs) => rs.incentives.map((i) => i.id)), ...options.scenario.incentives.map((i) => i.id)])];
    this.ids.forEach((id, i) => this.index.set(id, i));
    this.stride = this.ids.length * SIDES * FIELDS;
    this.counts = new Float64Array(SLOT_COUNT * this.stride);
  }

  /** Adds one person (`person`: their number in the population, which seeds their history). */
  add(situation: Situation, person = this.size + 1): void {
    const random = createRandom(personSeed(this.options.seed, person));
    const history = historyOf(`p${person}`, situation, random, this.history);
    const slots = this.slots;
    slots[0] = 0;
    for (let d = 0; d < DIMENSIONS.length; d++) {
      const dim = DIMENSIONS[d] as Dimension;
      slots[d + 1] = slotOf(dim, groupOf(dim, situation));
    }
    this.tally(computeAccount(history, this.today), 0);
    this.tally(computeAccount(history, this.alternative), 1);
    for (const slot of slots) this.people[slot] = (this.people[slot] as number) + 1;
    this.size++;
  }

  private addTo(incentive: string, side: number, field: number, amount: number | null): void {
    if (amount === null || amount === 0) return;
    const i = this.index.get(incentive);
    if (i === undefined) return;
    for (const slot of this.slots) {
      const at = slot * this.stride + (i * SIDES + side) * FIELDS + field;
      this.counts[at] = (this.counts[at] as number) + amount;
    }
  }

  /** What one account says happened to each incentive's rights. */
  private tally(account: Account, side: number): void {
    const f = (name: keyof Flows) => FLOWS.indexOf(name);
    for (const entry of account.history) {
      if (entry.kind === 'credit') this.addTo(entry.incentive, side, f('granted'), entry.amount);
      else if (entry.kind === 'cap') this.addTo(entry.incentive, side, f('cappedOff'), entry.amount);
      else if (entry.kind === 'lapse') this.addTo(entry.incentive, side, f('lapsed'), entry.amount);
      else {
        const overdrawn = entry.overdrawn ?? 0;
        this.addTo(entry.incentive, side, f('used'), (entry.amount ?? 0) - overdrawn);
        this.addTo(entry.incentive, side, f('overdrawn'), overdrawn);
      }
    }
    for (const balance of account.balances) {
      for (const lot of balance.lots) {
        if (lot.remaining === null) continue;
        const ended = lot.period.end !== null && lot.period.end <= this.end;
        const field = !ended ? 'open' : lot.expires !== null && lot.expires <= this.end ? 'lapsed' : 'carriedOver';
        this.addTo(balance.incentive, side, f(field), lot.remaining);
      }
    }
  }

  private flows(slot: number, i: number, side: number): Flows {
    const at = slot * this.stride + (i * SIDES + side) * FIELDS;
    return Object.fromEntries(FLOWS.map((name, k) => [name, round2(this.counts[at + k] as number)])) as unknown as Flows;
  }

  private countsOf(slot: number): OverTimeCounts[] {
    return this.ids.map((incentive, i) => ({ incentive, today: this.flows(slot, i, 0), scenario: this.flows(slot, i, 1) }));
  }

  get count(): number {
    return this.size;
  }

  /** The incentive's name and balance unit, from the scenario (or the latest adopted rule set that has it). */
  private describe(id: string): { name: LocalText; unit: Unit } {
    const sets = [this.options.scenario, ...[...this.options.adopted].reverse()];
    const incentive = sets.map((rs) => rs.incentives.find((i) => i.id === id)).find((i) => i !== undefined);
    if (incentive === undefined) return { name: { nl: id, en: id, fr: id, de: id }, unit: 'EUR' };
    return { name: incentive.name, unit: incentive.entitlement.per === 'month' ? 'months' : incentive.entitlement.unit };
  }

  finish(): OverTimeResult {
    const breakdowns = {} as Record<Dimension, OverTimeGroup[]>;
    for (const dim of DIMENSIONS) {
      breakdowns[dim] = GROUPS[dim]
        .map((group) => {
          const slot = slotOf(dim, group);
          return { group, people: this.people[slot] as number, incentives: this.countsOf(slot) };
        })
        .filter((g) => g.people > 0);
    }
    return {
      start: this.history.start,
      end: this.end,
      years: this.history.years,
      people: this.size,
      scenario: this.options.scenario.id,
      incentives: this.countsOf(0)
        .map((c) => ({ ...c, ...this.describe(c.incentive) }))
        .filter((c) => c.today.granted > 0 || c.scenario.granted > 0),
      breakdowns,
    };
  }
}
