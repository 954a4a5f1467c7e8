import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { asLanguage, type Language } from '../domain/core/language';
import { en } from './en';
import { fr } from './fr';

export type { Language };

export const LANGUAGES: ReadonlyArray<{ code: Language; label: string }> = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
];

/** The language to start in before the settings are read: the browser's, if we have it. */
export function initialLanguage(): Language {
  return asLanguage(typeof navigator !== 'undefined' ? navigator.language : null);
}

/** The language the interface speaks now: re-renders the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.language);
}

export function setupI18n(language: Language = initialLanguage()) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders: a participant's name with <b> stays text.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
