import { describe, expect, it } from 'vitest';
import { buildImportPlan, figureGaps, guessMapping, makeSessionFinder, type Table } from '../../../renderer/src/domain/import';
import { makeContext } from './helpers';

/** A French, semicolon-separated list as people send it: no national/international column, two genders missing. */
function table(headers: string[], rows: string[][]): Table {
  return { headers, rows, firstRowNumber: 2, encoding: 'utf-8', delimiter: ';' } as Table;
}

const FRENCH = table(
  ['Nom', 'Organisation', 'Catégorie', 'Genre', 'Pays'],
  [
    ['Awa Koné', 'Ligue ivoirienne', 'ONG', 'F', 'Côte d’Ivoire'],
    ['Jean Dupont', 'Amnesty', 'OSC', '', 'France'],
    ['Marie Curie', 'CNDH', 'INDH', 'Femme', 'Maroc'],
    ['John Smith', 'Mission du Royaume-Uni', 'Mission permanente', 'H', 'UK'],
    ['Mehmet Öz', 'Mission de la Turquie', 'ONU/OI', '', 'Turquie'],
    ['Kim Lee', 'Mission', 'Mission permanente', 'H', 'Corée'],
  ],
);

describe('what an import leaves Facts and Figures without', () => {
  it('tells the unmapped columns before the rows are read', () => {
    expect(figureGaps(guessMapping(['Nom', 'Organisation'])).map((g) => g.field)).toEqual(['category', 'gender', 'state']);
    expect(figureGaps(guessMapping(FRENCH.headers))).toEqual([]);
  });

  it('counts, once planned, who would have no value: gender of CSOs and NHRIs, scope of CSOs, State of missions', async () => {
    const mapping = guessMapping(FRENCH.headers);
    const plan = await buildImportPlan(FRENCH, mapping, makeContext());
    const gaps = figureGaps(
      mapping,
      plan.accepted.map((d) => d.participant),
    );
    expect(gaps).toEqual([
      { field: 'gender', unmapped: false, missing: 1, of: 3 },
      { field: 'scope', unmapped: true, missing: 2, of: 2 },
      { field: 'state', unmapped: false, missing: 1, of: 2 },
    ]);
  });

  it('reads the labels the app shows ("ONU/OI") and asks about a name of two States ("Corée")', async () => {
    const plan = await buildImportPlan(FRENCH, guessMapping(FRENCH.headers), makeContext());
    const byName = new Map(plan.accepted.map((d) => [d.participant.name, d.participant]));
    expect(byName.get('Mehmet Öz')).toMatchObject({ category: 'un-io', stateCode: 'TUR' });
    expect(byName.get('John Smith')).toMatchObject({ category: 'mission', stateCode: 'GBR' });
    expect(byName.get('Awa Koné')?.stateCode).toBe('CIV');
    expect(byName.get('Kim Lee')?.stateCode).toBeNull();
    expect(plan.warnings.map((w) => [w.code, w.value])).toEqual([['ambiguous-state', 'Corée']]);
  });

  it('finds the session of a name of two States when only one of them has a session', () => {
    const find = makeSessionFinder([
      { id: 's-cod', stateCode: 'COD' },
      { id: 's-ukr', stateCode: 'UKR' },
    ]);
    expect(find('Congo')).toBe('s-cod');
    expect(find('RDC')).toBe('s-cod');
    expect(
      makeSessionFinder([
        { id: 'a', stateCode: 'COD' },
        { id: 'b', stateCode: 'COG' },
      ])('Congo'),
    ).toBeNull();
  });
});
