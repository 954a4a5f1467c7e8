/**
 * Human rights themes a panellist raises, tagged on their slot after the session (Slot.themes,
 * as ids). A built-in list, in English and French, follows the themes UPR recommendations are
 * usually grouped under; a series may add its own (stored as the series setting "themes", so
 * they travel with the series in its event file).
 */
import { foldText } from '../core/text';

export type ThemeLanguage = 'en' | 'fr';

export interface Theme {
  /** Stable id stored on slots: lower-case letters, digits and "-". */
  id: string;
  name: Record<ThemeLanguage, string>;
  /** True for the series' own themes. */
  custom: boolean;
}

/** What a theme id may be; the event file checks slot themes against it. */
export const THEME_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** The series setting that holds the series' own themes. */
export const SERIES_THEMES_SETTING = 'themes';
/** Ids of the series' own themes start so, never clashing with a built-in id. */
const CUSTOM_PREFIX = 'custom-';

const BUILT_IN: ReadonlyArray<[string, string, string]> = [
  ['womens-rights', 'Women’s rights', 'Droits des femmes'],
  ['childrens-rights', 'Children’s rights', 'Droits de l’enfant'],
  ['freedom-of-expression', 'Freedom of expression', 'Liberté d’expression'],
  ['freedom-of-association', 'Freedom of association and peaceful assembly', 'Liberté d’association et de réunion pacifique'],
  ['media-freedom', 'Media freedom', 'Liberté des médias'],
  ['human-rights-defenders', 'Human rights defenders', 'Défenseurs des droits humains'],
  ['torture', 'Torture and other ill-treatment', 'Torture et autres mauvais traitements'],
  ['enforced-disappearances', 'Enforced disappearances', 'Disparitions forcées'],
  ['death-penalty', 'Death penalty', 'Peine de mort'],
  ['justice', 'Justice and fair trial', 'Justice et procès équitable'],
  ['detention', 'Conditions of detention', 'Conditions de détention'],
  ['right-to-food', 'Right to food', 'Droit à l’alimentation'],
  ['right-to-health', 'Right to health', 'Droit à la santé'],
  ['right-to-education', 'Right to education', 'Droit à l’éducation'],
  ['right-to-housing', 'Right to adequate housing', 'Droit à un logement convenable'],
  ['labour-rights', 'Labour rights', 'Droits des travailleurs'],
  ['indigenous-peoples', 'Indigenous peoples', 'Peuples autochtones'],
  ['minorities', 'Minorities', 'Minorités'],
  ['racial-discrimination', 'Racial discrimination', 'Discrimination raciale'],
  ['lgbti-rights', 'LGBTI rights', 'Droits des personnes LGBTI'],
  ['persons-with-disabilities', 'Rights of persons with disabilities', 'Droits des personnes handicapées'],
  ['migrants-refugees', 'Migrants, refugees and asylum seekers', 'Migrants, réfugiés et demandeurs d’asile'],
  ['trafficking', 'Trafficking in persons', 'Traite des personnes'],
  ['freedom-of-religion', 'Freedom of religion or belief', 'Liberté de religion ou de conviction'],
  ['business-human-rights', 'Business and human rights', 'Entreprises et droits humains'],
  ['environment', 'Environment and climate change', 'Environnement et changement climatique'],
  ['corruption', 'Corruption', 'Corruption'],
  ['nhri', 'National human rights institution', 'Institution nationale des droits humains'],
  ['international-instruments', 'Ratification of international instruments', 'Ratification des instruments internationaux'],
  ['upr-implementation', 'Implementation of UPR recommendations', 'Mise en œuvre des recommandations de l’EPU'],
];

export const BUILT_IN_THEMES: readonly Theme[] = BUILT_IN.map(([id, en, fr]) => ({ id, name: { en, fr }, custom: false }));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The series' own themes from the stored setting; anything malformed is left out (a setting
 * may come from an imported file), never thrown on.
 */
export function parseSeriesThemes(value: unknown): Theme[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const themes: Theme[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const { id, en, fr } = item;
    if (typeof id !== 'string' || !THEME_ID.test(id) || !id.startsWith(CUSTOM_PREFIX) || seen.has(id)) continue;
    if (typeof en !== 'string' || typeof fr !== 'string' || (en.trim() === '' && fr.trim() === '')) continue;
    seen.add(id);
    themes.push({ id, name: { en: en.trim() || fr.trim(), fr: fr.trim() || en.trim() }, custom: true });
  }
  return themes;
}

/** The stored form of the series' own themes (a JSON value for the settings table). */
export function serializeSeriesThemes(themes: readonly Theme[]): Array<{ id: string; en: string; fr: string }> {
  return themes.filter((t) => t.custom).map((t) => ({ id: t.id, en: t.name.en, fr: t.name.fr }));
}

export type NewThemeProblem = 'empty' | 'duplicate';

/**
 * A new theme of the series from its English and French names (one may be left empty: the
 * other stands in). Refused when both are empty or when a theme of that name exists.
 */
export function planNewTheme(existing: readonly Theme[], en: string, fr: string, randomHex: string): Theme | NewThemeProblem {
  const nameEn = en.trim().replace(/\s+/g, ' ');
  const nameFr = fr.trim().replace(/\s+/g, ' ');
  if (!nameEn && !nameFr) return 'empty';
  const folded = new Set(existing.flatMap((t) => [foldText(t.name.en), foldText(t.name.fr)]));
  if ((nameEn && folded.has(foldText(nameEn))) || (nameFr && folded.has(foldText(nameFr)))) return 'duplicate';
  const slug = foldText(nameEn || nameFr)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  // The random part keeps two laptops adding the same name from making one id mean two things.
  const id = `${CUSTOM_PREFIX}${slug ? `${slug}-` : ''}${randomHex
    .toLowerCase()
    .replace(/[^a-f0-9]/g, '')
    .slice(0, 8)}`;
  return { id, name: { en: nameEn || nameFr, fr: nameFr || nameEn }, custom: true };
}

/** Every theme a series can tag: the built-in list, then its own. */
export function themeCatalogue(seriesThemes: readonly Theme[]): Theme[] {
  return [...BUILT_IN_THEMES, ...seriesThemes];
}

/** A theme's name; an id no catalogue knows (e.g. a theme deleted elsewhere) shows as itself. */
export function themeName(catalogue: readonly Theme[], id: string, language: ThemeLanguage): string {
  return catalogue.find((t) => t.id === id)?.name[language] ?? id;
}

/** The slot's themes as stored: known ids only once each, in the catalogue's order. */
export function normaliseThemeIds(ids: readonly string[], catalogue: readonly Theme[]): string[] {
  const wanted = new Set(ids);
  return catalogue.filter((t) => wanted.has(t.id)).map((t) => t.id);
}
