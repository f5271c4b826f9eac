/**
 * Editing a rule set in the policy lab: its named `parameters` (amounts, hours, shares, each with a description and
 * a source), and for a phase-3.2 scenario the `account` parameters of its incentives (carry-over, cap, portable).
 *
 * An edit never changes the rule set in place (compiled rule sets are cached by identity): the rule set is copied,
 * the values are set, and the copy is parsed again with `parseRuleSet`, so a value the schema refuses is refused with
 * the schema's own message (`parameters.oc.yearly-share.value: must be 0 or more, got -5`).
 *
 * Edits are keyed so that they fit in a URL: `p.<parameter>` and `a.<incentive>.<carryOver|cap|portable>`.
 */
import { parseRuleSet, type RuleSet, type Source } from '../rule-set-schema';

/** A number or a yes/no; `null` removes an account parameter (no cap). */
export type EditValue = number | boolean | null;
export type Edits = Readonly<Record<string, EditValue>>;

export type EditKind = 'parameter' | 'carryOver' | 'cap' | 'portable';

/** One value the lab lets an analyst change, as the rule set has it. */
export interface EditableValue {
  readonly key: string;
  readonly kind: EditKind;
  /** The parameter's name, or the incentive's id for an account parameter. */
  readonly name: string;
  /** `null`: not set (no cap). */
  readonly value: EditValue | null;
  readonly unit?: string;
  /** The parameter's description, or the account block's note (the rule-set data, as written there). */
  readonly description: string;
  readonly source: Source;
}

const ACCOUNT_FIELDS = ['carryOver', 'cap', 'portable'] as const;

/** Every value of the rule set that can be edited, parameters first (by name), then account parameters by incentive. */
export function editableValues(ruleSet: RuleSet): EditableValue[] {
  const out: EditableValue[] = Object.entries(ruleSet.parameters)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, p]) => ({
      key: `p.${name}`,
      kind: 'parameter' as const,
      name,
      value: p.value,
      ...(p.unit ? { unit: p.unit } : {}),
      description: p.description,
      source: p.source,
    }));
  if (ruleSet.scenario !== true) return out;
  for (const inc of ruleSet.incentives) {
    const account = inc.account;
    if (account === undefined) continue;
    const values: Record<(typeof ACCOUNT_FIELDS)[number], EditValue | null> = {
      carryOver: account.carryOver?.periods ?? 0,
      cap: account.cap ?? null,
      portable: account.portable ?? false,
    };
    for (const field of ACCOUNT_FIELDS) {
      out.push({
        key: `a.${inc.id}.${field}`,
        kind: field,
        name: inc.id,
        value: values[field],
        ...(field === 'cap' ? { unit: inc.entitlement.unit } : {}),
        description: account.note,
        source: account.source,
      });
    }
  }
  return out;
}

type Json = Record<string, unknown>;

/** Sets one edit on a JSON copy of a rule set; a key that names nothing editable is an error. */
function setEdit(json: Json, key: string, value: EditValue): void {
  if (key.startsWith('p.')) {
    const parameters = json['parameters'] as Record<string, Json>;
    const name = key.slice(2);
    const parameter = parameters[name];
    if (parameter === undefined) throw new Error(`${key}: the rule set has no parameter "${name}"`);
    parameter['value'] = value;
    return;
  }
  const m = /^a\.([a-z0-9-]+)\.(carryOver|cap|portable)$/.exec(key);
  if (m === null) throw new Error(`${key}: not an editable value (p.<parameter> or a.<incentive>.<carryOver|cap|portable>)`);
  if (json['scenario'] !== true) throw new Error(`${key}: only a scenario's account parameters can be edited`);
  const [, id, field] = m;
  const incentive = (json['incentives'] as Json[]).find((inc) => inc['id'] === id);
  const account = incentive?.['account'] as Json | undefined;
  if (account === undefined) throw new Error(`${key}: the scenario has no account parameters for "${id}"`);
  if (value === null) delete account[field as string];
  else if (field === 'carryOver') account['carryOver'] = { periods: value };
  else account[field as string] = value;
}

/**
 * The rule set with the edits applied, validated again: throws the schema's message (naming the value) when one is
 * refused. No edits: the rule set itself (same identity, so its compiled form is reused).
 */
export function applyEdits(ruleSet: RuleSet, edits: Edits): RuleSet {
  const keys = Object.keys(edits);
  if (keys.length === 0) return ruleSet;
  const json = JSON.parse(JSON.stringify(ruleSet)) as Json;
  for (const key of keys.sort()) setEdit(json, key, edits[key] as EditValue);
  return parseRuleSet(json);
}

/** The message that refuses one edit on its own, or `null` when the rule set accepts it. */
export function checkEdit(ruleSet: RuleSet, key: string, value: EditValue): string | null {
  try {
    applyEdits(ruleSet, { [key]: value });
    return null;
  } catch (e) {
    return (e as Error).message.replace(/^invalid rule set: /, '');
  }
}

/** The edits that differ from the rule set's own values (what a URL needs to hold). */
export function changedEdits(ruleSet: RuleSet, edits: Edits): Edits {
  const own = new Map(editableValues(ruleSet).map((e) => [e.key, e.value]));
  return Object.fromEntries(Object.entries(edits).filter(([key, value]) => own.has(key) && own.get(key) !== value));
}
