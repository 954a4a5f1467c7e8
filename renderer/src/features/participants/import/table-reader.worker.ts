/**
 * A Web Worker that reads an import file into a table, so that parsing 20,000 rows (or refusing
 * a hostile file) never holds up the screen, and Cancel can stop it at once (terminate()).
 */
import { answerTableRequest } from './table-reader';
import type { TableReaderMessage, TableReaderRequest } from './table-reader-protocol';

// The renderer is typed with the DOM's library, not the worker's: only these two members are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TableReaderRequest>) => void) | null;
  postMessage(message: TableReaderMessage): void;
};

scope.onmessage = (event) => {
  void answerTableRequest(event.data, (message) => scope.postMessage(message));
};
