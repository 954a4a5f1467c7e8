import { Dexie, type EntityTable } from 'dexie';
import type { CheckIn, Participant, Series, Session, SettingRecord, Slot } from '../domain/core/model';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { installChangeFeed, type ChangeFeed } from './change-feed';

/** The IndexedDB name. Part of the data format, like the app origin: do not rename. */
export const DATABASE_NAME = 'session-desk';

export class SessionDeskDb extends Dexie {
  series!: EntityTable<Series, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  slots!: EntityTable<Slot, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  /** Committed writes to the shared tables, for the sync mirror (db/change-feed.ts). */
  readonly changeFeed: ChangeFeed;

  /**
   * @param upToVersion declare the schema only up to this version (migration tests open
   *   an older version, seed it, then open the latest).
   */
  constructor(name: string = DATABASE_NAME, upToVersion: number = LATEST_VERSION) {
    // Strict durability: a write is reported done only once it is on the disk, not just handed
    // to the OS (Chromium's default is 'relaxed', which a power cut can undo). The desk says
    // "checked in" and the console moves on only after the commit, so that must be true even
    // if the laptop dies the next second. Measured by `npm run bench` (desk.checkin.commit.p95).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const migration of MIGRATIONS) {
      if (migration.version > upToVersion) break;
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    this.changeFeed = installChangeFeed(this);
  }
}
