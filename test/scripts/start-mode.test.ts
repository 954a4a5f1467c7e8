// npm start's choice (scripts/start-mode.mjs) and the runtime check it rests on
// (scripts/electron-runtime.mjs), each case staged on a fake file system: no Electron needed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronRuntime, missingDisplayReason } from '../../scripts/electron-runtime.mjs';
import { chooseStartMode } from '../../scripts/start-mode.mjs';

const pkg = path.join('/repo', 'node_modules', 'electron');

/** A file system holding exactly `files` (path -> content). */
function disk(files: Record<string, string>) {
  return {
    exists: (file: string) => file in files,
    readText: (file: string) => {
      const text = files[file];
      if (text === undefined) throw new Error(`ENOENT ${file}`);
      return text;
    },
  };
}

describe('findElectronRuntime', () => {
  it('finds the binary that path.txt names inside dist/', () => {
    const binary = path.join(pkg, 'dist', 'electron');
    const runtime = findElectronRuntime({ packageDir: pkg, env: {}, ...disk({ [path.join(pkg, 'path.txt')]: 'electron\n', [binary]: '' }) });
    expect(runtime).toEqual({ found: true, executablePath: binary });
  });

  it('reports a runtime never downloaded (no path.txt) without trying to download it', () => {
    const runtime = findElectronRuntime({ packageDir: pkg, env: {}, ...disk({}) });
    expect(runtime).toEqual({ found: false, reason: 'the Electron binary was never downloaded' });
  });

  it('reports a download cut short (path.txt but no binary)', () => {
    const runtime = findElectronRuntime({ packageDir: pkg, env: {}, ...disk({ [path.join(pkg, 'path.txt')]: 'electron' }) });
    expect(runtime.found).toBe(false);
    if (!runtime.found) expect(runtime.reason).toContain('does not exist');
  });

  it('reports the package missing from node_modules', () => {
    expect(findElectronRuntime({ packageDir: null, env: {}, ...disk({}) })).toEqual({ found: false, reason: 'the electron package is not in node_modules' });
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH as Electron does', () => {
    const binary = path.join('/opt/electron', 'electron');
    expect(findElectronRuntime({ packageDir: pkg, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, ...disk({ [binary]: '' }) })).toEqual({
      found: true,
      executablePath: binary,
    });
    const missing = findElectronRuntime({ packageDir: pkg, env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, ...disk({}) });
    expect(missing.found).toBe(false);
  });

  it('takes ELECTRON_EXEC_PATH first, as electron-vite launches it', () => {
    expect(findElectronRuntime({ packageDir: null, env: { ELECTRON_EXEC_PATH: '/bin/my-electron' }, ...disk({ '/bin/my-electron': '' }) })).toEqual({
      found: true,
      executablePath: '/bin/my-electron',
    });
    expect(findElectronRuntime({ packageDir: pkg, env: { ELECTRON_EXEC_PATH: '/bin/gone' }, ...disk({}) }).found).toBe(false);
  });
});

describe('missingDisplayReason', () => {
  it('asks for a display server on Linux only', () => {
    expect(missingDisplayReason({ platform: 'linux', env: {} })).toMatch(/no display server/);
    expect(missingDisplayReason({ platform: 'linux', env: { DISPLAY: ':0' } })).toBeNull();
    expect(missingDisplayReason({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBeNull();
    expect(missingDisplayReason({ platform: 'win32', env: {} })).toBeNull();
  });
});

describe('chooseStartMode', () => {
  it('runs Electron where the runtime is there and can open a window', () => {
    expect(chooseStartMode({ runtime: { found: true, executablePath: '/e/electron' }, displayProblem: null })).toEqual({
      mode: 'electron',
      executablePath: '/e/electron',
    });
  });

  it('runs browser mode, saying why in one line, where the runtime is missing', () => {
    const choice = chooseStartMode({ runtime: { found: false, reason: 'the Electron binary was never downloaded' }, displayProblem: null });
    expect(choice).toEqual({
      mode: 'browser',
      message:
        'Electron\'s runtime is not installed here (the Electron binary was never downloaded): running browser mode instead. "npx install-electron" downloads it where GitHub is reachable.',
    });
    if (choice.mode === 'browser') expect(choice.message).not.toContain('\n');
  });

  it('runs browser mode where Electron could not open a window', () => {
    const choice = chooseStartMode({ runtime: { found: true, executablePath: '/e/electron' }, displayProblem: 'no display server' });
    expect(choice.mode).toBe('browser');
    if (choice.mode === 'browser') expect(choice.message).toBe('Electron cannot open a window here (no display server): running browser mode instead.');
  });
});
