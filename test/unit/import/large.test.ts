/**
 * 20,000 rows, CSV and XLSX: every row becomes a draft. Timings are printed for information;
 * the budgets live in `npm run bench` (import.csv.20k, import.xlsx.20k), not in this test.
 */
import { describe, expect, it } from 'vitest';
import { buildImportPlan, guessMapping, readTable } from '../../../renderer/src/domain/import';
import { makeSyntheticCsv, makeSyntheticXlsx, SYNTHETIC_HEADERS } from '../../fixtures/import/synthetic';
import { makeContext } from './helpers';

const ROWS = 20_000;

async function importBytes(name: string, bytes: Uint8Array) {
  const started = performance.now();
  const table = await readTable({ name, bytes });
  const read = performance.now();
  const mapping = guessMapping(table.headers);
  let progressCalls = 0;
  const plan = await buildImportPlan(table, mapping, makeContext(), () => progressCalls++);
  const done = performance.now();
  console.info(
    `${name}: ${ROWS} rows, read ${(read - started).toFixed(0)} ms, map + validate ${(done - read).toFixed(0)} ms, total ${(done - started).toFixed(0)} ms`,
  );
  return { table, mapping, plan, progressCalls };
}

describe('20,000 rows', () => {
  it('CSV: 20,000 accepted drafts', async () => {
    const bytes = new TextEncoder().encode(makeSyntheticCsv(ROWS));
    const { table, mapping, plan, progressCalls } = await importBytes('synthetic.csv', bytes);
    expect(table.rows).toHaveLength(ROWS);
    expect(mapping).not.toContain(null);
    expect(mapping).toHaveLength(SYNTHETIC_HEADERS.length);
    expect(plan.accepted).toHaveLength(ROWS);
    expect(plan.rejected).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.duplicates).toBe(0);
    expect(plan.accepted[ROWS - 1]?.row).toBe(ROWS + 1);
    expect(new Set(plan.accepted.map((d) => d.participant.id)).size).toBe(ROWS);
    expect(plan.accepted.every((d) => d.participant.registrations.length > 0 && d.participant.stateCode !== null)).toBe(true);
    expect(progressCalls).toBeGreaterThan(10);
  });

  it('XLSX: 20,000 accepted drafts', async () => {
    const bytes = await makeSyntheticXlsx(ROWS);
    const { table, plan } = await importBytes('synthetic.xlsx', bytes);
    expect(table.format).toBe('xlsx');
    expect(table.sheetNames).toEqual(['Participants']);
    expect(plan.accepted).toHaveLength(ROWS);
    expect(plan.rejected).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.accepted[0]?.participant.name).toBe('Ana González 1');
  });
});
