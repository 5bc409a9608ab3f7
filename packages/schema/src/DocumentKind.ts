/** The kinds of document people write in Maillage (fields and templates come with each kind). */
export const DocumentKind = {
  Diagnostic: 'diagnostic',
  FeuilleDeRoute: 'feuille-de-route',
  FicheAction: 'fiche-action',
  Outil: 'outil',
  Atelier: 'atelier',
  Discussion: 'discussion',
  CompteRendu: 'compte-rendu',
  Avis: 'avis',
  Note: 'note',
  Synthese: 'synthese',
  Lettre: 'lettre',
  Page: 'page',
  AutoEvaluation: 'auto-evaluation',
  BilanPilotage: 'bilan-pilotage',
  Seance: 'seance',
} as const
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind]

/** French label of each kind, as shown to people. */
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  diagnostic: 'Diagnostic territorial partagé',
  'feuille-de-route': 'Feuille de route',
  'fiche-action': 'Fiche action',
  outil: 'Fiche outil',
  atelier: 'Atelier',
  discussion: 'Discussion',
  'compte-rendu': 'Compte rendu',
  avis: 'Avis',
  note: 'Note (veille, synthèse)',
  synthese: 'Synthèse de rapports',
  lettre: 'Lettre d’information',
  page: 'Page',
  'auto-evaluation': 'Auto-évaluation (démarche de progression)',
  'bilan-pilotage': 'Bilan pour le bureau du CoRE',
  seance: 'Séance',
}

const documentKinds: ReadonlySet<string> = new Set(Object.values(DocumentKind))

/** Tells whether a string is one of the {@link DocumentKind} values. */
export function isDocumentKind(value: string): value is DocumentKind {
  return documentKinds.has(value)
}

/**
 * The kinds created through their own workflow, never as a blank document of a space: an atelier
 * from the programme (`POST /api/ateliers`, espace régional), a thread from the échanges
 * (`POST /api/echanges`), which also keep records beside the document; a maturity
 * self-assessment from its campaign, a bilan for the bureau du CoRE drafted from the regional view.
 */
export const KINDS_WITH_OWN_WORKFLOW: ReadonlySet<DocumentKind> = new Set([
  DocumentKind.Atelier,
  DocumentKind.Discussion,
  DocumentKind.AutoEvaluation,
  DocumentKind.BilanPilotage,
  DocumentKind.Seance,
])
