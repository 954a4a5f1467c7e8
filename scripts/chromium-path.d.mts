// Types for chromium-path.mjs.
export const DEBIAN_CHROMIUM: string;

export type ChromiumResolution = { found: true; executablePath: string | undefined } | { found: false; executablePath: string | undefined; reason: string };

export function resolveChromium(probe?: {
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  /** Where Playwright's own Chromium would be (chromium.executablePath()), or null. */
  playwrightPath?: () => string | null;
}): ChromiumResolution;

export function missingChromiumLine(reason: string, probe?: { platform?: string; exists?: (file: string) => boolean }): string;
