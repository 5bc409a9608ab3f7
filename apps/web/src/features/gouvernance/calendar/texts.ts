import type { GovernanceCalendarKindName } from '@maillage/protocol'
import type { CalendarSubscriptionTexts } from '../../../ui/CalendarSubscriptionPanel.tsx'

/** The words of the governance's calendar. */
export const calendarPageTexts = {
  pageTitle: 'Calendrier de la gouvernance',
  intro:
    'Les séances des instances, les échéances de validation du programme d’accompagnement et les ateliers, mois par mois.',
  loading: 'Chargement du calendrier…',
  from: 'Du',
  to: 'Au',
  show: 'Afficher',
  empty: 'Rien n’est prévu sur cette période.',
  download: 'Télécharger le calendrier (.ics)',
  allDay: 'Toute la journée',
  untilDay: (day: string) => `jusqu’au ${day}`,
} as const

/** The French label of each kind of entry. */
export const CALENDAR_KIND_LABELS: Readonly<Record<GovernanceCalendarKindName, string>> = {
  seance: 'Séance',
  jalon: 'Échéance',
  atelier: 'Atelier',
}

/** The subscription panel's words for the governance's calendar. */
export const governanceFeedTexts: CalendarSubscriptionTexts = {
  heading: 'S’abonner au calendrier de la gouvernance',
  intro:
    'Une adresse personnelle pour voir les séances, les échéances et les ateliers dans votre agenda, mis à jour automatiquement.',
  loading: 'Chargement de votre abonnement…',
  inactive: 'Vous n’avez pas d’adresse d’abonnement active.',
  active: (at: string) => `Adresse d’abonnement active, créée le ${at}.`,
  activeUndated: 'Adresse d’abonnement active.',
  create: 'Créer mon adresse d’abonnement',
  regenerate: 'Générer une nouvelle adresse',
  regenerateHint: 'L’adresse actuelle cessera de fonctionner.',
  revoke: 'Révoquer l’abonnement',
  revoked: 'Abonnement révoqué : l’ancienne adresse ne fonctionne plus.',
  working: 'Un instant…',
  urlLabel: 'Votre adresse d’abonnement',
  showOnce:
    'Copiez-la maintenant : elle ne sera plus affichée. Gardez-la pour vous, elle donne accès à votre calendrier.',
  copy: 'Copier l’adresse',
  copied: 'Adresse copiée.',
  copyFailed: 'La copie a échoué : sélectionnez l’adresse et copiez-la.',
  howTo: 'Comment l’ajouter',
  outlook:
    'Outlook : Calendrier › Ajouter un calendrier › S’abonner à partir du web, puis collez l’adresse.',
  thunderbird:
    'Thunderbird : Agenda › Nouvel agenda › Sur le réseau, collez l’adresse, puis choisissez le format iCalendar (ICS).',
  phone:
    'Agenda du téléphone : sur Android, ajoutez l’adresse dans Google Agenda sur ordinateur (Autres agendas › À partir de l’URL) ; sur iPhone, Réglages › Calendrier › Comptes › Ajouter un compte › Autre › Calendrier avec abonnement.',
}
