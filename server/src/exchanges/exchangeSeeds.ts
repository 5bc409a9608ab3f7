import {
  REGIONAL_SPACE_IDS,
  SpaceRole,
  clpeSpaceId,
  type ExchangeStatus,
  type ExchangeTheme,
  type ExchangeType,
  type SpaceId,
} from '@maillage/schema'

/** A person of the demo who speaks in the échanges without signing in (no password). */
export interface ExchangeDemoColleague {
  readonly email: string
  readonly name: string
  readonly organisation: string
  readonly color: string
  readonly spaceId: SpaceId
  readonly role: SpaceRole
}

/** A paragraph of a seeded message: text, and mentions of a person by e-mail. */
export type SeedParagraph = readonly (string | { readonly mention: string })[]

/** A seeded message: its author by e-mail and its paragraphs. */
export interface SeedMessage {
  readonly by: string
  readonly paragraphs: readonly SeedParagraph[]
}

/** A seeded thread: written through `ExchangeService` in this order — opening, echoes, replies, status. */
export interface ExchangeSeed {
  readonly type: ExchangeType
  readonly title: string
  readonly themes: readonly ExchangeTheme[]
  readonly origin?: SpaceId
  readonly territories: readonly SpaceId[]
  readonly opening: SeedMessage
  readonly echoes: readonly { readonly by: string; readonly spaceId: SpaceId }[]
  readonly replies: readonly SeedMessage[]
  readonly status?: { readonly by: string; readonly to: ExchangeStatus }
}

const LENS = clpeSpaceId('CLPE62005')
const BETHUNE = clpeSpaceId('CLPE62002')
const DOUAI = clpeSpaceId('CLPE59002')
const VALENCIENNES = clpeSpaceId('CLPE59006')
const LILLE = clpeSpaceId('CLPE59004')

const NADIA = 'lille@demo.maillage.fr'
const JULIEN = 'lens@demo.maillage.fr'
const CAMILLE = 'admin@demo.maillage.fr'
const KARINE = 'karine.vasseur@demo.maillage.fr'
const OLIVIER = 'olivier.delattre@demo.maillage.fr'
const AURELIE = 'aurelie.caron@demo.maillage.fr'
const HELENE = 'helene.morel@demo.maillage.fr'

/**
 * Members of other CLPE and of the CoRE who appear in the demo échanges, so that a subject can be
 * raised by three CLPE. They cannot sign in (the demo accounts of the README can).
 */
export const EXCHANGE_DEMO_COLLEAGUES: readonly ExchangeDemoColleague[] = [
  {
    email: KARINE,
    name: 'Karine Vasseur',
    organisation: 'Maison de l’emploi du Valenciennois',
    color: '#6a1b9a',
    spaceId: VALENCIENNES,
    role: SpaceRole.Animateur,
  },
  {
    email: OLIVIER,
    name: 'Olivier Delattre',
    organisation: 'France Travail — Béthune',
    color: '#ad1457',
    spaceId: BETHUNE,
    role: SpaceRole.Contributeur,
  },
  {
    email: AURELIE,
    name: 'Aurélie Caron',
    organisation: 'Mission locale du Douaisis',
    color: '#283593',
    spaceId: DOUAI,
    role: SpaceRole.Contributeur,
  },
  {
    email: HELENE,
    name: 'Hélène Morel',
    organisation: 'Région Hauts-de-France — direction de l’emploi',
    color: '#00838f',
    spaceId: REGIONAL_SPACE_IDS.core,
    role: SpaceRole.Contributeur,
  },
]

/** The demo threads of `npm start`: the four types, across CLPE of the Nord and Pas-de-Calais. */
export const EXCHANGE_SEEDS: readonly ExchangeSeed[] = [
  {
    type: 'remontee',
    title: 'Pas de transport pour les prises de poste en horaires décalés dans le Bassin minier',
    themes: ['mobilite', 'emploi'],
    origin: LENS,
    territories: [LENS, BETHUNE, DOUAI],
    opening: {
      by: JULIEN,
      paragraphs: [
        [
          'Sur l’arrondissement de Lens, une bonne part des offres en logistique et en agroalimentaire commencent avant 6 h ou finissent après 21 h, en dehors des horaires du réseau de bus.',
        ],
        [
          'Depuis septembre, sur 35 jeunes positionnés par la mission locale sur ces postes, 9 ont renoncé faute de solution de transport (suivi de la mission locale, janvier 2026). Le permis est long à financer et le covoiturage ne tient pas sur la durée.',
        ],
        [
          'Nous n’avons pas les moyens de monter localement un transport à la demande : existe-t-il un dispositif régional mobilisable, ou d’autres territoires qui ont trouvé une solution ?',
        ],
      ],
    },
    echoes: [
      { by: OLIVIER, spaceId: BETHUNE },
      { by: AURELIE, spaceId: DOUAI },
    ],
    replies: [
      {
        by: OLIVIER,
        paragraphs: [
          [
            'Même constat à Béthune-Bruay pour les zones d’activité éloignées des lignes : les employeurs nous disent perdre des recrues dès la première semaine.',
          ],
        ],
      },
      {
        by: HELENE,
        paragraphs: [
          [
            'Trois CLPE remontent le même besoin : le sujet est inscrit à l’ordre du jour du prochain bureau du CoRE.',
          ],
          [
            'Pour préparer la séance, pouvez-vous indiquer le nombre de personnes concernées sur un trimestre et les zones d’activité en cause ? ',
            { mention: OLIVIER },
            ', pouvez-vous compléter pour Béthune-Bruay ?',
          ],
        ],
      },
    ],
    status: { by: HELENE, to: 'pris-en-charge' },
  },
  {
    type: 'signal-faible',
    title: 'Les nouveaux entrepôts automatisés recrutent des profils de maintenance introuvables',
    themes: ['emploi', 'formation', 'transition-numerique'],
    origin: VALENCIENNES,
    territories: [VALENCIENNES, LILLE],
    opening: {
      by: KARINE,
      paragraphs: [
        [
          'Deux entrepôts ouverts l’an dernier sur le Valenciennois ne cherchent plus surtout des préparateurs de commandes : leurs offres portent sur des techniciens de maintenance des systèmes automatisés, que personne ne forme près d’ici.',
        ],
        [
          'C’est encore peu d’offres, mais elles restent ouvertes plusieurs mois. Voyez-vous la même chose ailleurs ?',
        ],
      ],
    },
    echoes: [{ by: NADIA, spaceId: LILLE }],
    replies: [
      {
        by: NADIA,
        paragraphs: [
          [
            'Oui, à Lille Métropole aussi : les agences France Travail voient revenir ces offres de maintenance sans candidat. Nous pourrions interroger ensemble les organismes de formation du secteur.',
          ],
        ],
      },
    ],
  },
  {
    type: 'question',
    title: 'Comment compter une immersion en entreprise dans les heures d’activité du RSA ?',
    themes: ['insertion'],
    origin: LILLE,
    territories: [LILLE],
    opening: {
      by: NADIA,
      paragraphs: [
        [
          'Depuis l’entrée en vigueur de la loi pour le plein emploi, nos partenaires nous demandent comment une période de mise en situation en milieu professionnel (PMSMP) s’inscrit dans les heures d’activité prévues au contrat d’engagement des bénéficiaires du RSA.',
        ],
        [
          'Existe-t-il une doctrine régionale partagée entre France Travail, le Département et les structures d’insertion ?',
        ],
      ],
    },
    echoes: [],
    replies: [
      {
        by: CAMILLE,
        paragraphs: [
          [
            'Merci pour cette question, qui revient dans plusieurs CLPE. Nous la portons au CoRE et partagerons ici la réponse écrite dès qu’elle sera validée.',
          ],
        ],
      },
    ],
    status: { by: CAMILLE, to: 'pris-en-charge' },
  },
  {
    type: 'retour-experience',
    title: 'Un job dating dans les quartiers : les employeurs viennent aux candidats',
    themes: ['emploi', 'insertion'],
    origin: DOUAI,
    territories: [DOUAI],
    opening: {
      by: AURELIE,
      paragraphs: [
        [
          'En novembre, douze employeurs de la logistique, de l’aide à domicile et du BTP ont tenu leurs entretiens dans deux centres sociaux de quartiers prioritaires de Douai, au lieu de faire venir les candidats en zone d’activité.',
        ],
        [
          'Bilan à trois mois : 84 candidats reçus, 19 embauches dont 11 en CDI ou CDD de plus de six mois (suivi de la mission locale et de France Travail). Ce qui a compté : des offres préparées avec les employeurs, et des accompagnateurs présents le jour même.',
        ],
      ],
    },
    echoes: [],
    replies: [
      {
        by: JULIEN,
        paragraphs: [
          [
            'Merci ',
            { mention: AURELIE },
            ' ! Pouvez-vous partager le rétroplanning et la liste des partenaires ? Nous voudrions tenter la même chose à Liévin au printemps.',
          ],
        ],
      },
    ],
    status: { by: AURELIE, to: 'repondu' },
  },
  {
    type: 'signal-faible',
    title: 'Des artisans de la rénovation énergétique refusent des chantiers faute de salariés',
    themes: ['transition-ecologique', 'emploi'],
    origin: BETHUNE,
    territories: [BETHUNE, LENS],
    opening: {
      by: OLIVIER,
      paragraphs: [
        [
          'Plusieurs artisans reçus au club entreprises disent refuser des chantiers de rénovation énergétique faute de salariés qualifiés, alors que les demandes des ménages augmentent.',
        ],
        [
          'C’est encore diffus, mais c’est un signal à suivre pour la programmation des formations du bâtiment.',
        ],
      ],
    },
    echoes: [{ by: JULIEN, spaceId: LENS }],
    replies: [],
  },
]
