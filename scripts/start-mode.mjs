// What `npm start` runs: the desktop app where Electron can open a window, else browser mode
// with one line saying why. Pure, so that every case is tested without Electron or a display.

/**
 * @param {{ runtime: { found: true, executablePath: string } | { found: false, reason: string }, displayProblem: string | null }} probe
 */
export function chooseStartMode({ runtime, displayProblem }) {
  if (!runtime.found) {
    // Nothing downloads the runtime by itself (electron has no install script): name the command.
    return {
      mode: 'browser',
      message: `Electron's runtime is not installed here (${runtime.reason}): running browser mode instead. "npx install-electron" downloads it where GitHub is reachable.`,
    };
  }
  // The runtime is there but would exit at once without a display: the browser serves better.
  if (displayProblem !== null) {
    return { mode: 'browser', message: `Electron cannot open a window here (${displayProblem}): running browser mode instead.` };
  }
  return { mode: 'electron', executablePath: runtime.executablePath };
}
