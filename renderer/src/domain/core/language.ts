/** The interface's two languages. Everything the app says, prints or exports is in one of them. */
export type Language = 'en' | 'fr';

/** A language tag as the browser or i18next gives it ("fr", "fr-CH", "en-GB", …) as one of ours. */
export function asLanguage(tag: string | null | undefined): Language {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
