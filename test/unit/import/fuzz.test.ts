/**
 * Import fuzzing: hundreds of malformed CSV and XLSX files, drawn from a seeded PRNG
 * (FUZZ_SEED reproduces a run), through the same read → map → plan → apply path as the
 * import screen. Every file must either be refused with the import's own error (ImportError)
 * or be imported; the registry is then unchanged or changed by exactly the accepted rows.
 * Some applies get a failure injected halfway through the write: nothing of them may remain.
 */
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyImportPlan } from '../../../renderer/src/db/commands/import';
import { createParticipant } from '../../../renderer/src/db/commands/participants';
import { createSeries } from '../../../renderer/src/db/commands/series';
import type { SessionDeskDb } from '../../../renderer/src/db/database';
import { buildImportPlan, guessMapping, isImportError, makeSessionFinder, mapsAName, readTable, type ImportFile } from '../../../renderer/src/domain/import';
import type { DuplicateChoice } from '../../../renderer/src/domain/import/apply';
import { newId } from '../../../renderer/src/domain/core/ids';
import type { Participant } from '../../../renderer/src/domain/core/model';
import { EMPTY_PARTICIPANT } from '../../../renderer/src/domain/participants/records';
import { freshDb } from '../db/test-db';
import { fixture } from './helpers';
import { seededRandom } from '../../../renderer/src/domain/demo/seeded-random';

const SEED = Number(process.env.FUZZ_SEED ?? 90210);
const FILES = Number(process.env.FUZZ_FILES ?? 600);

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

function makeXlsx(): ImportFile {
  const source = fixture(pick(XLSX_FIXTURES)).bytes;
  const name = pick(['people.xlsx', 'list.XLSX', 'sheet.csv']);
  const kind = int(6);
  if (kind === 0) return { name, bytes: source.slice(0, int(source.length)) };
  if (kind === 1) {
    // Random bytes flipped: compressed data, CRCs, headers, the central directory.
    const bytes = source.slice();
    for (let i = 0; i < 1 + int(20); i += 1) bytes[int(bytes.length)] = int(256);
    return { name, bytes };
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
  if (random() < 0.2)
    entries['xl/worksheets/sheet99.xml'] = new TextEncoder().encode('<worksheet><sheetData><row><c t="s"><v>999999</v></c></row></sheetData>');
  return { name, bytes: zipSync(entries) };
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
    let refused = 0;
    let imported = 0;
    let rolledBack = 0;
    let halfImports = 0;
    const crashes: string[] = [];

    for (let i = 0; i < FILES; i += 1) {
      const file = random() < 0.55 ? makeCsv() : makeXlsx();
      tried += 1;
      const { db, seriesId } = await seededRegistry();
      const before = await db.participants.where('seriesId').equals(seriesId).toArray();
      try {
        const table = await readTable(file);
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
        if (isImportError(error)) refused += 1;
        else crashes.push(`${file.name} (${file.bytes.length} bytes): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      } finally {
        db.close();
      }
    }

    console.log(
      `fuzz: files tried ${tried}, crashes ${crashes.length}, half-imports ${halfImports} (refused ${refused}, imported ${imported}, rolled back ${rolledBack}; seed ${SEED})`,
    );
    expect(crashes.slice(0, 5)).toEqual([]);
    expect(halfImports).toBe(0);
    expect(tried).toBeGreaterThanOrEqual(500);
    // The mix must exercise every outcome, or it proves little.
    expect(refused).toBeGreaterThan(50);
    expect(imported).toBeGreaterThan(50);
    expect(rolledBack).toBeGreaterThan(0);
  });
});
