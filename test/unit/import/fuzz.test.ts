/**
 * Import fuzzing: a thousand malformed CSV and XLSX files, drawn from a seeded PRNG
 * (FUZZ_SEED reproduces a run, FUZZ_FILES sets how many), through the same read → map → plan →
 * apply path as the import screen. Every file must either be refused with the import's own error
 * (ImportError) or be imported; the registry is then unchanged or changed by exactly the accepted
 * rows. Some applies get a failure injected halfway through the write: nothing of them may remain.
 * Some files are bombs (a cell far down or far right, too many cells, parts that declare or unpack
 * to too much, alone or inside a real workbook): each must be refused by the limit it breaks.
 * A workbook may get an extra sheet, listed in the workbook (first, so that it is the one read,
 * or last, read by its name) with mangled or hostile cells.
 */
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvOfCells, declaredSizeBombXlsx, declareSize, inlineCell, ratioBombXlsx, xlsxWithCellAt } from '../../fixtures/import/hostile';
import { applyImportPlan } from '../../../renderer/src/db/commands/import';
import { createParticipant } from '../../../renderer/src/db/commands/participants';
import { createSeries } from '../../../renderer/src/db/commands/series';
import type { SessionDeskDb } from '../../../renderer/src/db/database';
import {
  buildImportPlan,
  columnLetter,
  guessMapping,
  IMPORT_LIMITS,
  isImportError,
  makeSessionFinder,
  mapsAName,
  readTable,
  type ImportErrorCode,
  type ImportFile,
} from '../../../renderer/src/domain/import';
import type { DuplicateChoice } from '../../../renderer/src/domain/import/apply';
import { newId } from '../../../renderer/src/domain/core/ids';
import type { Participant } from '../../../renderer/src/domain/core/model';
import { EMPTY_PARTICIPANT } from '../../../renderer/src/domain/participants/records';
import { freshDb } from '../db/test-db';
import { fixture } from './helpers';
import { seededRandom } from '../../../renderer/src/domain/demo/seeded-random';

const SEED = Number(process.env.FUZZ_SEED ?? 90210);
const FILES = Number(process.env.FUZZ_FILES ?? 1000);

const random = seededRandom(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

const CSV_FIXTURES = [
  'utf8-comma.csv',
  'utf8-bom-semicolon.csv',
  'windows-1252-comma.csv',
  'windows-1252-semicolon.csv',
  'quoted.csv',
  'french-headers.csv',
  'rejects.csv',
  'tab.tsv',
  'utf16le-tab.txt',
  'whitespace.csv',
];
const XLSX_FIXTURES = ['handmade.xlsx', 'two-sheets.xlsx', 'title-rows.xlsx', 'empty-first-sheet.xlsx'];
const NASTY = [
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u202e',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r',
  '\n',
  '\t',
  '"',
  '""',
  '"\n"',
  ';',
  ',',
  '<script>alert(1)</script>',
  '<b>',
  '&amp;',
  '&#0;',
  ']]>',
  '=CMD|"/c calc"!A1',
  '💥',
  'é',
  '\ud800',
  '�',
  'NaN',
  '-1e309',
];

const csvText = (name: string) => new TextDecoder('utf-8').decode(fixture(name).bytes);

function sprinkle(text: string, count: number): string {
  let out = text;
  for (let i = 0; i < count; i += 1) {
    const at = int(out.length + 1);
    out = out.slice(0, at) + pick(NASTY) + out.slice(at);
  }
  return out;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = int(256);
  return bytes;
}

/** UTF-8 text with stretches of Windows-1252 (or UTF-16) bytes spliced in. */
function mixedEncoding(text: string): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  const at = int(utf8.length + 1);
  const foreign = random() < 0.5 ? new Uint8Array([0xe9, 0x20, 0xe8, 0xe0, 0x92, 0x93]) : new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
  const out = new Uint8Array(utf8.length + foreign.length);
  out.set(utf8.slice(0, at));
  out.set(foreign, at);
  out.set(utf8.slice(at), at + foreign.length);
  return out;
}

function makeCsv(): ImportFile {
  const base = csvText(pick(CSV_FIXTURES));
  const kind = int(8);
  const name = pick(['people.csv', 'list.tsv', 'export.txt', 'noextension', 'PEOPLE.CSV']);
  switch (kind) {
    case 0:
      return { name, bytes: randomBytes(int(4096)) };
    case 1:
      return { name, bytes: fixture(pick(CSV_FIXTURES)).bytes.slice(0, int(600)) };
    case 2:
      return { name, bytes: new TextEncoder().encode(sprinkle(base, 1 + int(30))) };
    case 3:
      return { name, bytes: mixedEncoding(base) };
    case 4: {
      // A huge field, quoted or not, in the name column.
      const huge = pick(['x', 'é', '"', '\u200b', 'a,b']).repeat(20_000 + int(200_000));
      return { name, bytes: new TextEncoder().encode(`Name,Organisation\n"${huge}",Org\nAna,${huge}\n`) };
    }
    case 5: {
      // Unbalanced quotes anywhere.
      const lines = base.split('\n');
      const line = int(lines.length);
      lines[line] = `"${lines[line] ?? ''}`;
      return { name, bytes: new TextEncoder().encode(lines.join(random() < 0.5 ? '\n' : '\r')) };
    }
    case 6: {
      // Markup and control characters in every cell of a generated table.
      const rows = 1 + int(40);
      const header = pick(['Name,Email,Category', 'Nom;Courriel;Catégorie', 'Full name\tOrganisation\tState', 'a,b,c', '']);
      const body = Array.from({ length: rows }, () =>
        [sprinkle('Person', 2), sprinkle('x@y', 1), pick(['CSO', 'ONG', 'mission', '<i>NHRI</i>', ''])].join(pick([',', ';', '\t'])),
      );
      return { name, bytes: new TextEncoder().encode([header, ...body].join('\n')) };
    }
    default:
      return { name, bytes: new TextEncoder().encode(base.split('').reverse().join('').slice(0, int(2000))) };
  }
}

/** One file to import: the file, the sheet to ask for, and for a bomb the refusals that may answer it. */
interface FuzzCase {
  file: ImportFile;
  sheetName?: string;
  bomb?: readonly ImportErrorCode[];
  /** The workbook lists an extra sheet that is read (first, or by name). */
  extraSheet?: boolean;
}

const encode = (text: string) => new TextEncoder().encode(text);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** A cell past the row or column limit, as a reference ("A100001" … "XFD2"). */
function farReference(): { ref: string; code: ImportErrorCode } {
  if (random() < 0.5) return { ref: `A${IMPORT_LIMITS.rows + 1 + int(9_000_000)}`, code: 'too-many-rows' };
  return { ref: `${columnLetter(IMPORT_LIMITS.columns + int(16_384 - IMPORT_LIMITS.columns))}2`, code: 'too-many-columns' };
}

/** What the extra sheet holds: mangled cells, or a cell past the limits. */
function extraSheet(): { xml: string; bomb?: ImportErrorCode } {
  const kind = int(4);
  if (kind === 0) {
    const far = farReference();
    return {
      xml: `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${inlineCell('A1', 'Name')}</row>${inlineCell(far.ref, 'x')}</sheetData></worksheet>`,
      bomb: far.code,
    };
  }
  if (kind === 1) {
    // A shared string that does not exist, an unclosed worksheet.
    return { xml: '<worksheet><sheetData><row><c t="s"><v>999999</v></c></row></sheetData>' };
  }
  const rows = Array.from({ length: 1 + int(30) }, (_, r) => {
    const cells = Array.from({ length: 1 + int(5) }, (_, c) =>
      inlineCell(`${columnLetter(c)}${r + 1}`, sprinkle(r === 0 ? pick(['Name', 'Nom', 'Email']) : 'Person', int(4))),
    );
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  return { xml: sprinkle(`<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`, kind === 2 ? int(3) : 0) };
}

/** Lists a sheet in the workbook and its relationships, first (the sheet read by default) or last. */
function listSheet(entries: Record<string, Uint8Array>, name: string, path: string, first: boolean): void {
  const workbook = new TextDecoder().decode(entries['xl/workbook.xml']);
  const rels = new TextDecoder().decode(entries['xl/_rels/workbook.xml.rels']);
  const sheet = `<sheet name="${name}" sheetId="99" r:id="rId99"/>`;
  entries['xl/workbook.xml'] = encode(first ? workbook.replace(/<sheets>/, `<sheets>${sheet}`) : workbook.replace(/<\/sheets>/, `${sheet}</sheets>`));
  entries['xl/_rels/workbook.xml.rels'] = encode(
    rels.replace(/<\/Relationships>/, `<Relationship Id="rId99" Type="${WORKSHEET}" Target="${path}"/></Relationships>`),
  );
}

/** Bombs: small files that would expand to too much, alone or inside a real workbook. */
function makeBomb(): FuzzCase {
  const name = pick(['bomb.xlsx', 'bomb.csv', 'list.xlsx']);
  switch (int(7)) {
    case 0:
    case 1: {
      const far = farReference();
      return { file: { name, bytes: xlsxWithCellAt(far.ref) }, bomb: [far.code] };
    }
    case 2:
      return { file: { name, bytes: declaredSizeBombXlsx(IMPORT_LIMITS.partBytes + 1 + int(2 ** 31)) }, bomb: ['unpacked-too-large'] };
    case 3:
      return { file: { name, bytes: ratioBombXlsx(2 + int(6)) }, bomb: ['compression-ratio'] };
    case 4: {
      // A real workbook whose sheets each get a cell far down or far right.
      const entries = unzipSync(fixture(pick(XLSX_FIXTURES)).bytes);
      const far = farReference();
      for (const part of Object.keys(entries).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
        const xml = new TextDecoder().decode(entries[part]);
        entries[part] = encode(xml.replace(/<\/(\w+:)?sheetData>/, (end) => `<row r="${/\d+$/.exec(far.ref)?.[0]}">${inlineCell(far.ref, 'x')}</row>${end}`));
      }
      return { file: { name, bytes: zipSync(entries) }, bomb: [far.code] };
    }
    case 5: {
      // A real workbook whose sheet declares more than it may unpack to.
      const source = fixture(pick(['two-sheets.xlsx', 'title-rows.xlsx'])).bytes;
      return {
        file: { name, bytes: declareSize(source, 'xl/worksheets/sheet1.xml', IMPORT_LIMITS.partBytes + 1 + int(2 ** 30)) },
        bomb: ['unpacked-too-large'],
      };
    }
    default:
      // Rarer, a few megabytes: a CSV of more cells or rows than the limits.
      return random() < 0.3
        ? { file: { name, bytes: csvOfCells(10_000, 201 + int(40)) }, bomb: ['too-many-cells'] }
        : { file: { name, bytes: encode(`Name\n${'a\n'.repeat(IMPORT_LIMITS.rows + 1 + int(1000))}`) }, bomb: ['too-many-rows'] };
  }
}

function makeXlsx(): FuzzCase {
  const source = fixture(pick(XLSX_FIXTURES)).bytes;
  const name = pick(['people.xlsx', 'list.XLSX', 'sheet.csv']);
  const kind = int(6);
  if (kind === 0) return { file: { name, bytes: source.slice(0, int(source.length)) } };
  if (kind === 1) {
    // Random bytes flipped: compressed data, CRCs, headers, the central directory.
    const bytes = source.slice();
    for (let i = 0; i < 1 + int(20); i += 1) bytes[int(bytes.length)] = int(256);
    return { file: { name, bytes } };
  }
  // Re-zipped with one entry mangled (cut, sprinkled, replaced, removed) or one added.
  const entries = unzipSync(source);
  const names = Object.keys(entries);
  const target = pick(names);
  const text = new TextDecoder().decode(entries[target]);
  if (kind === 2) entries[target] = new TextEncoder().encode(text.slice(0, int(text.length)));
  else if (kind === 3) entries[target] = new TextEncoder().encode(sprinkle(text, 1 + int(15)));
  else if (kind === 4) delete entries[target];
  else entries[target] = randomBytes(int(2048));
  if (random() < 0.3 && entries['xl/workbook.xml'] && entries['xl/_rels/workbook.xml.rels']) {
    // An extra sheet the workbook lists, read first or by its name.
    const extra = extraSheet();
    const first = random() < 0.5;
    entries['xl/worksheets/sheet99.xml'] = encode(extra.xml);
    listSheet(entries, 'Extra', 'worksheets/sheet99.xml', first);
    // A bomb in the extra sheet must be refused by its limit, unless the mangling broke the sheet list itself.
    const listIntact = target !== 'xl/workbook.xml' && target !== 'xl/_rels/workbook.xml.rels';
    return {
      file: { name, bytes: zipSync(entries) },
      extraSheet: true,
      ...(first ? {} : { sheetName: 'Extra' }),
      ...(extra.bomb && listIntact ? { bomb: [extra.bomb] } : {}),
    };
  }
  return { file: { name, bytes: zipSync(entries) } };
}

async function seededRegistry(): Promise<{ db: SessionDeskDb; seriesId: string }> {
  const db = freshDb();
  const series = await createSeries(db, { name: 'Fuzz', startDate: '2026-04-07', endDate: '2026-04-08', venue: '' });
  if (!series.ok) throw new Error('setup');
  for (const [name, email] of [
    ['Ana González', 'ana@example.org'],
    ['Boris Petrov', ''],
    ['Person', 'person@example.org'],
  ] as const) {
    const made = await createParticipant(db, series.seriesId, { ...EMPTY_PARTICIPANT, name, email, organisation: 'Org' });
    if (!made.ok) throw new Error('setup');
  }
  return { db, seriesId: series.seriesId };
}

const byId = (list: Participant[]) => new Map(list.map((p) => [p.id, JSON.stringify(p)]));

describe('import fuzzing', () => {
  it('malformed CSV and XLSX files: only the import’s own errors, and never half an import', { timeout: 240_000 }, async () => {
    let tried = 0;
    let bombs = 0;
    let extraSheetsRead = 0;
    const bombsNotRefused: string[] = [];
    let refused = 0;
    let imported = 0;
    let rolledBack = 0;
    let halfImports = 0;
    const crashes: string[] = [];

    for (let i = 0; i < FILES; i += 1) {
      const draw = random();
      const fuzz: FuzzCase = draw < 0.08 ? makeBomb() : draw < 0.55 ? { file: makeCsv() } : makeXlsx();
      const { file } = fuzz;
      tried += 1;
      if (fuzz.bomb) bombs += 1;
      const { db, seriesId } = await seededRegistry();
      const before = await db.participants.where('seriesId').equals(seriesId).toArray();
      try {
        const table = await readTable(file, fuzz.sheetName ? { sheetName: fuzz.sheetName } : {});
        if (fuzz.bomb) bombsNotRefused.push(`${file.name} (${file.bytes.length} bytes, expected ${fuzz.bomb.join(' or ')}): read`);
        if (table.sheetName === 'Extra') extraSheetsRead += 1;
        const mapping = guessMapping(table.headers);
        // The screen does not let an import without a name column go on.
        if (!mapsAName(mapping)) {
          refused += 1;
          continue;
        }
        const sessions = await db.sessions.where('seriesId').equals(seriesId).toArray();
        const plan = await buildImportPlan(table, mapping, {
          existing: before,
          seriesId,
          findSession: makeSessionFinder(sessions),
          allSessionIds: sessions.map((s) => s.id),
          now: Date.now(),
          newId,
        });
        const choice: DuplicateChoice = random() < 0.5 ? 'skip' : 'update';

        // Now and then the write fails halfway (a full disk, a quota): all of it must roll back.
        const inject = plan.accepted.length > 1 && random() < 0.15;
        if (inject) {
          let created = 0;
          const limit = int(plan.accepted.length);
          db.participants.hook('creating', () => {
            created += 1;
            if (created > limit) throw new Error('injected failure');
          });
        }
        let outcome: Awaited<ReturnType<typeof applyImportPlan>> | null = null;
        try {
          outcome = await applyImportPlan(db, seriesId, plan, choice);
        } catch (error) {
          if (!inject || !(error instanceof Error) || !error.message.includes('injected failure')) throw error;
        }
        const after = await db.participants.where('seriesId').equals(seriesId).toArray();
        if (!outcome) {
          rolledBack += 1;
          if (JSON.stringify([...byId(after)].sort()) !== JSON.stringify([...byId(before)].sort())) halfImports += 1;
          continue;
        }
        imported += 1;
        // Exactly the accepted rows: the new ones added, the matched ones updated, nobody else touched.
        const old = byId(before);
        const added = after.filter((p) => !old.has(p.id));
        const changed = after.filter((p) => old.has(p.id) && old.get(p.id) !== JSON.stringify(p));
        const acceptedNames = new Set(plan.accepted.map((d) => d.participant.name));
        const exact =
          added.length === outcome.added &&
          changed.length <= outcome.updated &&
          before.every((p) => after.some((a) => a.id === p.id)) &&
          added.every((p) => acceptedNames.has(p.name)) &&
          outcome.added + outcome.updated + outcome.skipped <= plan.accepted.length;
        if (!exact) halfImports += 1;
      } catch (error) {
        if (isImportError(error) && fuzz.bomb && !fuzz.bomb.includes(error.code)) {
          bombsNotRefused.push(`${file.name} (${file.bytes.length} bytes, expected ${fuzz.bomb.join(' or ')}): ${error.code}`);
        }
        // The extra sheet's bomb went off: the sheet was read.
        if (isImportError(error) && fuzz.extraSheet && fuzz.bomb?.includes(error.code)) extraSheetsRead += 1;
        if (isImportError(error)) refused += 1;
        else crashes.push(`${file.name} (${file.bytes.length} bytes): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      } finally {
        db.close();
      }
    }

    console.log(
      `fuzz: files tried ${tried}, crashes ${crashes.length}, half-imports ${halfImports}, bombs ${bombs} (not refused by their limit ${bombsNotRefused.length}) ` +
        `(refused ${refused}, imported ${imported}, rolled back ${rolledBack}, extra sheets read ${extraSheetsRead}; seed ${SEED})`,
    );
    expect(crashes.slice(0, 5)).toEqual([]);
    expect(halfImports).toBe(0);
    expect(bombsNotRefused.slice(0, 5)).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(Math.min(FILES, 1000));
    // The mix must exercise every outcome, or it proves little.
    expect(refused).toBeGreaterThan(50);
    expect(imported).toBeGreaterThan(50);
    expect(rolledBack).toBeGreaterThan(0);
    expect(bombs).toBeGreaterThan(30);
    expect(extraSheetsRead).toBeGreaterThan(10);
  });
});
