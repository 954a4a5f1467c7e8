import type { Widen } from '../widen';
import type { platesEn } from './plates.en';

/** Chaînes françaises de l'espace plates. */
export const platesFr: Widen<typeof platesEn> = {
  title: '',
};
