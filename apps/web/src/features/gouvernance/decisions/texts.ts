import type { DecisionStatusName, DecisionSubjectKindName } from '@maillage/protocol'

/** The words of the register of decisions. */
export const decisionTexts = {
  pageTitle: 'Registre des décisions',
  intro:
    'Toutes les décisions des instances : relevés des séances, validation des nouveaux outils, étapes du programme d’accompagnement et saisies au registre.',
  loading: 'Chargement des décisions…',
  filters: 'Filtrer les décisions',
  search: 'Rechercher dans le registre',
  searchHint: 'Mots du texte, de l’objet ou du responsable (accents et majuscules indifférents).',
  instance: 'Instance',
  allInstances: 'Toutes les instances',
  status: 'Statut',
  allStatuses: 'Tous les statuts',
  subject: 'Objet',
  allSubjects: 'Tous les objets',
  from: 'Décidées à partir du',
  to: 'Décidées jusqu’au',
  owner: 'Responsable',
  overdue: 'En retard seulement',
  apply: 'Filtrer',
  reset: 'Effacer les filtres',
  csv: 'Télécharger la liste (CSV)',
  count: (total: number) =>
    total === 0
      ? 'Aucune décision ne correspond.'
      : total === 1
        ? '1 décision.'
        : `${total} décisions.`,
  empty: 'Aucune décision ne correspond à ces filtres.',
  previous: 'Page précédente',
  next: 'Page suivante',
  pageOf: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  decidedOn: (date: string, instance: string) => `${instance}, le ${date}`,
  subjectLabel: 'Objet :',
  ownerLabel: 'Responsable :',
  dueLabel: 'Échéance :',
  overdueBadge: 'En retard',
  sourceLabel: 'Origine :',
  followUps: 'Suivi',
  add: 'Ajouter une décision',
  addHeading: 'Ajouter une décision au registre',
  addInstance: 'Instance qui a décidé',
  addDate: 'Date de la décision',
  addText: 'Décision',
  addOwner: 'Responsable du suivi (facultatif)',
  addDue: 'Échéance (facultative)',
  addSubmit: 'Enregistrer la décision',
  added: 'Décision ajoutée au registre.',
  followUp: 'Changer le statut',
  followUpStatus: 'Nouveau statut',
  followUpNote: 'Note de suivi (facultative)',
  followUpSubmit: 'Enregistrer',
  followedUp: 'Statut mis à jour.',
  working: 'Un instant…',
  aboutHeading: 'Décisions',
  aboutLoading: 'Chargement des décisions…',
  aboutEmpty: 'Aucune décision ne concerne encore cet objet.',
} as const

/** The French label of each status. */
export const DECISION_STATUS_LABELS: Readonly<Record<DecisionStatusName, string>> = {
  'a-faire': 'À faire',
  'en-cours': 'En cours',
  fait: 'Fait',
  abandonne: 'Abandonné',
}

/** The French label of each kind of object. */
export const DECISION_SUBJECT_LABELS: Readonly<Record<DecisionSubjectKindName, string>> = {
  outil: 'Outil',
  document: 'Document',
  programme: 'Programme d’accompagnement',
  version: 'Version d’un document',
}
