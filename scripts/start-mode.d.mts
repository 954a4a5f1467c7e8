// Types for start-mode.mjs.
import type { ElectronRuntime } from './electron-runtime.mjs';

export type StartMode = { mode: 'electron'; executablePath: string } | { mode: 'browser'; message: string };

export function chooseStartMode(probe: { runtime: ElectronRuntime; displayProblem: string | null }): StartMode;
