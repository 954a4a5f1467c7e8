/**
 * The import screen's file reader: the worker's answer to a request, and the screen's side of it
 * (progress passed on, a refusal rebuilt as the import's own error, Cancel ending the worker),
 * here with a fake worker that answers on a later turn as a real one would.
 */
import { describe, expect, it } from 'vitest';
import { ImportError, type Table } from '../../../renderer/src/domain/import';
import { readTableInWorker, ReadingCancelled, type TableReaderWorker } from '../../../renderer/src/features/participants/import/read-table-in-worker';
import { answerTableRequest } from '../../../renderer/src/features/participants/import/table-reader';
import type { TableReaderMessage, TableReaderRequest } from '../../../renderer/src/features/participants/import/table-reader-protocol';
import { csvOfCells, rowBombXlsx } from '../../fixtures/import/hostile';

const csv = (content: string) => new TextEncoder().encode(content);

async function answers(request: TableReaderRequest): Promise<TableReaderMessage[]> {
  const messages: TableReaderMessage[] = [];
  await answerTableRequest(request, (message) => messages.push(message));
  return messages;
}

describe('the worker’s answer', () => {
  it('reports progress in steps, then the rows in pieces, then the table', async () => {
    const messages = await answers({ name: 'big.csv', bytes: csvOfCells(50_000, 4), options: {} });
    const last = messages.at(-1);
    expect(last?.type).toBe('table');
    expect(last?.type === 'table' ? last.table.rows : null).toEqual([]);
    // The rows, in order, a few thousand a message: the page unpacks each in one short task.
    const pieces = messages.flatMap((m) => (m.type === 'rows' ? [m.rows] : []));
    expect(pieces.length).toBe(25);
    expect(pieces.every((rows) => rows.length <= 2000)).toBe(true);
    expect(pieces.flat()).toHaveLength(50_000);
    expect(messages.findIndex((m) => m.type === 'rows')).toBeGreaterThan(messages.findLastIndex((m) => m.type === 'progress'));
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m.fraction] : []));
    expect(progress.length).toBeGreaterThan(3);
    // At most one message per hundredth: a hundred at most, not one per row.
    expect(progress.length).toBeLessThanOrEqual(100);
    expect(progress.every((f, i) => i === 0 || f > (progress[i - 1] ?? 0))).toBe(true);
  });

  it('answers a hostile file with the import’s own refusal', async () => {
    const messages = await answers({ name: 'rows.xlsx', bytes: rowBombXlsx(), options: {} });
    expect(messages.at(-1)).toEqual({ type: 'refused', code: 'too-many-rows', details: { row: 9_999_999, limit: 100_000 } });
  });

  it('passes the sheet asked for and the limits', async () => {
    const messages = await answers({ name: 'a.csv', bytes: csv('Name\nAna\nBoris\n'), options: { limits: { rows: 2 } } });
    expect(messages.at(-1)).toMatchObject({ type: 'refused', code: 'too-many-rows' });
  });
});

/** A worker that answers on a later turn, and says nothing more once terminated. */
function fakeWorker(respond: (request: TableReaderRequest, post: (m: TableReaderMessage) => void) => Promise<void> = answerTableRequest) {
  const state = { terminated: false, transferred: [] as Transferable[], request: null as TableReaderRequest | null };
  const worker: TableReaderWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request, transfer) {
      state.request = request;
      state.transferred = transfer;
      setTimeout(() => {
        void respond(request, (data) => {
          if (!state.terminated) worker.onmessage?.({ data } as MessageEvent<TableReaderMessage>);
        });
      }, 0);
    },
    terminate() {
      state.terminated = true;
    },
  };
  return { worker, state };
}

describe('reading in a worker', () => {
  it('gives the table and the progress, and ends the worker', async () => {
    const { worker, state } = fakeWorker();
    const bytes = csvOfCells(30_000, 3);
    const progress: number[] = [];
    const reading = readTableInWorker(
      { name: 'a.csv', bytes },
      {},
      (f) => progress.push(f),
      () => worker,
    );
    const table: Table = await reading.table;
    expect(table.rows).toHaveLength(30_000);
    expect(table.rows[0]).toEqual(['a', 'a', 'a']);
    expect(table.headers).toEqual(['Name', 'C2', 'C3']);
    expect(progress.length).toBeGreaterThan(2);
    expect(state.terminated).toBe(true);
    // The worker got a copy: the screen keeps the file to read another sheet of it.
    expect(state.transferred).toHaveLength(1);
    expect(state.transferred[0]).toBe(state.request?.bytes.buffer);
    expect(state.request?.bytes === bytes).toBe(false);
    expect(bytes.length).toBeGreaterThan(0);
  });

  it('rebuilds a refusal as an ImportError with its message', async () => {
    const { worker } = fakeWorker();
    const reading = readTableInWorker(
      { name: 'rows.xlsx', bytes: rowBombXlsx() },
      {},
      () => {},
      () => worker,
    );
    const error = await reading.table.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('too-many-rows');
    expect((error as ImportError).message).toContain('row 9,999,999');
  });

  it('Cancel ends the worker at once: the reading rejects as cancelled and reports nothing more', async () => {
    let release: () => void = () => {};
    const { worker, state } = fakeWorker(async (_request, post) => {
      post({ type: 'progress', fraction: 0.2 });
      await new Promise<void>((resolve) => (release = resolve));
      post({ type: 'progress', fraction: 0.9 });
      post({ type: 'failed', message: 'should not be seen' });
    });
    const progress: number[] = [];
    const reading = readTableInWorker(
      { name: 'a.csv', bytes: csv('Name\nAna\n') },
      {},
      (f) => progress.push(f),
      () => worker,
    );
    await expect.poll(() => progress).toEqual([0.2]);
    reading.cancel();
    await expect(reading.table).rejects.toBeInstanceOf(ReadingCancelled);
    expect(state.terminated).toBe(true);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(progress).toEqual([0.2]);
  });

  it('a worker that fails (out of memory, could not start) is a failure, not a hang', async () => {
    const { worker } = fakeWorker(async () => {
      worker.onerror?.({ message: 'Uncaught RangeError: Array buffer allocation failed', preventDefault: () => {} } as ErrorEvent);
    });
    const reading = readTableInWorker(
      { name: 'a.csv', bytes: csv('Name\nAna\n') },
      {},
      () => {},
      () => worker,
    );
    await expect(reading.table).rejects.toThrow('Array buffer allocation failed');
  });
});
