import { clpeSpaceId, type MaturityLevel, type SpaceId } from '@maillage/schema'

// The demo démarche de progression: one past campaign answered by six CLPE, one open campaign.

/** What the justification of a question says at a low level (1–2) and at an advanced one (3–4). */
export interface QuestionJustifications {
  readonly low: string
  readonly advanced: string
}

/** A justification per question of `MATURITY_GRID`, keyed by question id. */
export const MATURITY_JUSTIFICATIONS: Readonly<Record<string, QuestionJustifications>> = {
  copresidence: {
    low: 'Les coprésidents se sont réunis deux fois ; l’ordre du jour reste préparé par l’État seul.',
    advanced:
      'Le sous-préfet et la vice-présidente de l’EPCI arrêtent ensemble l’ordre du jour et arbitrent les priorités ; les décisions sont reprises à chaque séance.',
  },
  'participation-membres': {
    low: 'La participation repose surtout sur France Travail, la mission locale et l’État.',
    advanced:
      'Le département, Cap emploi, deux PLIE et le club d’entreprises contribuent aux groupes de travail entre les séances.',
  },
  'appui-operationnel': {
    low: 'Les comptes rendus sont diffusés, sans relevé de décisions suivi.',
    advanced:
      'Un relevé de décisions est tenu par l’appui opérationnel et revu en début de chaque séance ; les documents sont dans l’espace du CLPE.',
  },
  'groupes-de-travail': {
    low: 'Un groupe mobilité a été lancé mais ne s’est réuni qu’une fois.',
    advanced:
      'Trois groupes (mobilité, recrutement des entreprises, jeunes NEET) ont chacun un pilote et un calendrier ; leurs livrables sont présentés en plénière.',
  },
  'lien-core-territoires': {
    low: 'Les remontées vers le CoRE se font à la demande, sans circuit établi.',
    advanced:
      'Les sujets supra-territoriaux sont remontés au CoRE par les échanges et partagés avec les CLPE voisins du bassin.',
  },
  'diagnostic-partage': {
    low: 'Le diagnostic reprend les chiffres de France Travail, sans lecture commune des partenaires.',
    advanced:
      'Le diagnostic territorial a été construit avec les partenaires à partir des données INSEE, DARES et C2RP, et validé en séance.',
  },
  'feuille-de-route': {
    low: 'La feuille de route liste des intentions, sans responsable ni échéance.',
    advanced:
      'La feuille de route découle du diagnostic : chaque action a un porteur, une échéance et des indicateurs.',
  },
  'orientation-accompagnement': {
    low: 'Chaque opérateur oriente selon ses propres règles ; les doublons sont fréquents.',
    advanced:
      'Les critères d’orientation sont partagés entre France Travail, la mission locale et le département ; les situations complexes passent en commission commune.',
  },
  'service-entreprises': {
    low: 'Les entreprises sont sollicitées par plusieurs opérateurs sans coordination.',
    advanced:
      'Une task force entreprises coordonne les contacts ; chaque recruteur a un interlocuteur unique.',
  },
  'freins-peripheriques': {
    low: 'Les freins de mobilité et de garde d’enfants sont connus, sans réponse organisée.',
    advanced:
      'Une plateforme mobilité et des places de crèche réservées sont mobilisées ; leur usage est suivi chaque trimestre.',
  },
  'logique-de-pilotage': {
    low: 'Le suivi porte sur les moyens engagés et le nombre de personnes reçues.',
    advanced:
      'Les actions sont revues chaque semestre au regard de leurs résultats ; deux actions sans effet ont été réorientées.',
  },
  'indicateurs-actions': {
    low: 'Les fiches action comptent des indicateurs d’activité, rarement chiffrés.',
    advanced:
      'Chaque fiche action a au moins un indicateur de résultat chiffré et daté, avec sa valeur de départ et sa cible.',
  },
  'suivi-des-actions': {
    low: 'L’état des actions est fait oralement en séance.',
    advanced:
      'Le tableau de bord des actions est mis à jour avant chaque séance ; les actions en retard sont signalées.',
  },
  'bilan-des-actions': {
    low: 'Les actions terminées ne font pas l’objet d’un bilan écrit.',
    advanced:
      'Chaque action terminée a un bilan (efficacité, reconduction) discuté en séance avant toute reconduction.',
  },
  'partage-des-donnees': {
    low: 'Chaque partenaire garde ses données ; aucun indicateur n’est partagé.',
    advanced:
      'Les partenaires partagent leurs indicateurs agrégés chaque trimestre dans l’espace du CLPE.',
  },
  'cartographie-offre': {
    low: 'L’offre de services n’est pas recensée au-delà des principaux opérateurs.',
    advanced:
      'L’offre d’insertion du territoire est recensée dans DORA et mise à jour par ses porteurs.',
  },
  'connaissance-mutuelle': {
    low: 'Les professionnels se connaissent surtout par les réunions institutionnelles.',
    advanced:
      'Des matinales réunissent les conseillers des différentes structures chaque trimestre ; un annuaire partagé est tenu.',
  },
  'mutualisation-moyens': {
    low: 'Aucun moyen n’est mis en commun entre les structures.',
    advanced:
      'Des locaux et des sessions d’information collectives sont mutualisés entre France Travail et la mission locale.',
  },
  'visibilite-offre': {
    low: 'Chaque structure communique seule sur son offre.',
    advanced:
      'Une page commune présente l’offre du territoire aux personnes et aux entreprises ; les forums sont organisés ensemble.',
  },
  'partage-entre-territoires': {
    low: 'Peu d’échanges avec les autres CLPE en dehors des réunions régionales.',
    advanced:
      'Le CLPE a présenté deux retours d’expérience aux autres territoires et repris une action d’un CLPE voisin.',
  },
}

/** One CLPE's answers to the past campaign: its levels in the order of the grid's questions. */
export interface SeededAssessment {
  readonly spaceId: SpaceId
  /** The demo person who submitted it, if one of that CLPE exists. */
  readonly submittedByEmail: string | null
  /** Days after the campaign's first day. */
  readonly submittedAfterDays: number
  readonly levels: readonly MaturityLevel[]
}

/** The past campaign of the demo, answered by six CLPE with varied profiles. */
export const PAST_CAMPAIGN = {
  title: 'Démarche de progression 2025',
  opensAt: '2025-09-15',
  closesAt: '2025-11-28',
} as const

/** The open campaign of the demo: from the seed's day for 60 days, nothing submitted yet. */
export const OPEN_CAMPAIGN = { title: 'Démarche de progression 2026', days: 60 } as const

/** The six CLPE that answered the past campaign. */
export const SEEDED_ASSESSMENTS: readonly SeededAssessment[] = [
  {
    spaceId: clpeSpaceId('CLPE59004'),
    submittedByEmail: 'lille@demo.maillage.fr',
    submittedAfterDays: 52,
    levels: [3, 3, 4, 3, 3, 3, 3, 3, 2, 2, 2, 3, 2, 2, 2, 3, 3, 2, 2, 2],
  },
  {
    spaceId: clpeSpaceId('CLPE62005'),
    submittedByEmail: 'lens@demo.maillage.fr',
    submittedAfterDays: 60,
    levels: [3, 2, 3, 2, 3, 3, 2, 3, 3, 3, 2, 2, 2, 1, 2, 2, 3, 2, 2, 3],
  },
  {
    spaceId: clpeSpaceId('CLPE62002'),
    submittedByEmail: null,
    submittedAfterDays: 44,
    levels: [2, 2, 2, 2, 3, 2, 2, 2, 2, 3, 1, 2, 2, 1, 1, 2, 2, 2, 1, 2],
  },
  {
    spaceId: clpeSpaceId('CLPE59002'),
    submittedByEmail: null,
    submittedAfterDays: 67,
    levels: [3, 3, 3, 3, 2, 3, 3, 2, 2, 2, 2, 3, 3, 2, 2, 2, 2, 1, 2, 2],
  },
  {
    spaceId: clpeSpaceId('CLPE80002'),
    submittedByEmail: null,
    submittedAfterDays: 38,
    levels: [4, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3],
  },
  {
    spaceId: clpeSpaceId('CLPE59003'),
    submittedByEmail: null,
    submittedAfterDays: 70,
    levels: [2, 1, 2, 1, 2, 2, 2, 1, 2, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2],
  },
]
