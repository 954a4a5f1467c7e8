import { expect, test } from '@playwright/test';

// Browser mode is what a desk laptop without the Electron runtime runs: it must be the
// production build. A development build of React is several times slower per keystroke and
// carries the absolute source paths of the machine that built it (a user name, a folder).
test('browser mode serves the production build, with no source path of the build machine', async ({ page, request }) => {
  await page.goto('./');
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    const code = await (await request.get(src)).text();
    expect(code, src).not.toContain('jsxDEV');
    expect(code, src).not.toContain('renderer/src/');
  }
});
