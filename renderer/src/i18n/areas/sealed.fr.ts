import type { sealedEn } from './sealed.en';
import type { Widen } from '../widen';

/** Chaînes françaises des fichiers scellés (chiffrés) : sauvegardes et fichiers d’évènement exportés. */
export const sealedFr: Widen<typeof sealedEn> = {
  passphraseTitle: 'Ce fichier est protégé par une phrase secrète',
  passphraseHelp: 'Saisissez la phrase secrète choisie à l’export. Rien n’est importé tant que le fichier n’est pas ouvert.',
  passphrase: 'Phrase secrète',
  recoveryTitle: 'Cette sauvegarde a été scellée sur un autre ordinateur',
  recoveryHelp:
    'Saisissez le code de récupération des sauvegardes noté sur l’ordinateur qui l’a faite (16 lettres et chiffres, dans Paramètres → Sauvegardes). Rien n’est importé tant que le fichier n’est pas ouvert.',
  recoveryCode: 'Code de récupération des sauvegardes',
  open: 'Ouvrir',
  checking: 'Ouverture du fichier…',
  wrongPassphrase: 'Cette phrase secrète n’ouvre pas le fichier. Rien n’a été modifié. Vérifiez-la et réessayez.',
  wrongCode: 'Ce code de récupération n’ouvre pas le fichier. Rien n’a été modifié. Vérifiez-le et réessayez.',
  errors: {
    damaged: 'Le fichier chiffré est endommagé et ne peut pas être ouvert. Rien n’a été modifié.',
    'newer-version':
      'Ce fichier a été chiffré par une version plus récente de Session Desk. Installez la version plus récente pour l’ouvrir. Rien n’a été modifié.',
    'other-key':
      'Ce fichier a été scellé sur un autre ordinateur avant que celui-ci n’ait un code de récupération des sauvegardes : seul cet ordinateur peut l’ouvrir. Rien n’a été modifié.',
    'wrong-secret': 'La phrase secrète ou le code n’ouvre pas le fichier. Rien n’a été modifié.',
  },
  exportTitle: 'Exporter le fichier de série',
  exportProtection: 'Protection',
  withPassphrase: 'Avec une phrase secrète',
  withPassphraseHelp:
    'Pour confier le fichier à quelqu’un : la personne qui l’importe saisit la phrase secrète. Transmettez la phrase autrement que le fichier (en personne, par téléphone).',
  withLaptopKey: 'Avec la clé de sauvegarde de cet ordinateur',
  withLaptopKeyNoRecovery:
    'S’ouvre sur cet ordinateur sans rien demander. Aucun code de récupération des sauvegardes n’est encore créé : tant qu’il ne l’est pas (Paramètres → Sauvegardes), le fichier ne s’ouvre nulle part ailleurs, ni ici si les données de ce navigateur sont effacées.',
  withLaptopKeyHelp: 'S’ouvre sur cet ordinateur sans rien demander, ou sur un autre avec le code de récupération des sauvegardes.',
  unprotected: 'Sans protection',
  unprotectedHelp: 'JSON en clair, pour d’autres logiciels qui lisent ce format : quiconque obtient le fichier peut y lire tous les noms.',
  passphraseNew: 'Phrase secrète (au moins 10 caractères)',
  passphraseRepeat: 'Répétez la phrase secrète',
  passphraseTooShort: 'Une phrase secrète compte au moins 10 caractères.',
  passphraseMismatch: 'Les deux phrases secrètes diffèrent.',
  exportConfirm: 'Exporter',
  encrypting: 'Chiffrement…',
};
