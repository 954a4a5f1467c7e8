import type { Widen } from '../widen';
import type { deskEn } from './desk.en';

/** Chaînes françaises de l'espace desk. */
export const deskFr: Widen<typeof deskEn> = {
  title: '',
};
