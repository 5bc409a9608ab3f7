import type { ProgrammeLineKindName, ProgrammeStepName } from '@maillage/protocol'

/** The words of the « Programme d’accompagnement » page. */
export const programmeTexts = {
  title: 'Programme d’accompagnement',
  intro:
    'L’offre coordonnée de services des partenaires aux CLPE : webinaires, ateliers, outils, appui ' +
    'méthodologique et livrables, ses versions, sa validation par les instances et son suivi.',
  loading: 'Chargement du programme…',
  empty: 'Aucune version du programme n’a encore été rédigée.',
  versionHeading: (number: number, title: string) => `Version ${number} — ${title}`,
  stepperLabel: 'Étapes de validation',
  currentStep: 'étape en cours',
  doneStep: 'étape franchie',
  moveTo: (label: string) => `Passer à « ${label} »`,
  moved: (label: string) => `Le programme est passé à l’étape « ${label} ».`,
  sendBack: 'Renvoyer à l’équipe régionale',
  sendBackReason: 'Motif du renvoi',
  sendBackConfirm: 'Renvoyer',
  sentBack: 'Le programme a été renvoyé à l’équipe régionale.',
  cancel: 'Annuler',
  history: 'Historique des étapes',
  historyEntry: (label: string, by: string, at: string) => `${label} — ${by}, le ${at}`,
  sentBackEntry: (by: string, at: string, reason: string) =>
    `Renvoyé à l’équipe régionale par ${by}, le ${at} : ${reason}`,
  readOnly: 'Vous consultez le programme ; sa rédaction revient à l’équipe régionale.',
  lines: 'Lignes du programme',
  groupBy: 'Regrouper par',
  byPartner: 'Partenaire',
  byKind: 'Type de contribution',
  noLines: 'Cette version ne compte encore aucune ligne.',
  audience: 'Public visé',
  period: 'Période',
  clpe: 'CLPE concernés',
  allClpe: 'Tous les CLPE',
  target: (count: number) => `Cible : ${count} CLPE`,
  addLine: 'Ajouter une ligne',
  editLine: 'Modifier',
  editLineOf: (title: string) => `Modifier la ligne « ${title} »`,
  deleteLine: 'Supprimer',
  deleteLineOf: (title: string) => `Supprimer la ligne « ${title} »`,
  lineSaved: 'La ligne est enregistrée.',
  lineDeleted: 'La ligne est supprimée.',
  lineForm: {
    partner: 'Partenaire',
    kind: 'Type de contribution',
    title: 'Intitulé',
    description: 'Description',
    audience: 'Public visé (facultatif)',
    period: 'Période (facultatif)',
    target: 'Nombre de CLPE visés (facultatif)',
    save: 'Enregistrer la ligne',
  },
  newVersion: 'Nouvelle version',
  newVersionTitle: 'Titre de la nouvelle version',
  newVersionHelp: 'La nouvelle version reprend toutes les lignes de la version actuelle.',
  createVersion: 'Créer la version',
  versions: 'Versions',
  compare: 'Comparer',
  compareFrom: 'Version de départ',
  compareTo: 'Version d’arrivée',
  comparisonTitle: (from: number, to: number) => `De la version ${from} à la version ${to}`,
  added: 'Lignes ajoutées',
  removed: 'Lignes retirées',
  changed: 'Lignes modifiées',
  noDifference: 'Aucune différence entre ces deux versions.',
  changedFields: (fields: string) => `Modifié : ${fields}`,
  followUp: 'Suivi',
  delivered: 'Réalisé',
  nothingDelivered: 'Rien n’est encore rattaché à cette ligne.',
  clpeReached: (reached: number, target: number | undefined) =>
    target === undefined
      ? `${reached} CLPE touché(s)`
      : `${reached} CLPE touché(s) sur ${target} visés`,
  surveySignal: (tool: string, mean: string, answers: number) =>
    `Enquête : « ${tool} » jugé utile à ${mean}/5 (${answers} réponse(s))`,
  adjustment: 'appelle un ajustement',
  decisions: 'Décisions sur le programme',
  mention: 'Ligne du programme',
} as const

/** The French label of each step, as the stepper shows it. */
export const STEP_LABELS: Readonly<Record<ProgrammeStepName, string>> = {
  propose: 'Proposé',
  'valide-copil': 'Validé en COPIL',
  'valide-bureau-core': 'Validé par le bureau du CoRE',
  'presente-clpe': 'Présenté aux CLPE',
}

/** The steps in their order. */
export const STEPS: readonly ProgrammeStepName[] = [
  'propose',
  'valide-copil',
  'valide-bureau-core',
  'presente-clpe',
]

/** The French label of each kind of line. */
export const KIND_LABELS: Readonly<Record<ProgrammeLineKindName, string>> = {
  webinaire: 'Webinaire',
  atelier: 'Atelier',
  outil: 'Outil',
  'appui-methodologique': 'Appui méthodologique',
  livrable: 'Livrable',
}

/** The French name of each field a comparison lists. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  partner: 'partenaire',
  kind: 'type',
  title: 'intitulé',
  description: 'description',
  audience: 'public visé',
  period: 'période',
  clpeSpaceIds: 'CLPE concernés',
  targetClpeCount: 'cible',
}
