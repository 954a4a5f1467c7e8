// npm start: the desktop app (electron-vite dev, hot reload) where Electron's runtime is
// installed. Where it is not (an offline machine: Electron downloads it from GitHub), one line
// says so and browser mode runs instead; scripts/web.mjs prints the address to open. Checking
// first matters: electron-vite would start a dev server and only then die with
// "Error: Electron uninstall".
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime, missingDisplayReason } from './electron-runtime.mjs';
import { chooseStartMode } from './start-mode.mjs';

const choice = chooseStartMode({ runtime: findElectronRuntime(), displayProblem: missingDisplayReason() });
const extraArgs = process.argv.slice(2);

/** Runs a Node script as a child with this terminal, and ends as it ends. */
function runNode(script, args, env) {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env });
  // A signal is passed on, and this process ends when the child does, with its code or signal
  // (Ctrl+C reaches both; a second SIGINT is harmless to a process already stopping).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else {
      process.exit(code ?? 1);
    }
  });
}

if (choice.mode === 'electron') {
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // electron-vite launches ELECTRON_EXEC_PATH when set: the very binary found above.
  runNode(bin, ['dev', ...extraArgs], { ...process.env, ELECTRON_EXEC_PATH: choice.executablePath });
} else {
  console.log(choice.message);
  runNode(fileURLToPath(new URL('./web.mjs', import.meta.url)), extraArgs, process.env);
}
