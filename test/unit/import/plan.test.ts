import { describe, expect, it } from 'vitest';
import { buildImportPlan, guessMapping, ImportError, readTable, type ColumnMapping, type ImportPlan, type Table } from '../../../renderer/src/domain/import';
import { makeSyntheticCsv } from '../../fixtures/import/synthetic';
import { existingParticipant, fixture, makeContext, SESSIONS } from './helpers';

async function planFor(name: string, context = makeContext(), mapping?: ColumnMapping): Promise<{ table: Table; plan: ImportPlan }> {
  const table = await readTable(fixture(name));
  const plan = await buildImportPlan(table, mapping ?? guessMapping(table.headers), context);
  return { table, plan };
}

const byName = (plan: ImportPlan, name: string) => {
  const draft = plan.accepted.find((d) => d.participant.name === name);
  expect(draft, name).toBeDefined();
  return draft!;
};

describe('buildImportPlan: a typical English file', () => {
  it.each(['utf8-comma.csv', 'utf8-bom-semicolon.csv', 'utf16le-tab.txt', 'utf16be-tab.txt'])('%s', async (name) => {
    const { plan } = await planFor(name);
    expect(plan.rejected).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.duplicates).toBe(0);
    expect(plan.totalRows).toBe(8);
    expect(plan.accepted.map((d) => d.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);

    expect(byName(plan, 'Ana González').participant).toMatchObject({
      seriesId: 'series-30',
      organisation: 'Asociación Pro Derechos Humanos',
      category: 'cso',
      scope: 'national',
      stateCode: 'COL',
      gender: 'woman',
      email: 'ana.gonzalez@example.org',
      phone: '+41 22 555 01 01',
      badgeCode: 'B-0001',
      confidential: false,
      plateConsent: false,
      registrations: [
        { sessionId: 's-COL', role: 'panellist' },
        { sessionId: 's-CUB', role: 'panellist' },
      ],
      createdAt: Date.UTC(2018, 3, 1),
      updatedAt: Date.UTC(2018, 3, 1),
    });
    expect(byName(plan, 'Zoë Müller').participant).toMatchObject({
      scope: 'international',
      stateCode: 'DEU',
      registrations: [{ sessionId: 's-DEU', role: 'observer' }],
    });
    expect(byName(plan, 'Kouassi Yao').participant).toMatchObject({ stateCode: 'CIV', gender: 'man', confidential: true });
    expect(byName(plan, 'Ольга Смирнова').participant).toMatchObject({
      stateCode: 'RUS',
      confidential: true,
      registrations: [{ sessionId: 's-RUS', role: 'panellist' }],
    });
    // A mission: no CSO scope; "Cuba, Germany" is two sessions.
    expect(byName(plan, 'Nguyễn Thị Hoa').participant).toMatchObject({
      category: 'mission',
      scope: null,
      stateCode: 'VNM',
      registrations: [
        { sessionId: 's-CUB', role: 'delegate' },
        { sessionId: 's-DEU', role: 'delegate' },
      ],
    });
    // "State" is a mission; no role given: a diplomat is a delegate. Sessions by name or code.
    expect(byName(plan, 'John Smith').participant).toMatchObject({
      category: 'mission',
      stateCode: 'GBR',
      registrations: [
        { sessionId: 's-DEU', role: 'delegate' },
        { sessionId: 's-CUB', role: 'delegate' },
      ],
    });
    expect(byName(plan, 'ليلى أحمد').participant).toMatchObject({ category: 'un-io', stateCode: null, registrations: [] });
    expect(byName(plan, 'Kim Min-jun').participant).toMatchObject({
      category: 'media',
      stateCode: 'KOR',
      registrations: [{ sessionId: 's-AZE', role: 'observer' }],
    });
  });
});

describe('buildImportPlan: French file', () => {
  it('reads French headers and values', async () => {
    const { plan } = await planFor('french-headers.csv');
    expect(plan.rejected).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.accepted.map((d) => d.participant.name)).toEqual([
      'Aminata Traoré',
      'Jean-Pierre Dubois',
      'Olga Ivanova',
      'Mei Chen',
      'Tom Baker',
      'Ayşe Yılmaz',
      'Maria Garcia',
      'John Doe',
    ]);
    expect(byName(plan, 'Aminata Traoré').participant).toMatchObject({
      category: 'cso',
      scope: 'national',
      stateCode: 'MLI',
      gender: 'woman',
      confidential: false,
      registrations: [{ sessionId: 's-BFA', role: 'panellist' }],
    });
    expect(byName(plan, 'Jean-Pierre Dubois').participant).toMatchObject({
      category: 'mission',
      stateCode: 'FRA',
      gender: 'man',
      registrations: [
        { sessionId: 's-CMR', role: 'delegate' },
        { sessionId: 's-CAN', role: 'delegate' },
      ],
    });
    expect(byName(plan, 'Olga Ivanova').participant).toMatchObject({
      category: 'mission',
      stateCode: 'RUS',
      registrations: [{ sessionId: 's-RUS', role: 'sur-delegation' }],
    });
    expect(byName(plan, 'Mei Chen').participant).toMatchObject({
      category: 'nhri',
      stateCode: 'CAN',
      confidential: true,
      registrations: [{ sessionId: 's-CAN', role: 'observer' }],
    });
    expect(byName(plan, 'Tom Baker').participant).toMatchObject({ category: 'media', stateCode: 'GBR', gender: 'man' });
    expect(byName(plan, 'Ayşe Yılmaz').participant).toMatchObject({
      category: 'cso',
      scope: 'international',
      stateCode: 'TUR',
      registrations: [{ sessionId: 's-AZE', role: 'panellist' }],
    });
    // "Toutes": every session of the series.
    expect(byName(plan, 'Maria Garcia').participant.registrations.map((r) => r.sessionId)).toEqual(SESSIONS.map((s) => s.id));
    expect(byName(plan, 'John Doe').participant).toMatchObject({ category: 'mission', stateCode: 'USA' });
  });
});

describe('buildImportPlan: rejections, warnings and duplicates', () => {
  const existing = [
    existingParticipant({ id: 'reg-badge', name: 'Registered Person', badgeCode: 'R-100' }),
    existingParticipant({ id: 'reg-email', name: 'Known Email', email: 'known@example.org' }),
    // Another series: never a duplicate here, whatever it shares.
    existingParticipant({ id: 'other-series', seriesId: 'series-29', name: 'Ana González', organisation: 'Org A', badgeCode: 'B1' }),
  ];

  it('rejects rows without a name, with the row number the spreadsheet shows', async () => {
    const { plan } = await planFor('rejects.csv', makeContext(existing));
    expect(plan.rejected).toEqual([
      expect.objectContaining({ row: 3, code: 'missing-name', severity: 'rejected', field: 'name', column: 'Name', messageKey: 'import.issue.missing-name' }),
      expect.objectContaining({ row: 9, code: 'missing-name', column: 'Name' }),
    ]);
    expect(plan.rejected[0]?.message).toBe('No name: the row was not imported.');
    expect(plan.blankRows).toBe(1);
    expect(plan.totalRows).toBe(10);
    expect(plan.accepted.map((d) => d.row)).toEqual([2, 4, 6, 7, 8, 10, 11, 12]);
  });

  it('keeps markup and formulas as literal text', async () => {
    const { plan } = await planFor('rejects.csv', makeContext(existing));
    expect(plan.accepted.find((d) => d.row === 4)?.participant.name).toBe('<b>Bold</b>');
    expect(plan.accepted.find((d) => d.row === 6)?.participant.name).toBe('<script>alert(1)</script>');
    expect(plan.accepted.find((d) => d.row === 11)?.participant.name).toBe('=HYPERLINK("http://example.org","click")');
  });

  it('warns about unknown values and keeps the row', async () => {
    const { plan } = await planFor('rejects.csv', makeContext(existing));
    expect(plan.warnings.map((w) => [w.row, w.code, w.column, w.value])).toEqual([
      [4, 'unknown-state', 'Country', 'Atlantis'],
      [6, 'unknown-category', 'Category', 'Alien'],
      [6, 'unknown-gender', 'Gender', 'Q'],
      [6, 'invalid-email', 'Email', 'not-an-email'],
    ]);
    expect(plan.warnings[0]?.message).toBe('“Atlantis” is not a State of the UN list: the State was left empty.');
    expect(plan.accepted.find((d) => d.row === 4)?.participant.stateCode).toBeNull();
    expect(plan.accepted.find((d) => d.row === 6)?.participant).toMatchObject({ category: 'other', gender: null, email: 'not-an-email' });
    // "N/A" is an empty cell, not an unknown State.
    expect(plan.accepted.find((d) => d.row === 8)?.participant.stateCode).toBeNull();
  });

  it('marks duplicates within the file and against the registry of this series', async () => {
    const { plan } = await planFor('rejects.csv', makeContext(existing));
    const row = (n: number) => plan.accepted.find((d) => d.row === n)!;
    const ana = row(2);
    expect(ana.duplicateOf).toBeNull();
    // Same name and organisation, in other case and without accents.
    expect(row(7).duplicate).toEqual({ source: 'file', participantId: ana.participant.id, name: 'Ana González', row: 2, reason: 'name-organisation' });
    expect(row(7).duplicateOf).toBe(ana.participant.id);
    // Same badge code, in lower case.
    expect(row(8).duplicate).toMatchObject({ source: 'file', participantId: ana.participant.id, reason: 'badge' });
    expect(row(10).duplicate).toEqual({ source: 'registry', participantId: 'reg-badge', name: 'Registered Person', row: null, reason: 'badge' });
    expect(row(12).duplicate).toMatchObject({ source: 'registry', participantId: 'reg-email', reason: 'email' });
    expect(plan.duplicates).toBe(4);
    expect(plan.accepted.filter((d) => d.duplicateOf !== null).map((d) => d.row)).toEqual([7, 8, 10, 12]);
  });
});

describe('buildImportPlan: XLSX', () => {
  it('numbers rows as Excel does when the header is not in row 1', async () => {
    const { plan } = await planFor('title-rows.xlsx');
    expect(plan.rejected).toEqual([expect.objectContaining({ row: 7, code: 'missing-name', column: 'First name' })]);
    expect(plan.blankRows).toBe(1);
    expect(plan.accepted.map((d) => [d.row, d.participant.name])).toEqual([
      [4, 'Ana González'],
      [5, 'Zoë Müller'],
      [8, 'Kim Min-jun'],
    ]);
    expect(plan.accepted[1]?.participant.registrations.map((r) => r.sessionId)).toEqual(['s-DEU', 's-CUB']);
    expect(plan.accepted[2]?.participant.stateCode).toBe('KOR');
  });

  it('reads booleans and numbers from cells', async () => {
    const { plan } = await planFor('two-sheets.xlsx');
    expect(plan.accepted.map((d) => [d.participant.name, d.participant.confidential])).toEqual([
      ['Ana González', false],
      ['Zoë Müller', true],
      ['Ольга Смирнова', true],
      ['Kouassi Yao', false],
    ]);
    expect(plan.accepted[0]?.participant.phone).toBe('41225550101');
    expect(plan.accepted[3]?.participant).toMatchObject({ category: 'nhri', stateCode: 'CIV', organisation: 'Association Cœur d’Afrique' });
  });
});

describe('buildImportPlan: cells', () => {
  it('keeps quoted commas and quotes in names; line breaks in a cell become spaces', async () => {
    const { plan } = await planFor('quoted.csv');
    expect(plan.accepted.map((d) => [d.participant.name, d.participant.organisation])).toEqual([
      ['Smith, John', 'Org "Quoted" Name'],
      ['<b>Bold</b>', 'Plain'],
      ['Ngozi "Ngo" Okonjo', 'Multi line org'],
      ['Plain Name', 'Plain Org'],
    ]);
  });

  it('reads Windows-1252 names with their accents', async () => {
    const { plan } = await planFor('windows-1252-semicolon.csv');
    expect(plan.accepted.map((d) => d.participant.name)).toEqual(['Ana González', 'Zoë Müller', 'Kouassi Yao', 'François Lefèvre', 'Søren Ærø', 'Chloé Bœuf']);
    expect(plan.accepted.map((d) => d.participant.stateCode)).toEqual(['COL', 'DEU', 'CIV', 'FRA', 'DNK', 'TUR']);
    expect(plan.accepted.map((d) => d.participant.category)).toEqual(['cso', 'cso', 'cso', 'mission', 'nhri', 'media']);
  });

  const table = (headers: string[], ...rows: string[][]): Table => ({ format: 'csv', headers, rows, headerRowNumber: 1, firstRowNumber: 2 });

  it('warns about unknown sessions, roles and scopes, and keeps an unclear "confidential" safe', async () => {
    const t = table(['Name', 'Category', 'Sessions', 'Role', 'Confidential', 'Scope'], ['Ana', 'CSO', 'Cuba; Atlantis', 'Juggler', 'maybe', 'regional']);
    const plan = await buildImportPlan(t, guessMapping(t.headers), makeContext());
    expect(plan.warnings.map((w) => [w.code, w.value])).toEqual([
      ['unknown-scope', 'regional'],
      ['unclear-confidential', 'maybe'],
      ['unknown-role', 'Juggler'],
      ['unknown-session', 'Atlantis'],
    ]);
    expect(plan.accepted[0]?.participant).toMatchObject({ confidential: true, scope: null, registrations: [{ sessionId: 's-CUB', role: 'observer' }] });
  });

  it('joins first and last names, and takes the first non-empty cell of a field mapped twice', async () => {
    const t = table(
      ['First name', 'Last name', 'Email', 'Email 2', 'Sessions', 'More sessions'],
      ['Ana', 'González', '', 'ana@example.org', 'Cuba', 'Germany; Cuba'],
    );
    const mapping: ColumnMapping = ['firstName', 'lastName', 'email', 'email', 'sessions', 'sessions'];
    const plan = await buildImportPlan(t, mapping, makeContext());
    expect(plan.accepted[0]?.participant).toMatchObject({
      name: 'Ana González',
      email: 'ana@example.org',
      registrations: [
        { sessionId: 's-CUB', role: 'observer' },
        { sessionId: 's-DEU', role: 'observer' },
      ],
    });
  });

  it('follows a corrected mapping: an ignored column is not read', async () => {
    const t = table(['Name', 'Country'], ['Ana', 'Atlantis']);
    const plan = await buildImportPlan(t, ['name', null], makeContext());
    expect(plan.warnings).toEqual([]);
    expect(plan.accepted[0]?.participant.stateCode).toBeNull();
  });

  it('rejects overlong names', async () => {
    const t = table(['Name'], ['x'.repeat(201)], ['Ana']);
    const plan = await buildImportPlan(t, ['name'], makeContext());
    expect(plan.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'name-too-long']]);
    expect(plan.accepted).toHaveLength(1);
  });
});

describe('buildImportPlan: refusals, progress and cancelling', () => {
  it('refuses a mapping with no name column, and a file with no usable column', async () => {
    const table = await readTable(fixture('no-name-column.csv'));
    expect(guessMapping(table.headers)).toEqual(['organisation', 'state', 'email']);
    await expect(buildImportPlan(table, guessMapping(table.headers), makeContext())).rejects.toMatchObject({
      name: 'ImportError',
      code: 'no-name-column',
    });
    await expect(buildImportPlan(table, [null, null, null], makeContext())).rejects.toBeInstanceOf(ImportError);
  });

  it('reports progress from 0 to 1 in chunks', async () => {
    const table = await readTable({ name: 's.csv', bytes: new TextEncoder().encode(makeSyntheticCsv(5000)) });
    const fractions: number[] = [];
    const plan = await buildImportPlan(table, guessMapping(table.headers), makeContext([], { chunkSize: 1000 }), (f) => fractions.push(f));
    expect(plan.accepted).toHaveLength(5000);
    expect(fractions).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('stops when aborted', async () => {
    const table = await readTable({ name: 's.csv', bytes: new TextEncoder().encode(makeSyntheticCsv(3000)) });
    const controller = new AbortController();
    const promise = buildImportPlan(table, guessMapping(table.headers), makeContext([], { chunkSize: 1000, signal: controller.signal }), (f) => {
      if (f > 0) controller.abort();
    });
    await expect(promise).rejects.toThrow();
  });
});
