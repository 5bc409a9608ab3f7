import type { VeilleStatus } from '../persistence/records/VeilleItem.ts'
import type { VeilleItemInput } from '../veille/veilleInput.ts'

/** One item of the demo veille: who proposes it, how the regional team curated it. */
export interface VeilleSeed {
  /** Demo account that proposes it (`lille`, `lens`, `admin`). */
  readonly by: 'lille' | 'lens' | 'admin'
  /** Days before the seed's day it was published. */
  readonly ageDays: number
  readonly status: VeilleStatus
  readonly selectedForLettre?: boolean
  readonly item: Omit<VeilleItemInput, 'publishedOn'>
}

// Plausible studies of the sources of DOMAIN.md. The links are the sources' home pages, never
// invented addresses that would pretend to be the studies themselves.
export const VEILLE_SEEDS: readonly VeilleSeed[] = [
  {
    by: 'admin',
    ageDays: 6,
    status: 'publie',
    selectedForLettre: true,
    item: {
      title: 'Enquête Besoins en main-d’œuvre : les intentions d’embauche en Hauts-de-France',
      url: 'https://www.francetravail.org/',
      source: 'France Travail',
      summary:
        'Les employeurs de la région prévoient des recrutements en hausse dans les services à la personne, la logistique et le BTP ; plus d’un projet sur deux est jugé difficile. Les zones d’emploi de Lille et de Roubaix-Tourcoing concentrent le tiers des projets.',
      thematiques: ['recrutement', 'attractivite'],
      territories: ['region'],
    },
  },
  {
    by: 'admin',
    ageDays: 12,
    status: 'publie',
    selectedForLettre: true,
    item: {
      title: 'Les métiers en tension en 2025 : une tension plus forte dans le soin et l’industrie',
      url: 'https://dares.travail-emploi.gouv.fr/',
      source: 'Dares',
      summary:
        'Les indicateurs de tension par métier, mis à jour pour 2025 : intensité des embauches, manque de main-d’œuvre disponible, conditions de travail. Les aides-soignants, les chaudronniers et les conducteurs routiers restent parmi les métiers les plus en tension.',
      thematiques: ['recrutement', 'formation'],
      territories: ['region'],
    },
  },
  {
    by: 'lille',
    ageDays: 20,
    status: 'publie',
    item: {
      title: 'Taux de chômage localisés : le Nord et l’Aisne au-dessus de la moyenne nationale',
      url: 'https://www.insee.fr/',
      source: 'Insee',
      summary:
        'Les taux de chômage trimestriels par zone d’emploi et par département. Les écarts entre zones d’emploi d’un même département restent marqués : à lire avant de comparer deux CLPE.',
      thematiques: ['accompagnement'],
      territories: ['59', '02'],
    },
  },
  {
    by: 'admin',
    ageDays: 27,
    status: 'publie',
    selectedForLettre: true,
    item: {
      title: 'Portrait des formations aux métiers de la transition écologique en Hauts-de-France',
      url: 'https://www.c2rp.fr/',
      source: 'CARIF-OREF Hauts-de-France (C2RP)',
      summary:
        'Une cartographie de l’offre de formation liée aux filières REV3 : rénovation énergétique, méthanisation, mobilités décarbonées. Les entrées en formation progressent, mais restent concentrées autour de la métropole lilloise.',
      thematiques: ['formation', 'transitions'],
      territories: ['region'],
    },
  },
  {
    by: 'lens',
    ageDays: 35,
    status: 'publie',
    item: {
      title:
        'Mobilité et accès à l’emploi dans le bassin minier : les freins des demandeurs d’emploi',
      url: 'https://www.hautsdefrance.fr/',
      source: 'Région Hauts-de-France',
      summary:
        'Une note sur les aides régionales à la mobilité (permis, location de véhicules, transport à la demande) et leur recours dans les territoires du bassin minier.',
      thematiques: ['mobilite'],
      territories: ['clpe-62005', '62'],
    },
  },
  {
    by: 'admin',
    ageDays: 44,
    status: 'publie',
    item: {
      title: 'Les jeunes ni en emploi, ni en études, ni en formation : repérer et accompagner',
      url: 'https://www.unml.info/',
      source: 'Union nationale des missions locales',
      summary:
        'Des pratiques de repérage des NEET par les missions locales et leurs partenaires : maraudes, permanences dans les quartiers, partenariats avec les clubs sportifs.',
      thematiques: ['accompagnement', 'orientation'],
      territories: ['region'],
    },
  },
  {
    by: 'admin',
    ageDays: 52,
    status: 'publie',
    item: {
      title: 'Emploi des personnes en situation de handicap : le tableau de bord régional',
      url: 'https://www.agefiph.fr/',
      source: 'Agefiph',
      summary:
        'Les demandeurs d’emploi bénéficiaires de l’obligation d’emploi, leur ancienneté d’inscription et l’offre d’accompagnement de Cap emploi dans les cinq départements.',
      thematiques: ['accompagnement'],
      territories: ['region'],
    },
  },
  {
    by: 'lille',
    ageDays: 63,
    status: 'publie',
    item: {
      title: 'Les projets de recrutement des entreprises de la métropole lilloise',
      url: 'https://hauts-de-france.dreets.gouv.fr/',
      source: 'DREETS Hauts-de-France',
      summary:
        'Synthèse des échanges de la task force entreprises : les difficultés de recrutement dans l’hôtellerie-restauration et la propreté, les actions de job dating menées avec les missions locales.',
      thematiques: ['recrutement'],
      territories: ['clpe-59004'],
    },
  },
  {
    by: 'admin',
    ageDays: 78,
    status: 'publie',
    item: {
      title: 'France compétences : le financement de l’apprentissage et de la formation continue',
      url: 'https://www.francecompetences.fr/',
      source: 'France compétences',
      summary:
        'Le rapport annuel sur l’usage des fonds de la formation professionnelle : apprentissage, compte personnel de formation, projets de transition professionnelle.',
      thematiques: ['formation'],
      territories: ['region'],
    },
  },
  {
    by: 'lens',
    ageDays: 9,
    status: 'propose',
    item: {
      title: 'Garde d’enfants et reprise d’emploi : l’offre d’accueil en horaires décalés',
      url: 'https://www.caf.fr/',
      source: 'Caisse nationale des allocations familiales',
      summary:
        'Un état de l’offre de crèches à vocation d’insertion professionnelle et des solutions d’accueil en horaires atypiques, frein souvent cité par les demandeuses d’emploi du territoire.',
      thematiques: ['garde-enfants', 'accompagnement'],
      territories: ['62'],
    },
  },
  {
    by: 'lille',
    ageDays: 4,
    status: 'propose',
    item: {
      title: 'Inclusion numérique : les lieux de médiation numérique de la métropole',
      url: 'https://www.lillemetropole.fr/',
      source: 'Métropole européenne de Lille',
      summary:
        'La carte des lieux où se faire accompagner dans ses démarches en ligne, utile aux conseillers pour orienter les personnes éloignées du numérique.',
      thematiques: ['numerique'],
      territories: ['clpe-59004'],
    },
  },
  {
    by: 'lens',
    ageDays: 90,
    status: 'ecarte',
    item: {
      title: 'Baromètre national des intentions d’embauche des cadres',
      url: 'https://www.apec.fr/',
      source: 'Apec',
      summary:
        'Les intentions de recrutement des cadres par secteur, au niveau national : peu de données pour les territoires des CLPE.',
      thematiques: ['recrutement'],
      territories: ['region'],
    },
  },
]
