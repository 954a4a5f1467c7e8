// The layers of docs/architecture.md, as `npm run lint` enforces them: for each rule, a file in a
// layer with a forbidden import fails lint, and the same file with an allowed import passes.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The messages of the layers rule for `code` placed at `path` (a file that need not exist). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

const cases: Array<{ rule: string; path: string; forbidden: string; allowed: string; says: RegExp }> = [
  {
    rule: 'the domain imports nothing outside itself, at any depth',
    path: 'renderer/src/domain/import/probe.ts',
    forbidden: "import { SessionDeskDb } from '../../db/database';\nexport const x = SessionDeskDb;",
    allowed: "import { foldText } from '../core/text';\nexport const x = foldText;",
    says: /domain may not import db/,
  },
  {
    rule: 'the domain imports no React',
    path: 'renderer/src/domain/desk/probe.ts',
    forbidden: "import { useState } from 'react';\nexport const x = useState;",
    allowed: "import { z } from 'zod';\nexport const x = z;",
    says: /package react/,
  },
  {
    rule: 'a feature does not import dexie',
    path: 'renderer/src/features/desk/probe.ts',
    forbidden: "import { Dexie } from 'dexie';\nexport const x = Dexie;",
    allowed: "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;",
    says: /package dexie/,
  },
  {
    rule: 'a feature does not import db/database',
    path: 'renderer/src/features/desk/probe.ts',
    forbidden: "import type { SessionDeskDb } from '../../db/database';\nexport type X = SessionDeskDb;",
    allowed: "import { checkIn } from '../../db/commands/check-ins';\nexport const x = checkIn;",
    says: /features may not import db \(/,
  },
  {
    rule: 'a feature does not import another feature',
    path: 'renderer/src/features/moderator/probe.ts',
    forbidden: "import { DeskPage } from '../desk/DeskPage';\nexport const x = DeskPage;",
    allowed: "import { postRoomDisplayMessage } from '../../modules/room-display-link/room-display-channel';\nexport const x = postRoomDisplayMessage;",
    says: /may not import another area/,
  },
  {
    rule: 'a module does not import a feature',
    path: 'renderer/src/modules/backups/probe.ts',
    forbidden: "import { DeskPage } from '../../features/desk/DeskPage';\nexport const x = DeskPage;",
    allowed: "import { listSeries } from '../../db/queries/series';\nexport const x = listSeries;",
    says: /modules may not import features/,
  },
  {
    rule: 'a query never calls a command',
    path: 'renderer/src/db/queries/probe.ts',
    forbidden: "import { checkIn } from '../commands/check-ins';\nexport const x = checkIn;",
    allowed: "import { SessionDeskDb } from '../database';\nexport const x = SessionDeskDb;",
    says: /db queries may not import db commands/,
  },
  {
    rule: 'shared ui knows no area',
    path: 'renderer/src/ui/probe.ts',
    forbidden: "import { DeskPage } from '../features/desk/DeskPage';\nexport const x = DeskPage;",
    allowed: "import { foldText } from '../domain/core/text';\nexport const x = foldText;",
    says: /ui may not import features/,
  },
  {
    rule: 'Electron main does not import the renderer',
    path: 'electron/main/probe.ts',
    forbidden: "import { backupFileName } from '../../renderer/src/modules/backups/backups';\nexport const x = backupFileName;",
    allowed: "import { backupFileName } from '../../common/backup-files';\nexport const x = backupFileName;",
    says: /electron main may not import modules/,
  },
  {
    rule: 'the preload imports only the shared contract',
    path: 'electron/preload/probe.ts',
    forbidden: "import { x as y } from '../main/logger';\nexport const x = y;",
    allowed: "import { IPC_CHANNELS } from '../../common/bridge-contract';\nexport const x = IPC_CHANNELS;",
    says: /electron preload may not import electron main/,
  },
  {
    rule: 'common code imports no Node module',
    path: 'common/probe.ts',
    forbidden: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
    allowed: 'export const x = 1;',
    says: /package node:fs/,
  },
];

describe('the layers that lint enforces', () => {
  for (const { rule, path, forbidden, allowed, says } of cases) {
    it(rule, async () => {
      const errors = await layerErrors(path, forbidden);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(says);
      expect(await layerErrors(path, allowed)).toEqual([]);
    });
  }
});
