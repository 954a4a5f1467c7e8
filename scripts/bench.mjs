// npm run bench: prints one line per figure, "id: value unit", with the budget beside it.
// Budgets live here, not in timed tests. Run on an otherwise idle machine for stable figures.
// Each figure runs on its own (its own browser context, its own set-up): one that fails prints
// "id: error <reason>" and the others are still measured. The last line counts both.
import { startBrowserMode } from '../bench/browser.mjs';
import { firstLine, removeSyntheticFiles } from '../bench/setup.mjs';
import { loadFigures } from '../bench/load.mjs';
import { registryFigures } from '../bench/registry.mjs';
import { moderatorFigures } from '../bench/moderator.mjs';
import { deskFigures } from '../bench/desk.mjs';
import { platesFigures } from '../bench/plates.mjs';
import { displayFigures } from '../bench/display.mjs';
import { backupFigures } from '../bench/backup.mjs';
import { syncFigures } from '../bench/sync.mjs';

const BUDGETS = {
  'load.demo.interactive': 1500,
  'db.open.20k': 200,
  'import.csv.20k': 3000,
  'import.xlsx.20k': 3000,
  'import.ui.blocked.max': 100,
  'registry.search.20k.p95': 50,
  'timer.error.max': 50,
  'console.key.to.paint.p95': 16.7,
  'desk.search.20k.p95': 8,
  'desk.checkin.commit.p95': 30,
  'display.follow.p95': 16.7,
  'display.follow.dom.p95': 6,
  'display.tick.late.p95': 17,
  'display.cpu.running': 5,
  'sync.checkin.to.console.p95': 50,
  'sync.display.remote.follow.p95': 50,
  'sync.silent.drop.detect': 5,
}; // plates.pdf.200 has no budget yet: the issue asks for the figure only.

/** A figure (or figures measured together) that has not ended by then is stopped and counted failed. */
const FIGURE_LIMIT_MS = Number(process.env.BENCH_FIGURE_LIMIT_MS ?? 600_000);

// Groups by name, as `npm run bench -- desk plates` chooses them; each lists its figures in order.
const GROUPS = {
  load: loadFigures,
  registry: registryFigures,
  moderator: moderatorFigures,
  desk: deskFigures,
  plates: platesFigures,
  display: displayFigures,
  backup: backupFigures,
  sync: syncFigures,
};

let measured = 0;
let failed = 0;

function printError(id, reason) {
  failed += 1;
  console.log(`${id}: error ${reason}`);
}

function printFigure(id, value, unit, note) {
  // No samples (every keystroke lost its mark, say) is no figure: say so rather than print n/a.
  if (!Number.isFinite(value)) {
    printError(id, `no valid measurement${note ? ` (${note})` : ''}`);
    return;
  }
  measured += 1;
  const budget = BUDGETS[id];
  const verdict = budget === undefined ? '' : value <= budget ? `  (budget ${budget} ${unit}: ok)` : `  (budget ${budget} ${unit}: OVER)`;
  console.log(`${id}: ${value.toFixed(1)} ${unit}${verdict}${note ? `  # ${note}` : ''}`);
}

function withLimit(promise, ms) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not finished after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Runs one entry: its figures print as they are measured; those it did not reach print an error. */
async function runFigure(mode, { ids, run }) {
  const reported = new Set();
  const report = (id, value, unit, note) => {
    reported.add(id);
    printFigure(id, value, unit, note);
  };
  let reason = 'not reported';
  let figure;
  try {
    figure = await mode.forFigure();
    await withLimit(run(figure, report), FIGURE_LIMIT_MS);
  } catch (error) {
    reason = firstLine(error);
  } finally {
    // Closing its contexts also stops a figure that ran out of time.
    await figure?.done();
  }
  for (const id of ids) if (!reported.has(id)) printError(id, reason);
}

const named = process.argv.slice(2);
const unknown = named.filter((name) => !(name in GROUPS));
if (unknown.length > 0) {
  // A mistyped group would otherwise run the rest for minutes and leave the one wanted out.
  console.log(`bench: no group named ${unknown.join(', ')} (groups: ${Object.keys(GROUPS).join(', ')})`);
  process.exit(2);
}
const chosen = Object.entries(GROUPS).filter(([name]) => named.length === 0 || named.includes(name));
const entries = chosen.flatMap(([, list]) => list);

let mode = null;
try {
  mode = await startBrowserMode();
} catch (error) {
  // Nothing can be measured: each figure says why, and the count follows.
  const reason = `browser mode did not start: ${firstLine(error)}`;
  for (const { ids } of entries) for (const id of ids) printError(id, reason);
}
if (mode) {
  try {
    for (const entry of entries) await runFigure(mode, entry);
  } finally {
    await mode.close();
    await removeSyntheticFiles();
  }
}
console.log(`bench: ${measured} figures measured, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
