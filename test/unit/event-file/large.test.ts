import { describe, expect, it } from 'vitest';
import { importEventFile } from '../../../renderer/src/db/commands/event-file';
import { readEventSnapshot } from '../../../renderer/src/db/queries/event-file';
import { parseEventFile, serializeEventFile, type EventSnapshot } from '../../../renderer/src/domain/event-file';
import { buildDemoSeries } from '../../../renderer/src/domain/demo/demo-series';
import type { CheckIn, Participant } from '../../../renderer/src/domain/core/model';
import { freshDb } from '../db/test-db';
import { APP, NOW } from './helpers';

/** The demo series grown to 20,000 participants, each registered for two sessions, and about 30,000 check-ins. */
function bigSnapshot(): EventSnapshot {
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const demo = buildDemoSeries(id, NOW);
  const participants: Participant[] = [...demo.participants];
  const checkIns: CheckIn[] = [];
  for (let i = participants.length; i < 20_000; i += 1) {
    const first = demo.sessions[i % demo.sessions.length];
    const second = demo.sessions[(i + 5) % demo.sessions.length];
    if (!first || !second) throw new Error('sessions');
    const person: Participant = {
      id: id(),
      seriesId: demo.series.id,
      name: `Participant ${i} Ouédraogo-Müller`,
      organisation: `Permanent Mission of Somewhere ${i % 190}`,
      category: i % 3 === 0 ? 'cso' : 'mission',
      scope: i % 3 === 0 ? 'national' : null,
      gender: i % 2 === 0 ? 'woman' : 'man',
      stateCode: 'CHE',
      email: `person${i}@example.org`,
      phone: '+41 22 917 12 34',
      badgeCode: `PS30-${String(i).padStart(5, '0')}`,
      confidential: i % 50 === 0,
      plateConsent: false,
      registrations: [
        { sessionId: first.id, role: 'delegate' },
        { sessionId: second.id, role: 'observer' },
      ],
      reviewedAt: null,
      createdAt: NOW,
      updatedAt: NOW,
    };
    participants.push(person);
    if (i % 2 === 0) {
      checkIns.push({
        id: id(),
        seriesId: demo.series.id,
        participantId: person.id,
        sessionId: first.id,
        at: NOW + i,
        station: 'desk-1',
        method: 'search',
        kind: 'check-in',
        undoes: null,
      });
    }
    checkIns.push({
      id: id(),
      seriesId: demo.series.id,
      participantId: person.id,
      sessionId: second.id,
      at: NOW + 50_000 + i,
      station: 'desk-2',
      method: 'scan',
      kind: 'check-in',
      undoes: null,
    });
  }
  return { series: demo.series, sessions: demo.sessions, slots: demo.slots, participants, checkIns, settings: {} };
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

describe('a large event file', () => {
  it('serializes and parses 20,000 participants (times printed, not asserted)', async () => {
    const snapshot = bigSnapshot();
    const [text, serializeMs] = time(() => serializeEventFile(snapshot, APP, NOW));
    const [parsed, parseMs] = time(() => parseEventFile(text));
    expect(parsed.participants).toHaveLength(20_000);
    expect(parsed.checkIns.length).toBeGreaterThan(29_000);
    expect(serializeEventFile(parsed, APP, NOW)).toBe(text);

    // fake-indexeddb is far slower than a browser's IndexedDB: these only show the shape.
    const db = freshDb();
    const [seriesId, importMs] = await timeAsync(() => importEventFile(db, parsed, 'new-copy'));
    const [read, readMs] = await timeAsync(() => readEventSnapshot(db, seriesId));
    expect(read?.participants).toHaveLength(20_000);

    const mb = (text.length / (1024 * 1024)).toFixed(1);
    console.log(
      `event file, 20,000 participants + ${parsed.checkIns.length} check-ins: ${mb} MB; serialize ${serializeMs.toFixed(0)} ms, parse+validate ${parseMs.toFixed(0)} ms; ` +
        `(fake-indexeddb) import ${importMs.toFixed(0)} ms, read ${readMs.toFixed(0)} ms`,
    );
  });
});
