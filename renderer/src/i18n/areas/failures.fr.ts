import type { Widen } from '../widen';
import type { failuresEn } from './failures.en';

/** Les échecs : une modification que la base n’a pas enregistrée, un écran qui ne répond plus. */
export const failuresFr: Widen<typeof failuresEn> = {
  notSaved: 'Non enregistré : {{what}}.',
  reasons: {
    'disk-full': 'Le disque est plein, ou le navigateur refuse davantage d’espace. Libérez de la place (ou exportez la série) puis réessayez.',
    'store-closed': 'La base de données a été fermée (mise à jour de l’application, ou autre fenêtre). Rechargez cet écran puis réessayez.',
    other: 'La base de données a refusé la modification. Réessayez ; si cela se reproduit, exportez la série et rechargez l’application.',
  },
  dismiss: 'Fermer',
  what: {
    checkIn: 'l’arrivée de {{name}}',
    undoCheckIn: 'l’annulation de l’arrivée de {{name}}',
    walkIn: 'l’inscription sur place de {{name}}',
    moderator: 'l’action de la console « {{action}} »',
    participant: 'la fiche de {{name}}',
    participants: 'la modification du registre',
    programme: 'la modification du programme',
    setting: 'le réglage',
    series: 'la modification de la série',
    import: 'l’importation',
    lock: 'la modification du verrouillage',
    purge: 'la purge des données personnelles',
    themes: 'les thèmes',
    logo: 'le logo de la série',
    roomDisplay: 'les réglages de l’écran de salle',
    change: 'une modification',
  },
  boundary: {
    title: 'Cet écran ne répond plus',
    help: 'Ce qui a été enregistré est en sécurité dans la base. Rechargez cet écran pour continuer ; s’il s’arrête encore, exportez la série depuis Paramètres.',
    reload: 'Recharger cet écran',
    details: 'Détails pour l’assistance',
  },
};
