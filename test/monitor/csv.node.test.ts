/**
 * CSV of a table (src/shared/csv.ts): RFC 4180 quoting, CRLF lines, numbers as numbers, and no cell a spreadsheet
 * would run as a formula. The cases are in csv-cases.json.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toCsv } from '../../src/shared/csv';

interface Case {
  label: string;
  rows: (string | number | null)[][];
  csv: string;
}
const { cases } = JSON.parse(readFileSync(new URL('./csv-cases.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('toCsv', () => {
  for (const c of cases) {
    it(c.label, () => {
      const columns = [0, 1].map((i) => ({ label: ['Vraag', 'Aantal'][i]!, value: (row: (string | number | null)[]) => row[i] }));
      assert.equal(toCsv(columns, c.rows), c.csv.replace(/\n/g, '\r\n'));
    });
  }
});
