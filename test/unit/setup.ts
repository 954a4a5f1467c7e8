// Gives Dexie an IndexedDB in Node. Each test file gets a fresh in-memory database factory.
import 'fake-indexeddb/auto';
