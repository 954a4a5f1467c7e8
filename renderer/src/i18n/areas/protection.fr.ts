import type { Widen } from '../widen';
import type { protectionEn } from './protection.en';

/** Chaînes françaises de la protection : verrouillage, purge des données personnelles, état du stockage. */
export const protectionFr: Widen<typeof protectionEn> = {
  lock: {
    button: 'Verrouiller',
    buttonLabel: 'Verrouiller l’application',
    noPinSet: 'Définissez d’abord un code dans Paramètres : Verrouiller masque alors tout jusqu’à la saisie du code.',
    locked: 'Session Desk est verrouillé',
    lockedHelp: 'Saisissez le code pour continuer. L’affichage en salle continue de fonctionner.',
    pin: 'Code',
    unlock: 'Déverrouiller',
    wrong: 'Code erroné. Vérifiez-le et réessayez.',
    wrongWithCount_one: 'Code erroné. Encore {{count}} essai avant une attente.',
    wrongWithCount_other: 'Code erroné. Encore {{count}} essais avant une attente.',
    wait: 'Trop de codes erronés. Réessayez dans {{time}}.',
    checking: 'Vérification…',
    forgotPin: 'Code oublié ?',
    usePin: 'Saisir le code à la place',
    recoveryHelp:
      'Saisissez le code de secours noté quand le code a été défini. Il déverrouille Session Desk et supprime le code ; définissez-en un nouveau dans Paramètres.',
    recoveryCode: 'Code de secours',
    unlockWithCode: 'Déverrouiller avec le code de secours',
    wrongCode: 'Code de secours erroné. Vérifiez-le et réessayez.',
    wrongCodeWithCount_one: 'Code de secours erroné. Encore {{count}} essai avant une attente.',
    wrongCodeWithCount_other: 'Code de secours erroné. Encore {{count}} essais avant une attente.',
    recovered: 'Déverrouillé avec le code de secours. Le code est supprimé : définissez-en un nouveau dans Paramètres.',
  },
  lockCard: {
    title: 'Verrouillage',
    help: 'Un code de 4 à 8 chiffres verrouille les écrans d’un ordinateur laissé à l’accueil. Seule une empreinte salée du code est conservée, jamais le code lui-même. Définir un code affiche une seule fois un code de secours : il déverrouille l’ordinateur si le code est oublié.',
    statusOn: 'Un code est défini. Verrouiller se trouve dans la barre du haut.',
    statusOff: 'Aucun code n’est défini.',
    newPin: 'Nouveau code',
    repeatPin: 'Répétez le code',
    currentPin: 'Code actuel',
    setPin: 'Définir le code',
    changePin: 'Changer le code',
    clearPin: 'Supprimer le code',
    pinSet: 'Code défini. Verrouillez l’application depuis la barre du haut.',
    pinCleared: 'Code supprimé.',
    badForm: 'Un code compte 4 à 8 chiffres.',
    mismatch: 'Les deux codes diffèrent.',
    wrongCurrent: 'Le code actuel est erroné.',
    recoveryTitle: 'Code de secours : notez-le maintenant',
    recoveryHelp: 'Il déverrouille Session Desk si le code est oublié, et il ne s’affiche que cette fois. Gardez-le sur papier, loin de l’ordinateur.',
    recoveryDone: 'Je l’ai noté',
    noRecovery: 'Ce code a été défini sans code de secours : changez le code pour en obtenir un.',
  },
  purge: {
    title: 'Purger les données personnelles',
    help: 'Après une série : remplace les noms par des libellés neutres (« Participant 0001 ») et efface courriels, téléphones, codes de badge, organisations des personnes confidentielles, motifs d’absence, modérateurs des séances et libellés libres du programme (le type de chaque intervention s’affiche à leur place). Catégories, genres, États, inscriptions, enregistrements et durées restent : les chiffres anonymes se calculent toujours.',
    open: 'Purger les données personnelles…',
    dialogTitle: 'Purger les données personnelles de « {{name}} » ?',
    dialogText:
      'Chaque participant de cette série perd son nom, son courriel, son téléphone et son code de badge ; les personnes confidentielles perdent aussi leur organisation ; les motifs d’absence, les noms des modérateurs, les libellés libres du programme et tout message de l’écran de salle sont effacés. Les décomptes et durées des Faits et chiffres restent.',
    backupNote:
      'Une sauvegarde est faite d’abord et conservée 7 jours : Paramètres → Sauvegardes → Restaurer peut ainsi annuler la purge. Toutes les sauvegardes antérieures de cette série sont supprimées aussitôt, car chacune contient les noms. Après 7 jours, ou plus tôt avec Supprimer maintenant, la purge est définitive.',
    typeName: 'Saisissez le nom de la série pour confirmer : {{name}}',
    confirm: 'Purger',
    working: 'Sauvegarde, puis purge…',
    done_one: 'Données personnelles purgées : {{count}} participant anonymisé. La sauvegarde faite avant permet d’annuler.',
    done_other: 'Données personnelles purgées : {{count}} participants anonymisés. La sauvegarde faite avant permet d’annuler.',
    failed: 'Rien n’a été purgé : {{reason}}',
    noBackup: 'la sauvegarde préalable n’a pas pu être écrite',
    graceKept:
      'La sauvegarde faite avant la purge est conservée jusqu’au {{date}} : la purge peut encore être annulée (Paramètres → Sauvegardes → Restaurer). Ensuite, elle est supprimée d’elle-même et la purge devient définitive.',
    deleteNow: 'Supprimer maintenant',
    deleteNowLabel: 'Supprimer maintenant la sauvegarde faite avant la purge',
    deleteNowTitle: 'Supprimer la dernière copie des données personnelles ?',
    deleteNowText:
      'La sauvegarde faite avant la purge est la dernière copie, sur cet ordinateur, des noms et coordonnées de « {{name}} ». Une fois supprimée, la purge ne peut plus être annulée.',
    graceDeleted: 'La sauvegarde faite avant la purge a été supprimée : la purge est définitive.',
    backupsNotDeleted:
      'Données personnelles purgées, mais les sauvegardes antérieures n’ont pas toutes pu être supprimées ({{reason}}). Supprimez-les dans Paramètres → Sauvegardes.',
  },
  storage: {
    region: 'Alerte de stockage',
    notPersistent:
      'Le navigateur ne garantit pas la conservation des données de l’application : si le disque se remplit, il peut les effacer. Exportez la série de temps en temps pour en garder une copie.',
    quotaLow: 'Le stockage est presque plein : {{free}} restants pour l’application. Exportez la série, puis libérez de la place.',
    diskLow: 'Le disque est presque plein : {{free}} restants. Les sauvegardes risquent d’échouer. Exportez la série, puis libérez de la place.',
    export: 'Exporter',
    exportLabel: 'Exporter la série dans un fichier',
    dismiss: 'Masquer',
    dismissLabel: 'Masquer l’alerte de stockage',
  },
};
