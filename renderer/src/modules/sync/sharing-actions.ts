/**
 * Share, join, stop and host from here: what the Stations card and the welcome screen do. Each
 * checks first, then records the share (the engine starts from that record, see SyncRunner).
 */
import type { SessionDeskDb } from '../../db/database';
import type { Host } from '../../host/host';
import { encodeBase32, decodeBase32 } from '../../../../common/sync/base32';
import { encodePairingCode, parsePairingCode, randomSecret, seriesFingerprint, type PairingCodeProblem } from '../../../../common/sync/pairing-code';
import { saveShare } from '../../db/commands/stations';
import { readShare } from '../../db/queries/stations';
import { SYNC_DATA_FORMAT } from '../../db/queries/sync';
import { listSeries } from '../../db/queries/series';
import { DEFAULT_HUB_PORT, withPreferredHub, type ShareRecord } from '../../domain/sync/share';
import { getCurrentEngine, setCurrentEngine } from './current-engine';

export type ShareOutcome =
  { ok: true; share: ShareRecord } | { ok: false; reason: 'cannot-host' | 'port-in-use' | 'failed' | 'already-sharing'; detail?: string };

export async function shareSeries(db: SessionDeskDb, host: Host, seriesId: string, port = DEFAULT_HUB_PORT): Promise<ShareOutcome> {
  const existing = await readShare(db);
  if (existing) return { ok: false, reason: 'already-sharing' };
  const info = await host.sharing.info();
  if (!info.canHost) return { ok: false, reason: 'cannot-host' };
  const fingerprint = seriesFingerprint(seriesId);
  const secret = encodeBase32(randomSecret());
  const started = await host.sharing.startHub({ fingerprint, secret, dataFormat: SYNC_DATA_FORMAT, port });
  if (!started.ok)
    return {
      ok: false,
      reason: started.reason === 'port-in-use' ? 'port-in-use' : started.reason === 'not-available' ? 'cannot-host' : 'failed',
      detail: started.detail,
    };
  const share: ShareRecord = { seriesId, fingerprint, secret, dataFormat: SYNC_DATA_FORMAT, hosting: true, hubs: [started.address], port };
  await saveShare(db, share);
  return { ok: true, share };
}

/** The pairing code of a share, for the hub it prefers (the first it knows). */
export function pairingCodeOf(share: ShareRecord): string | null {
  const hub = share.hubs[0];
  const secret = decodeBase32(share.secret);
  if (!hub || !secret) return null;
  const [host, port] = hub.split(':');
  try {
    return encodePairingCode({ dataFormat: share.dataFormat, fingerprint: share.fingerprint, secret, host: host ?? '', port: Number(port) });
  } catch {
    return null;
  }
}

export type JoinOutcome = { ok: true } | { ok: false; reason: PairingCodeProblem | 'data-format' | 'already-sharing' };

export async function joinWithCode(db: SessionDeskDb, text: string): Promise<JoinOutcome> {
  const parsed = parsePairingCode(text);
  if (!parsed.ok) return { ok: false, reason: parsed.problem };
  const { code } = parsed;
  if (code.dataFormat !== SYNC_DATA_FORMAT) return { ok: false, reason: 'data-format' };
  if (await readShare(db)) return { ok: false, reason: 'already-sharing' };
  // A series this station already holds (an event file imported earlier) merges with the shared one.
  const known = (await listSeries(db)).find((s) => seriesFingerprint(s.id) === code.fingerprint);
  await saveShare(db, {
    seriesId: known?.id ?? '',
    fingerprint: code.fingerprint,
    secret: encodeBase32(code.secret),
    dataFormat: code.dataFormat,
    hosting: false,
    hubs: [`${code.host}:${code.port}`],
    port: DEFAULT_HUB_PORT,
  });
  return { ok: true };
}

/** Stops sharing here: the hub closes if this station ran it; the series stays on this station. */
export async function stopSharing(db: SessionDeskDb, host: Host): Promise<void> {
  const share = await readShare(db);
  if (!share) return;
  const engine = getCurrentEngine();
  if (engine && engine.fingerprint === share.fingerprint) {
    setCurrentEngine(null);
    await engine.stop(true);
  }
  if (share.hosting) await host.sharing.stopHub(share.fingerprint);
  await saveShare(db, null);
}

export type HostOutcome = { ok: true; address: string } | { ok: false; reason: 'cannot-host' | 'port-in-use' | 'failed' | 'not-sharing'; detail?: string };

/** The host laptop is gone: this station runs the hub with the same secret, and the others find it. */
export async function hostFromHere(db: SessionDeskDb, host: Host): Promise<HostOutcome> {
  const share = await readShare(db);
  if (!share) return { ok: false, reason: 'not-sharing' };
  const info = await host.sharing.info();
  if (!info.canHost) return { ok: false, reason: 'cannot-host' };
  const started = await host.sharing.startHub({ fingerprint: share.fingerprint, secret: share.secret, dataFormat: share.dataFormat, port: share.port });
  if (!started.ok)
    return {
      ok: false,
      reason: started.reason === 'port-in-use' ? 'port-in-use' : started.reason === 'not-available' ? 'cannot-host' : 'failed',
      detail: started.detail,
    };
  await saveShare(db, { ...share, hosting: true, hubs: withPreferredHub(share.hubs, started.address) });
  getCurrentEngine()?.switchTo(started.address);
  return { ok: true, address: started.address };
}
