/**
 * The series a hub shares, kept on its disk so that a hub killed and restarted serves them again
 * at once: the fingerprint, the secret and the data format. The secret is this station's own
 * data (it holds the series anyway); the file is readable by its user only.
 */
import { mkdir, readdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBase32, encodeBase32 } from '../common/sync/base32';
import { isFingerprint } from '../common/sync/pairing-code';

export interface ShareRecord {
  fingerprint: string;
  secret: Uint8Array;
  dataFormat: number;
}

export function parseShareRecord(value: unknown): ShareRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!isFingerprint(r.fingerprint) || typeof r.secret !== 'string' || typeof r.dataFormat !== 'number' || !Number.isInteger(r.dataFormat)) return null;
  const secret = decodeBase32(r.secret);
  if (!secret || secret.length !== 16) return null;
  return { fingerprint: r.fingerprint, secret, dataFormat: r.dataFormat };
}

export interface ShareStore {
  list(): Promise<ShareRecord[]>;
  save(record: ShareRecord): Promise<void>;
  remove(fingerprint: string): Promise<void>;
  logPath(fingerprint: string): string;
}

export function openShareStore(dataDir: string, warn: (line: string) => void = () => undefined): ShareStore {
  const shares = join(dataDir, 'shares');
  return {
    async list() {
      let names: string[];
      try {
        names = await readdir(shares);
      } catch {
        return [];
      }
      const records: ShareRecord[] = [];
      for (const name of names.filter((n) => n.endsWith('.json'))) {
        try {
          const record = parseShareRecord(JSON.parse(await readFile(join(shares, name), 'utf8')));
          if (record) records.push(record);
          else warn(`hub: ignored a damaged share record ${name}`);
        } catch {
          warn(`hub: ignored an unreadable share record ${name}`);
        }
      }
      return records;
    },
    async save(record) {
      await mkdir(shares, { recursive: true, mode: 0o700 });
      const path = join(shares, `${record.fingerprint}.json`);
      const body = JSON.stringify({ fingerprint: record.fingerprint, secret: encodeBase32(record.secret), dataFormat: record.dataFormat });
      await writeFile(`${path}.tmp`, body, { mode: 0o600 });
      await rename(`${path}.tmp`, path);
    },
    async remove(fingerprint) {
      await rm(join(shares, `${fingerprint}.json`), { force: true });
    },
    logPath(fingerprint) {
      return join(dataDir, 'docs', `${fingerprint}.ylog`);
    },
  };
}
