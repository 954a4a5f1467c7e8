import type { Gender } from '../domain/core/model';

/**
 * The i18next context that makes a French participle agree with the person it is about
 * ("Arrivée", "Arrivé", and "Arrivé·e" when the gender is not given): keys `<key>_woman` and
 * `<key>_man` beside `<key>`. English words do not change and have only `<key>`.
 */
export function genderContext(gender: Gender | null | undefined): 'woman' | 'man' | undefined {
  return gender === 'woman' || gender === 'man' ? gender : undefined;
}
