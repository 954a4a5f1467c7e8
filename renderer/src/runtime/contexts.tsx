import { createContext, useContext } from 'react';
import type { SessionDeskDb } from '../db/database';
import type { Host } from '../host';

export const DbContext = createContext<SessionDeskDb | null>(null);
export const HostContext = createContext<Host | null>(null);

/** The open store. Only rendered under a successful open, so it is never null there. */
export function useDb(): SessionDeskDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbContext');
  return db;
}

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside HostContext');
  return host;
}
