import type { Migration } from './types';

/**
 * Version 3: the human rights themes tagged on each slot (Reports). No index changes (themes
 * are read with their slot), so `stores` is empty; existing slots get none (`themes: []`), as
 * a new slot has. The series' own extra themes are a series setting and need no migration.
 */
export const slotThemes: Migration = {
  version: 3,
  description: 'slots: human rights themes raised (themes)',
  stores: {},
  upgrade: async (tx) => {
    await tx
      .table('slots')
      .toCollection()
      .modify((slot: Record<string, unknown>) => {
        if (!Array.isArray(slot.themes)) slot.themes = [];
      });
  },
};
