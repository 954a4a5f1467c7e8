// The layers of the code and what each may import: the table that `npm run lint` enforces.
// docs/architecture.md says why; change both together.

const REACT = ['react', 'react-dom', 'react-*', '@tanstack/react-virtual', 'zustand', '@dnd-kit/*', 'i18next'];
const STORE = ['dexie', 'dexie-react-hooks'];
const NODE = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'electron'];

/** @type {import('./layers-rule.js').Layer[]} */
export const LAYERS = [
  // Code both sides run: the bridge's contract, the backup files' names. Plain TypeScript.
  { name: 'common', folder: 'common', may: [], forbidPackages: [...REACT, ...STORE, ...NODE] },

  // The sync hub: plain Node (ws + y-protocols) that Electron main and `npm run web -- --hub` both start.
  { name: 'hub', folder: 'hub', may: ['common'], forbidPackages: [...REACT, ...STORE, 'electron'] },

  // The renderer, from the pure centre outwards.
  { name: 'domain', folder: 'renderer/src/domain', may: [], forbidPackages: [...REACT, ...STORE, ...NODE] },
  { name: 'db', folder: 'renderer/src/db', may: ['db commands', 'db queries', 'db status', 'domain', 'common'], forbidPackages: [...REACT, ...NODE] },
  { name: 'db commands', folder: 'renderer/src/db/commands', may: ['db', 'db queries', 'domain', 'common'], forbidPackages: [...REACT, ...NODE] },
  { name: 'db queries', folder: 'renderer/src/db/queries', may: ['db', 'domain', 'common'], forbidPackages: [...REACT, ...NODE] },
  { name: 'db status', folder: 'renderer/src/db/storage-status', may: [], forbidPackages: [...REACT, ...NODE] },
  { name: 'host', folder: 'renderer/src/host', may: ['domain', 'common'], forbidPackages: [...REACT, ...STORE, ...NODE] },
  { name: 'i18n', folder: 'renderer/src/i18n', may: ['domain'], forbidPackages: [...STORE, ...NODE] },
  {
    name: 'runtime',
    folder: 'renderer/src/runtime',
    may: ['db queries', 'db commands', 'db status', 'domain', 'i18n', 'common'],
    mayTypes: ['db', 'host'],
    forbidPackages: ['dexie', ...NODE],
  },
  { name: 'ui', folder: 'renderer/src/ui', may: ['domain', 'i18n', 'runtime'], forbidPackages: [...STORE, ...NODE] },
  {
    name: 'modules',
    folder: 'renderer/src/modules',
    may: ['domain', 'db commands', 'db queries', 'db status', 'runtime', 'ui', 'i18n', 'common'],
    mayTypes: ['db', 'host'],
    ownFolderOnly: true,
    forbidPackages: ['dexie', ...NODE],
  },
  {
    name: 'features',
    folder: 'renderer/src/features',
    may: ['domain', 'db commands', 'db queries', 'db status', 'runtime', 'modules', 'ui', 'i18n', 'common'],
    mayTypes: ['host'],
    ownFolderOnly: true,
    forbidPackages: ['dexie', ...NODE],
  },
  {
    name: 'app',
    folder: 'renderer/src/app',
    may: ['features', 'modules', 'runtime', 'ui', 'i18n', 'domain', 'db commands', 'db queries', 'db status', 'common'],
    mayTypes: ['host'],
    forbidPackages: ['dexie', ...NODE],
  },
  // main.tsx, the renderer's entry: opens the store, picks the host, renders the app.
  {
    name: 'renderer entry',
    folder: 'renderer/src',
    may: ['app', 'features', 'modules', 'runtime', 'ui', 'i18n', 'domain', 'db', 'db commands', 'db queries', 'db status', 'host', 'common'],
    forbidPackages: NODE,
  },

  // Electron: main owns the OS; the preload only bridges. Neither reads the renderer's code.
  { name: 'electron main', folder: 'electron/main', may: ['common', 'hub'], forbidPackages: [...REACT, ...STORE] },
  {
    name: 'electron preload',
    folder: 'electron/preload',
    may: ['common'],
    forbidPackages: [...REACT, ...STORE, 'node:*', 'fs', 'path', 'os', 'child_process'],
  },
];
