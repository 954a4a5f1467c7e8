import type { Migration } from './types';

/**
 * Version 2: the moderator's record on each slot. No index changes (the fields are read with
 * their slot), so `stores` is empty; existing slots get the defaults a new slot has:
 * no mission (`stateCode: null`) and an empty record (`log: []`).
 */
export const slotRecord: Migration = {
  version: 2,
  description: 'slots: floor mission (stateCode) and the moderator record (log)',
  stores: {},
  upgrade: async (tx) => {
    await tx
      .table('slots')
      .toCollection()
      .modify((slot: Record<string, unknown>) => {
        if (!('stateCode' in slot)) slot.stateCode = null;
        if (!Array.isArray(slot.log)) slot.log = [];
      });
  },
};
