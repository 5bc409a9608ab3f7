/** The French text of the boîte à outils. */
export const toolboxTexts = {
  pageTitle: 'Boîte à outils',
  intro:
    'Les outils existants que les CLPE peuvent mobiliser : diagnostic, suivi et pilotage, dispositifs de droit commun, méthodes. Un nouvel outil n’est créé que si aucun outil existant ne peut être adapté, après validation par le comité de pilotage.',
  propose: 'Proposer un outil',
  proposals: 'Propositions d’outils',
  loading: 'Chargement du catalogue…',
  filters: 'Filtrer le catalogue',
  search: 'Rechercher',
  searchHint: 'Nom, porteur ou description',
  type: 'Type',
  theme: 'Thématique',
  porteur: 'Porteur',
  echelle: 'Échelle',
  statut: 'Statut',
  sort: 'Trier par',
  sortUsage: 'Nombre de CLPE qui l’utilisent',
  sortTitle: 'Nom',
  all: 'Tous',
  count: (n: number) => (n === 1 ? '1 outil' : `${n} outils`),
  none: 'Aucun outil ne correspond à ces critères.',
  open: 'Ouvrir la fiche',
  visit: 'Accéder à l’outil',
  usedBy: (n: number) =>
    n === 0
      ? 'Aucun CLPE ne l’utilise encore'
      : n === 1
        ? 'Utilisé par 1 CLPE'
        : `Utilisé par ${n} CLPE`,
  usefulness: 'Utilité',
  ease: 'Facilité',
  outOf5: (value: number | null) =>
    value === null ? 'non notée' : `${value.toFixed(1).replace('.', ',')} / 5`,
  level: (value: number | null) => (value === null ? 'non notée' : `${value}/5`),
  notRated: '— Non noté —',
  commentsHeading: 'Ce qu’en disent les CLPE',
  usageHeading: 'Pour notre CLPE',
  usedByUs: 'Utilisé par notre CLPE',
  usefulnessLabel: 'Utilité (1 à 5)',
  easeLabel: 'Facilité de prise en main (1 à 5)',
  comment: 'Commentaire (facultatif)',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
  removeUsage: 'Ne plus marquer comme utilisé',
  forSpace: (name: string) => `Au nom de : ${name}`,
  forSpaceLabel: 'Au nom du CLPE',
  spaceToolsHeading: 'Outils de la boîte à outils utilisés',
  spaceToolsNone: 'Ce CLPE n’a encore indiqué aucun outil utilisé.',
} as const

/** The French text of tool proposals. */
export const proposalTexts = {
  formTitle: 'Proposer un nouvel outil',
  formIntro:
    'Un nouvel outil n’est créé que si aucun outil existant ne peut être adapté. Indiquez les outils existants que vous avez examinés et pourquoi aucun ne convient : le comité de pilotage en décidera.',
  title: 'Nom de l’outil proposé',
  description: 'À quoi il servirait, pour qui',
  porteur: 'Porteur envisagé (facultatif)',
  lien: 'Lien (facultatif)',
  type: 'Type',
  thematiques: 'Thématiques',
  considered: 'Outils existants examinés',
  consideredHint: 'Au moins un, avec la raison pour laquelle il ne peut pas être adapté.',
  consideredTool: (n: number) => `Outil examiné ${n}`,
  consideredChoice: 'Outil du catalogue',
  consideredOther: 'Autre outil (hors catalogue)',
  consideredName: 'Nom de l’outil',
  why: 'Pourquoi il ne peut pas être adapté',
  addConsidered: 'Ajouter un outil examiné',
  removeConsidered: (n: number) => `Retirer l’outil examiné ${n}`,
  submit: 'Envoyer la proposition',
  submitting: 'Envoi…',
  listTitle: 'Propositions d’outils',
  listEmpty: 'Aucune proposition pour l’instant.',
  proposedBy: (name: string, at: string) => `Proposé par ${name} le ${at}`,
  history: 'Historique',
  step: (status: string, name: string, at: string) => `${status} — ${name}, le ${at}`,
  decide: 'Décision du comité de pilotage',
  decision: 'Décision',
  rationale: 'Motivation écrite',
  rationaleHint: 'Obligatoire pour valider ou refuser (20 caractères au moins).',
  apply: 'Enregistrer la décision',
  applying: 'Enregistrement…',
  createdTool: 'Voir la fiche outil créée',
  considerations: 'Outils existants examinés',
  back: 'Toutes les propositions',
} as const

/** French labels of the proposal statuses. */
export const PROPOSAL_STATUS_LABELS: Readonly<Record<string, string>> = {
  propose: 'Proposé',
  'en-examen': 'En examen',
  valide: 'Validé',
  refuse: 'Refusé',
}

/** French labels of the decisions a comité de pilotage member can take, by target status. */
export const TRANSITION_LABELS: Readonly<Record<string, string>> = {
  'en-examen': 'Mettre en examen',
  valide: 'Valider (créer la fiche outil « nouveau »)',
  refuse: 'Refuser',
}
