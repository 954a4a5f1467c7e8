import { randomUUID } from 'node:crypto';
import { APP_ORIGIN } from '../app-origin';
import { PRINT_DOCUMENT_PREFIX } from '../protocol/resolve-app-request';

export interface PrintDocumentStore {
  /** Holds the HTML and returns the app URL it is served at until `remove`. */
  add(html: string): { id: string; url: string };
  get(id: string): string | undefined;
  remove(id: string): void;
}

/**
 * Documents waiting to be printed, held in memory (never on disk: a name plate carries a
 * person's name) and served on the app origin so that they can use the bundled fonts and
 * images under a script-free CSP. A data: URL would have an opaque origin and could not
 * load those fonts.
 */
export function createPrintDocumentStore(newId: () => string = randomUUID): PrintDocumentStore {
  const documents = new Map<string, string>();
  return {
    add(html) {
      const id = newId();
      documents.set(id, html);
      return { id, url: `${APP_ORIGIN}/${PRINT_DOCUMENT_PREFIX}${id}.html` };
    },
    get: (id) => documents.get(id),
    remove: (id) => {
      documents.delete(id);
    },
  };
}
