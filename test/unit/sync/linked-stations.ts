/** Two or three stations in one process: each a store, a Yjs document and the mirror, their documents linked by a switchable "network". */
import * as Y from 'yjs';
import type { SessionDeskDb } from '../../../renderer/src/db/database';
import { startMirror, reconcile, type Mirror } from '../../../renderer/src/modules/sync/mirror';
import { freshDb } from '../db/test-db';

export interface TestStation {
  db: SessionDeskDb;
  doc: Y.Doc;
  mirror: Mirror;
  online: boolean;
}

export async function station(seriesId: string, db: SessionDeskDb = freshDb()): Promise<TestStation> {
  const doc = new Y.Doc();
  await reconcile(db, doc, seriesId);
  return { db, doc, mirror: startMirror(db, doc, seriesId), online: false };
}

/** Connects every online station to the others: each sends what the others miss, then live updates. */
export function network(stations: TestStation[]) {
  const relay = (from: TestStation) => (update: Uint8Array, origin: unknown) => {
    if (!from.online || origin === 'network') return;
    for (const to of stations) if (to !== from && to.online) Y.applyUpdate(to.doc, update, 'network');
  };
  for (const s of stations) s.doc.on('update', relay(s));
  const sync = () => {
    const online = stations.filter((s) => s.online);
    for (const a of online) for (const b of online) if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'network');
  };
  return {
    up(...which: TestStation[]) {
      for (const s of which) s.online = true;
      sync();
    },
    down(...which: TestStation[]) {
      for (const s of which) s.online = false;
    },
    async settled() {
      for (let i = 0; i < 3; i += 1) for (const s of stations) await s.mirror.flushed();
    },
  };
}
