// npm run bench: prints one line per figure, "id: value unit", with the budget beside it.
// Budgets live here, not in timed tests. Run on an otherwise idle machine for stable figures.
import { startBrowserMode } from '../bench/browser.mjs';
import { benchLoad } from '../bench/load.mjs';
import { benchRegistry } from '../bench/registry.mjs';
import { benchModerator } from '../bench/moderator.mjs';
import { benchDesk } from '../bench/desk.mjs';
import { benchPlates } from '../bench/plates.mjs';
import { benchDisplay } from '../bench/display.mjs';
import { benchBackup } from '../bench/backup.mjs';
import { benchSync } from '../bench/sync.mjs';

const BUDGETS = {
  'load.demo.interactive': 1500,
  'db.open.20k': 200,
  'import.csv.20k': 3000,
  'import.xlsx.20k': 3000,
  'registry.search.20k.p95': 50,
  'timer.error.max': 50,
  'console.key.to.paint.p95': 16.7,
  'desk.search.20k.p95': 8,
  'desk.checkin.commit.p95': 30,
  'display.follow.p95': 16.7,
  'display.tick.late.p95': 17,
  'display.cpu.running': 5,
  'sync.checkin.to.console.p95': 50,
  'sync.display.remote.follow.p95': 50,
  'sync.silent.drop.detect': 5,
}; // plates.pdf.200 has no budget yet: the issue asks for the figure only.

function report(id, value, unit, note) {
  const budget = BUDGETS[id];
  const verdict = budget === undefined ? '' : value <= budget ? `  (budget ${budget} ${unit}: ok)` : `  (budget ${budget} ${unit}: OVER)`;
  console.log(`${id}: ${Number.isFinite(value) ? value.toFixed(1) : 'n/a'} ${unit}${verdict}${note ? `  # ${note}` : ''}`);
}

const GROUPS = {
  load: benchLoad,
  registry: benchRegistry,
  moderator: benchModerator,
  desk: benchDesk,
  plates: benchPlates,
  display: benchDisplay,
  backup: benchBackup,
  sync: benchSync,
};
// `npm run bench -- desk plates` runs only those groups; no argument runs them all.
const chosen = process.argv.slice(2).filter((name) => name in GROUPS);
const mode = await startBrowserMode();
try {
  for (const [name, run] of Object.entries(GROUPS)) {
    if (chosen.length === 0 || chosen.includes(name)) await run(mode, report);
  }
} finally {
  await mode.close();
}
