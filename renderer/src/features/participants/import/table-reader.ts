/**
 * What the table-reading worker does with a request, apart from the worker itself so that it
 * can be tested in Node: read the table, report progress now and then, answer once.
 */
import { isImportError, readTable } from '../../../domain/import';
import type { TableReaderMessage, TableReaderRequest } from './table-reader-protocol';

/** Progress is posted when it has moved by this much: a hundred messages at most. */
const PROGRESS_STEP = 0.01;

export async function answerTableRequest(request: TableReaderRequest, post: (message: TableReaderMessage) => void): Promise<void> {
  let reported = 0;
  try {
    const table = await readTable(
      { name: request.name, bytes: request.bytes },
      {
        ...request.options,
        onProgress: (fraction) => {
          if (fraction - reported < PROGRESS_STEP) return;
          reported = fraction;
          post({ type: 'progress', fraction });
        },
      },
    );
    post({ type: 'table', table });
  } catch (error) {
    if (isImportError(error)) post({ type: 'refused', code: error.code, details: error.details });
    else post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
