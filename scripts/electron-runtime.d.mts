// Types for electron-runtime.mjs, so that the TypeScript tests use the same check as npm start.
export type ElectronRuntime = { found: true; executablePath: string } | { found: false; reason: string };

export interface RuntimeProbe {
  /** The electron package's folder; null where the package is not installed. */
  packageDir?: string | null;
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  readText?: (file: string) => string;
}

export function electronPackageDir(): string | null;
export function findElectronRuntime(probe?: RuntimeProbe): ElectronRuntime;
export function missingDisplayReason(probe?: { platform?: string; env?: Record<string, string | undefined> }): string | null;
