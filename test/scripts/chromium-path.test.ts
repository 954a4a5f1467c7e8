// Which Chromium the tests and the bench drive (scripts/chromium-path.mjs), and the one line
// `npm test` prints where there is none.
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, missingChromiumLine, resolveChromium } from '../../scripts/chromium-path.mjs';

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, and says when it points nowhere', () => {
    expect(resolveChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists: only('/opt/chrome', DEBIAN_CHROMIUM) })).toEqual({
      found: true,
      executablePath: '/opt/chrome',
    });
    const wrong = resolveChromium({ env: { CHROMIUM_PATH: '/opt/none' }, exists: only(DEBIAN_CHROMIUM) });
    expect(wrong.found).toBe(false);
    if (!wrong.found) expect(wrong.reason).toBe('CHROMIUM_PATH points at /opt/none, which does not exist');
  });

  it("takes Debian's Chromium, then Playwright's own", () => {
    expect(resolveChromium({ env: {}, exists: only(DEBIAN_CHROMIUM) })).toEqual({ found: true, executablePath: DEBIAN_CHROMIUM });
    // Playwright's own: no path to pass, Playwright finds it.
    expect(resolveChromium({ env: {}, exists: only('/home/me/pw/chrome'), playwrightPath: () => '/home/me/pw/chrome' })).toEqual({
      found: true,
      executablePath: undefined,
    });
  });

  it('finds none where neither is installed', () => {
    const none = resolveChromium({ env: {}, exists: only(), playwrightPath: () => '/home/me/pw/chrome' });
    expect(none.found).toBe(false);
  });
});

describe('missingChromiumLine', () => {
  it('gives the Debian command on Debian and the Playwright one elsewhere, in one line', () => {
    const debian = missingChromiumLine('none found', { platform: 'linux', exists: only('/etc/debian_version') });
    expect(debian).toBe(
      'Chromium is missing (none found): install it with "sudo apt-get update && sudo apt-get install -y chromium poppler-utils", or set CHROMIUM_PATH to a Chromium or Chrome.',
    );
    expect(missingChromiumLine('none found', { platform: 'darwin', exists: only() })).toContain('"npx playwright install chromium"');
    expect(debian).not.toContain('\n');
  });
});
