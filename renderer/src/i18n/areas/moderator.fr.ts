import type { Widen } from '../widen';
import type { moderatorEn } from './moderator.en';

/** Chaînes françaises de l'espace moderator. */
export const moderatorFr: Widen<typeof moderatorEn> = {
  title: '',
};
