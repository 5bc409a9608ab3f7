import { formatCount } from '../../ui/plural.ts'
import { regionalNavTexts } from './navTexts.ts'

// Guillemets hold their words with no-break spaces (\u00a0), so that a line never starts with ».

/** The French text of the regional view « Pilotage régional ». */
export const regionalTexts = {
  pageTitle: 'Pilotage régional',
  navLink: regionalNavTexts.navLabel,
  intro:
    'Les 26 comités locaux pour l’emploi côte à côte, calculés à partir des fiches action, des indicateurs et des autoévaluations enregistrés dans Maillage. Chiffres agrégés : rien n’y identifie un demandeur d’emploi.',
  loading: 'Chargement de la vue régionale…',
  builtAt: (when: string) =>
    `Chiffres à jour au ${when} ; ils se mettent à jour à chaque enregistrement.`,
  refusedTitle: 'Accès réservé',
  refused:
    'La vue régionale est réservée à l’équipe régionale et aux membres du CoRE et du comité des territoires. Les chiffres de votre CLPE sont dans la page «\u00a0Pilotage\u00a0» de son espace.',
  backHome: 'Revenir à l’accueil',

  totalsHeading: 'Chiffres clés de la région',
  totalActions: 'Actions',
  totalQuantified: 'Avec indicateur d’impact chiffré et daté',
  totalQuality: 'Qualité moyenne des fiches',
  totalStale: 'À actualiser',
  totalSupra: 'Sujets supra-territoriaux',
  byStatusHeading: 'Actions par statut',
  noStatus: 'Sans statut',

  filtersLegend: 'Filtrer la vue régionale',
  thematique: 'Thématique',
  public: 'Public',
  departement: 'Département',
  allThematiques: 'Toutes les thématiques',
  allPublics: 'Tous les publics',
  allDepartements: 'Tous les départements',
  resetFilters: 'Effacer les filtres',
  departementScope:
    'Le filtre Département choisit les lignes du tableau ; les chiffres clés, le graphique et les indicateurs nationaux portent sur toute la région.',

  tableHeading: 'Les CLPE côte à côte',
  tableCaption: (shown: number) =>
    `${formatCount(shown, 'CLPE', 'CLPE')} ; cliquez un en-tête de colonne pour trier.`,
  tableHint: 'Le nom d’un CLPE ouvre son tableau de bord, en lecture seule pour la région.',
  maturityLegend: (themes: string) =>
    `Niveau de maturité : celui de la dernière autoévaluation soumise, de 1 (émergent) à 4 (à impact démontré), puis par thème — ${themes}.`,
  noRows: 'Aucun CLPE ne correspond à ces filtres.',
  colName: 'CLPE',
  colDepartement: 'Département',
  colActions: 'Actions',
  colEnCours: 'En cours',
  colTerminees: 'Terminées',
  colStale: 'À actualiser',
  colQuantified: 'Part avec indicateurs d’impact',
  colQuality: 'Qualité moyenne',
  colMaturity: 'Niveau de maturité',
  colSupra: 'Sujets supra-territoriaux',
  colPublics: 'Publics principaux',
  publicsLegend: (count: number) =>
    `Publics principaux : les ${count} publics visés par le plus d’actions du CLPE, avec leur nombre d’actions — DE : demandeurs d’emploi, DELD : demandeurs d’emploi de longue durée, BRSA : bénéficiaires du RSA, BOETH : travailleurs handicapés, QPV : habitants des quartiers prioritaires, NEET : jeunes ni en emploi, ni en études, ni en formation.`,
  sortBy: (column: string) => `Trier par ${column.toLowerCase()}`,
  noMaturity: 'Pas d’autoévaluation',
  maturityIncomplete: 'Autoévaluation incomplète',
  themeLevel: (label: string, level: number | null) =>
    `${label} : ${level === null ? 'non évalué' : `${level}\u00a0/\u00a04`}`,
  none: '—',

  thematiqueChart: {
    heading: 'Actions par thématique dans la région',
    intro:
      'Une action compte une fois dans chacune de ses thématiques. Le tableau ci-dessous donne les mêmes chiffres que le graphique.',
    caption: 'Nombre d’actions par thématique',
    optionHeader: 'Thématique',
    countHeader: 'Actions',
    empty: 'Aucune action ne porte encore de thématique.',
  },
  publicChart: {
    heading: 'Actions par public dans la région',
    intro:
      'Une action compte une fois pour chacun des publics qu’elle vise. Le tableau ci-dessous donne les mêmes chiffres que le graphique.',
    caption: 'Nombre d’actions par public visé',
    optionHeader: 'Public',
    countHeader: 'Actions',
    empty: 'Aucune action ne précise encore les publics qu’elle vise.',
  },

  kpiHeading: 'Contribution aux indicateurs nationaux',
  kpiIntro:
    'Pour chaque indicateur du réseau pour l’emploi (CNE), les actions dont un indicateur y est rattaché.',
  kpiNone: 'Aucune action n’y est encore rattachée.',
  kpiCount: (n: number) => formatCount(n, 'action', 'actions'),

  bilanHeading: 'Rédiger le bilan pour le bureau du CoRE',
  bilanIntro:
    'Maillage rédige un document de l’espace régional avec les chiffres de la période, figés à la date de rédaction et sourcés ; l’équipe régionale le complète ensuite ensemble.',
  bilanStart: 'Début de la période',
  bilanEnd: 'Fin de la période',
  bilanSubmit: 'Rédiger le bilan',
  bilanPending: 'Rédaction du bilan…',
  bilanStartMissing: 'Indiquez le début de la période.',
  bilanEndMissing: 'Indiquez la fin de la période.',
  bilanOrder: 'La fin de la période doit être le jour de son début ou après.',
} as const

/** A share (0–1) as a rounded French percentage, or a dash when there is none. */
export function percentText(ratio: number | null): string {
  return ratio === null ? regionalTexts.none : `${Math.round(ratio * 100)}\u00a0%`
}

/** A quality score out of 100, rounded, or a dash. */
export function qualityText(score: number | null): string {
  return score === null ? regionalTexts.none : `${Math.round(score)}\u00a0/\u00a0100`
}
