import type { Transaction } from 'dexie';

/**
 * One schema version. `stores` follows Dexie's syntax and lists only the tables whose
 * indexes change in this version; `upgrade` rewrites existing records when needed.
 */
export interface Migration {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
