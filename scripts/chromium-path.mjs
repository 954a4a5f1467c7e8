// Which Chromium the end-to-end tests and the bench drive: $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else Playwright's own browser where `npx playwright install chromium` put
// it. One rule, shared by test/e2e/playwright.config.ts, scripts/test.mjs and bench/browser.mjs,
// so that `npm test` can tell a newcomer what is missing before any test runs.
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The executable to pass to Playwright: a path, or undefined for Playwright's own browser.
 * `found` says whether that browser is on disk; `reason` why not.
 */
export function resolveChromium({ env = process.env, exists = existsSync, playwrightPath = () => null } = {}) {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    return exists(chosen)
      ? { found: true, executablePath: chosen }
      : { found: false, executablePath: chosen, reason: `CHROMIUM_PATH points at ${chosen}, which does not exist` };
  }
  if (exists(DEBIAN_CHROMIUM)) return { found: true, executablePath: DEBIAN_CHROMIUM };
  const own = playwrightPath();
  if (own && exists(own)) return { found: true, executablePath: undefined };
  return { found: false, executablePath: undefined, reason: `neither ${DEBIAN_CHROMIUM} nor Playwright's own Chromium is installed` };
}

/** The one line a person reads when no Chromium is found, with the command that installs one. */
export function missingChromiumLine(reason, { platform = process.platform, exists = existsSync } = {}) {
  const install =
    platform === 'linux' && exists('/etc/debian_version')
      ? '"sudo apt-get update && sudo apt-get install -y chromium poppler-utils"'
      : '"npx playwright install chromium"';
  return `Chromium is missing (${reason}): install it with ${install}, or set CHROMIUM_PATH to a Chromium or Chrome.`;
}
