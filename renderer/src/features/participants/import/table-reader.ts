/**
 * What the table-reading worker does with a request, apart from the worker itself so that it
 * can be tested in Node: read the table, report progress now and then, answer once.
 */
import { isImportError, readTable } from '../../../domain/import';
import type { TableReaderMessage, TableReaderRequest } from './table-reader-protocol';

/** Progress is posted when it has moved by this much: a hundred messages at most. */
const PROGRESS_STEP = 0.01;
/**
 * Rows per message. The page copies a message in one task: 20,000 rows of twelve cells in one
 * took a quarter of a second on a busy laptop, a few milliseconds a piece this way.
 */
const ROWS_PER_MESSAGE = 2000;

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
    for (let start = 0; start < table.rows.length; start += ROWS_PER_MESSAGE) post({ type: 'rows', rows: table.rows.slice(start, start + ROWS_PER_MESSAGE) });
    post({ type: 'table', table: { ...table, rows: [] } });
  } catch (error) {
    if (isImportError(error)) post({ type: 'refused', code: error.code, details: error.details });
    else post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
