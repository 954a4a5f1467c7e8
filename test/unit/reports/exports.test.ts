import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../renderer/src/domain/import/csv';
import { readXlsx } from '../../../renderer/src/domain/import/xlsx';
import { serializeEventFile } from '../../../renderer/src/domain/event-file';
import {
  attendanceTable,
  csvField,
  exportTables,
  factsAndFigures,
  neutraliseFormula,
  sessionReports,
  shownPerson,
  shownReason,
  speakersTable,
  tablesToXlsx,
  toCsv,
} from '../../../renderer/src/domain/reports';
import {
  CONFIDENTIAL_NAME,
  CONFIDENTIAL_ORGANISATION,
  FORMULA_NAME,
  REPORTS_APP,
  REPORTS_EXPORTED_AT,
  REPORTS_SNAPSHOT,
} from '../../fixtures/reports/reports-series';
import { fixtureRecord, LATER, TEXT } from './helpers';

const record = fixtureRecord();
const reports = sessionReports(record, LATER);
const figures = factsAndFigures(record, LATER, reports);

describe('CSV writing', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('Amina')).toBe('Amina');
    expect(neutraliseFormula(' =1')).toBe(' =1');
    expect(csvField(FORMULA_NAME)).toBe(`"'=HYPERLINK(""x"")"`);
    // Numbers are numbers: a negative count is not text to escape.
    expect(csvField(-5)).toBe('-5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes per RFC 4180 and starts with a byte-order mark', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['line\nbreak', 3],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",3\r\n');
    // The app's own reader gives the cells back.
    expect(parseCsv(csv.slice(1)).rows.slice(0, 3)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line\nbreak', '3'],
    ]);
  });

  it('writes the speakers of the record so that reading them back gives the record', () => {
    const table = speakersTable(reports, 'internal', TEXT);
    const rows = parseCsv(toCsv(table.header, table.rows).slice(1)).rows.filter((r) => r.length > 1);
    expect(rows[0]).toEqual([...table.header]);
    const amina = rows.find((r) => r[4] === 'Amina Njoya');
    expect(amina?.slice(10, 14)).toEqual(['done', '360', '380', '20']);
    expect(rows.find((r) => r[4] === `'${FORMULA_NAME}`)?.[5]).toBe("'+Global Voices");
    expect(rows).toHaveLength(1 + reports.reduce((n, r) => n + r.lines.length, 0));
  });
});

describe('public exports', () => {
  const chantal = REPORTS_SNAPSHOT.participants.find((p) => p.name === CONFIDENTIAL_NAME);
  if (!chantal) throw new Error('fixture');

  it('name a confidential person "Confidential participant", without organisation, gender or contact', () => {
    expect(shownPerson(chantal, 'public', 'Confidential participant')).toEqual({
      name: 'Confidential participant',
      organisation: '',
      gender: null,
      email: '',
      phone: '',
      anonymised: true,
    });
    expect(shownPerson(chantal, 'internal', 'Confidential participant')).toMatchObject({
      name: CONFIDENTIAL_NAME,
      organisation: CONFIDENTIAL_ORGANISATION,
      email: 'chantal@example.org',
    });
  });

  it('leave the confidential name, every e-mail and phone, and private reasons out of every table', () => {
    const tables = exportTables(record, reports, figures, 'public', TEXT);
    const text = tables.map((t) => toCsv(t.header, t.rows)).join('\n');
    expect(text).not.toContain(CONFIDENTIAL_NAME);
    expect(text).not.toContain(CONFIDENTIAL_ORGANISATION);
    expect(text).not.toMatch(/@example\.org|\+237/);
    expect(text).not.toContain('Security concerns');
    expect(text).toContain('Visa refused');
    // Not even as "Confidential participant": a row with her session, arrival, role or themes would single her out.
    expect(text).not.toContain('Confidential participant');
    expect(attendanceTable(record, 'public', TEXT).header).not.toContain('email');
  });

  it('keep everything in the internal version', () => {
    const text = exportTables(record, reports, figures, 'internal', TEXT)
      .map((t) => toCsv(t.header, t.rows))
      .join('\n');
    expect(text).toContain(CONFIDENTIAL_NAME);
    expect(text).toContain('amina@example.org');
    expect(text).toContain('Security concerns');
    expect(shownReason({ reason: 'x', reasonPublic: false }, 'public')).toBe('');
  });

  it('list each person once per session in attendance, in order of arrival; in public, everyone but the confidential', () => {
    const rows = attendanceTable(record, 'public', TEXT).rows;
    const internal = attendanceTable(record, 'internal', TEXT).rows;
    expect(internal.filter((r) => r[0] === 'CMR')).toHaveLength(10);
    expect(internal.some((r) => r[2] === CONFIDENTIAL_NAME)).toBe(true);
    expect(rows.filter((r) => r[0] === 'CMR')).toHaveLength(9);
    expect(rows.filter((r) => r[0] === 'DJI').map((r) => r[2])).toEqual([
      'Hassan Ali',
      'Fatouma Omar',
      'Ibrahim Said',
      'Sara Lind',
      'Emily Tremblay',
      'Kenji Sato',
    ]);
  });
});

describe('XLSX writing', () => {
  it('writes one sheet per table that the app reads back equal, with formulas neutralised', async () => {
    const tables = exportTables(record, reports, figures, 'public', TEXT);
    const bytes = await tablesToXlsx(tables, (name) => name);
    for (const table of tables) {
      const sheet = readXlsx(bytes, table.name);
      expect(sheet.rows[0]).toEqual(table.header);
      // The reader leaves out empty cells at the end of a row, as spreadsheets store none.
      const trimmed = (row: string[]) => (row.findLastIndex((c) => c !== '') < 0 ? [] : row.slice(0, row.findLastIndex((c) => c !== '') + 1));
      expect(sheet.rows.slice(1).map(trimmed)).toEqual(
        table.rows.map((row) => trimmed(row.map((c) => (typeof c === 'number' ? String(c) : neutraliseFormula(c))))),
      );
    }
    expect(readXlsx(bytes, 'speakers').rows.some((r) => r[4] === `'${FORMULA_NAME}`)).toBe(true);
    expect(readXlsx(bytes).sheetNames).toEqual(['attendance', 'speakers', 'timings', 'figures']);
  });
});

describe('the fixture file', () => {
  it('is the fixture snapshot as an event file (run: node test/fixtures/reports/make-fixture.mjs)', () => {
    const committed = readFileSync(new URL('../../fixtures/reports/reports-series.sessiondesk.json', import.meta.url), 'utf8');
    expect(committed).toBe(serializeEventFile(REPORTS_SNAPSHOT, REPORTS_APP, REPORTS_EXPORTED_AT));
  });
});
