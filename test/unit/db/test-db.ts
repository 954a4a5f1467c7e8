import { SessionDeskDb } from '../../../renderer/src/db/database';

let counter = 0;
/** A fresh, uniquely named database per test: fake-indexeddb keeps them apart. */
export function freshDb(upToVersion?: number): SessionDeskDb {
  counter += 1;
  return new SessionDeskDb(`test-${Date.now()}-${counter}`, upToVersion);
}
