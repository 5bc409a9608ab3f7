import type { MeetingAttendanceStatusName, MeetingStatusName } from '@maillage/protocol'

// The French texts of the séances, in one place.

export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatusName, string>> = {
  preparation: 'En préparation',
  convoquee: 'Convoquée',
  'en-cours': 'En cours',
  close: 'Close',
}

export const ATTENDANCE_LABELS: Readonly<Record<MeetingAttendanceStatusName, string>> = {
  present: 'Présent(e)',
  excuse: 'Excusé(e)',
  absent: 'Absent(e)',
  represente: 'Représenté(e)',
}

export const meetingListTexts = {
  pageTitle: 'Séances',
  intro:
    'Les séances des instances de gouvernance : ordre du jour préparé ensemble, convocation, présences et relevé de décisions.',
  loading: 'Chargement des séances…',
  create: 'Nouvelle séance',
  upcoming: 'À venir',
  past: 'Passées',
  noneUpcoming: 'Aucune séance à venir.',
  nonePast: 'Aucune séance passée.',
  instanceFilter: 'Instance',
  allInstances: 'Toutes les instances',
} as const

export const newMeetingTexts = {
  pageTitle: 'Nouvelle séance',
  back: 'Retour aux séances',
  intro:
    'Indiquez l’instance, la date et le lieu : l’ordre du jour se prépare ensuite, à plusieurs, sur la page de la séance.',
  instance: 'Instance',
  chooseInstance: 'Choisissez une instance',
  title: 'Intitulé de la séance',
  date: 'Date',
  time: 'Heure',
  timeHint: 'Heure de Paris.',
  duration: 'Durée (minutes)',
  place: 'Lieu (facultatif)',
  visioLink: 'Lien de visio (facultatif)',
  visioHint: 'Visible des seuls membres, jamais dans le document partagé.',
  submit: 'Créer la séance',
  submitting: 'Création…',
  noInstance:
    'Vous ne gérez aucune instance : seules l’équipe régionale et les animateurs de l’espace d’une instance créent ses séances.',
  required: (what: string) => `Indiquez ${what}.`,
} as const

export const meetingTexts = {
  loading: 'Chargement de la séance…',
  back: 'Séances',
  when: 'Date',
  place: 'Lieu',
  visio: 'Rejoindre la visio',
  newWindow: '(nouvelle fenêtre)',
  status: 'Statut',
  ics: 'Ajouter à mon agenda (.ics)',
  quorum: 'Quorum',
  quorumLine: (present: number, required: number, members: number) =>
    `${present} présent(s) ou représenté(s) sur ${members} membre(s) — ${required} requis`,
  quorumReached: 'Quorum atteint',
  quorumMissing: 'Quorum non atteint',
  convoke: 'Convoquer les membres',
  reconvoke: 'Convoquer à nouveau',
  convokeQuestion: 'Envoyer la convocation à chaque membre de l’instance ?',
  convokeDetails:
    'Chaque membre ayant un compte reçoit une notification et un courriel avec l’ordre du jour.',
  convoking: 'Envoi…',
  convokeConfirm: 'Envoyer la convocation',
  cancel: 'Annuler',
  convoked: (notified: number, withoutAccount: number, again: boolean) =>
    `${again ? 'Nouvelle convocation' : 'Convocation'} envoyée à ${notified} membre(s)` +
    (withoutAccount > 0 ? ` ; ${withoutAccount} membre(s) sans compte à prévenir autrement.` : '.'),
  open: 'Ouvrir la séance',
  opening: 'Ouverture…',
  close: 'Clore la séance',
  closeQuestion: 'Clore la séance ?',
  closeDetails:
    'Les décisions du relevé sont inscrites au registre des décisions ; le relevé ne sera plus modifiable que par l’équipe qui gère l’instance.',
  closing: 'Clôture…',
  closed: (count: number) => `Séance close : ${count} décision(s) inscrite(s) au registre.`,
  register: 'Voir le registre des décisions',
  agenda: 'Ordre du jour',
  agendaHint:
    'Les points se rédigent à plusieurs, en direct : titre, présentateur, durée et documents joints (de tout espace que vous pouvez lire).',
  attachments: 'Documents joints',
  hiddenAttachment: 'Document non accessible',
  noAgenda: 'Aucun point à l’ordre du jour pour l’instant.',
  attendance: 'Présences',
  member: 'Membre',
  body: 'Organisme',
  presence: 'Présence',
  notRecorded: 'Non renseignée',
  representedBy: 'Représenté(e) par',
  save: 'Enregistrer',
  excuseSelf: 'Je serai excusé(e)',
  noMembers: 'Cette instance n’a pas de membre actif à la date de la séance.',
  releve: 'Relevé de décisions',
  releveHint:
    'Le relevé s’écrit en direct pendant la séance : le texte des échanges, puis chaque décision avec son objet, son responsable et son échéance.',
  notes: 'Relevé des échanges',
  readOnly: 'Vous lisez cette séance sans la modifier.',
  closedNotice: 'Séance close : le relevé est figé.',
} as const

/** « 10 février 2027 à 09:30 » in Paris time. */
export function formatMeetingTime(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso))
}
