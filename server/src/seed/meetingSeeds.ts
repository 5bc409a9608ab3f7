import type { ItemSeed } from './pilotage/writeListItems.ts'

/** One demo séance: its instance, schedule (Paris time) and what its document holds. */
export interface MeetingSeed {
  readonly instanceId: string
  readonly title: string
  readonly date: string
  readonly time: string
  readonly durationMinutes: number
  readonly place?: string
  readonly visioLink?: string
  readonly agenda: readonly ItemSeed[]
  /** Paragraphs of the relevé and its decisions, for the séance held and closed. */
  readonly releve?: {
    readonly paragraphs: readonly string[]
    readonly decisions: readonly ItemSeed[]
  }
}

const CONSEIL_REGIONAL = 'Conseil régional Hauts-de-France, 151 avenue du Président Hoover, Lille'

/**
 * The demo's séances, after the seed's calendar: the comité de pilotage's first séance
 * (18 November 2026, held and closed with its relevé), its February and March 2027 séances
 * (ordre du jour in preparation), the bureau du CoRE that validates the coordinated offer in May,
 * and the comité des territoires élargi where it is presented to the CLPE on 2 June 2027.
 */
export const MEETING_SEEDS: readonly MeetingSeed[] = [
  {
    instanceId: 'copil',
    title: 'Séance d’installation',
    date: '2026-11-18',
    time: '10:00',
    durationMinutes: 150,
    place: CONSEIL_REGIONAL,
    agenda: [
      { titre: 'Installation du comité et tour de table', presentateur: 'Région', duree: 20 },
      { titre: 'Mission d’appui aux CLPE : calendrier 2027', presentateur: 'C2RP', duree: 45 },
      { titre: 'Désignation des CLPE représentés', presentateur: 'DREETS', duree: 30 },
    ],
    releve: {
      paragraphs: [
        'Le comité est installé ; la Région et l’État en assurent la co-présidence.',
        'Le calendrier 2027 de la mission est présenté : cahier des charges en mars, offre coordonnée en mai, présentation aux CLPE le 2 juin.',
      ],
      decisions: [
        {
          texte: 'Le calendrier 2027 de la mission d’appui aux CLPE est adopté.',
          objet: 'programme',
          responsable: 'Équipe régionale (C2RP)',
          echeance: '2027-03-17',
        },
        {
          texte:
            'Trois CLPE de profils différents siègent au comité, désignés par le CoRE pour un an.',
          responsable: 'DREETS Hauts-de-France',
          echeance: '2027-01-31',
        },
        {
          texte: 'L’équipe régionale recense les outils existants avant toute création d’outil.',
          responsable: 'Équipe régionale (C2RP)',
          echeance: '2027-02-10',
        },
      ],
    },
  },
  {
    instanceId: 'copil',
    title: 'Préparation du cahier des charges',
    date: '2027-02-10',
    time: '09:30',
    durationMinutes: 120,
    place: CONSEIL_REGIONAL,
    visioLink: 'https://visio.hautsdefrance.fr/copil-fevrier-2027',
    agenda: [
      { titre: 'Bilan du recensement des outils', presentateur: 'C2RP', duree: 30 },
      { titre: 'Premières orientations du cahier des charges', presentateur: 'Région', duree: 60 },
    ],
  },
  {
    instanceId: 'copil',
    title: 'Validation du cahier des charges',
    date: '2027-03-17',
    time: '09:30',
    durationMinutes: 120,
    place: CONSEIL_REGIONAL,
    visioLink: 'https://visio.hautsdefrance.fr/copil-mars-2027',
    agenda: [
      { titre: 'Cahier des charges de l’offre coordonnée', presentateur: 'C2RP', duree: 90 },
    ],
  },
  {
    instanceId: 'bureau-core',
    title: 'Validation de l’offre coordonnée',
    date: '2027-05-19',
    time: '14:00',
    durationMinutes: 90,
    visioLink: 'https://visio.hautsdefrance.fr/bureau-core-mai-2027',
    agenda: [{ titre: 'Offre coordonnée de services aux CLPE', presentateur: 'C2RP', duree: 60 }],
  },
  {
    instanceId: 'comite-territoires-elargi',
    title: 'Présentation de l’offre aux CLPE',
    date: '2027-06-02',
    time: '14:00',
    durationMinutes: 180,
    place: 'Hôtel de Région, Amiens',
    agenda: [
      { titre: 'Présentation de l’offre coordonnée', presentateur: 'Région et État', duree: 60 },
      { titre: 'Échanges avec les CLPE', presentateur: 'Comité des territoires', duree: 90 },
    ],
  },
]
