// npm run bench: prints one line per figure, "id: value unit", with the budget beside it.
// Budgets live here, not in timed tests. Run on an otherwise idle machine for stable figures.
import { startBrowserMode } from '../bench/browser.mjs';
import { benchLoad } from '../bench/load.mjs';
import { benchRegistry } from '../bench/registry.mjs';

const BUDGETS = {
  'load.demo.interactive': 1500,
  'db.open.20k': 200,
  'import.csv.20k': 3000,
  'import.xlsx.20k': 3000,
  'registry.search.20k.p95': 50,
};

function report(id, value, unit, note) {
  const budget = BUDGETS[id];
  const verdict = budget === undefined ? '' : value <= budget ? `  (budget ${budget} ${unit}: ok)` : `  (budget ${budget} ${unit}: OVER)`;
  console.log(`${id}: ${Number.isFinite(value) ? value.toFixed(1) : 'n/a'} ${unit}${verdict}${note ? `  # ${note}` : ''}`);
}

const mode = await startBrowserMode();
try {
  await benchLoad(mode, report);
  await benchRegistry(mode, report);
} finally {
  await mode.close();
}
