import type { College } from '../persistence/records/InstanceMember.ts'
import type { ClpeProfile } from '../persistence/records/InstanceRecord.ts'

/**
 * The profile of each CLPE of Hauts-de-France, by code: the regional team's reading of its
 * territory (the metropoles and large agglomerations urbain, the arrondissements around a
 * middle-sized town périurbain, the least dense ones rural). Admins change them in the app.
 */
export const CLPE_PROFILE_SEEDS: Readonly<Record<string, ClpeProfile>> = {
  CLPE02001: 'rural', // Château-Thierry
  CLPE02002: 'periurbain', // Laon
  CLPE02003: 'urbain', // Saint-Quentin
  CLPE02004: 'periurbain', // Soissons
  CLPE02005: 'rural', // Vervins
  CLPE59001: 'periurbain', // Cambrai
  CLPE59002: 'urbain', // Douai
  CLPE59003: 'urbain', // Dunkerque
  CLPE59004: 'urbain', // Lille Métropole
  CLPE59005: 'rural', // Sambre-Avesnois (Avesnes-sur-Helpe)
  CLPE59006: 'urbain', // Valenciennes
  CLPE60001: 'urbain', // Beauvais
  CLPE60002: 'periurbain', // Clermont
  CLPE60003: 'urbain', // Compiègne
  CLPE60004: 'periurbain', // Senlis
  CLPE62001: 'periurbain', // Arras
  CLPE62002: 'urbain', // Béthune
  CLPE62003: 'urbain', // Boulogne-sur-Mer
  CLPE62004: 'urbain', // Calais
  CLPE62005: 'urbain', // Lens-Liévin
  CLPE62006: 'rural', // Montreuil
  CLPE62007: 'periurbain', // Saint-Omer
  CLPE80001: 'rural', // Abbeville
  CLPE80002: 'urbain', // Amiens
  CLPE80003: 'rural', // Montdidier
  CLPE80004: 'rural', // Péronne
}

/** One demo mandate. */
export interface MandateSeed {
  readonly name: string
  /** Demo account it is linked to (`lille`, `lille2`, `lens`, `copil`, `lecteur`). */
  readonly account?: string
  readonly college: College
  readonly body: string
  /** For a CLPE seat: the CLPE's code. */
  readonly clpe?: string
  readonly startsOn: string
  readonly endsOn?: string
}

const SINCE = '2025-01-01'

const STATE_AND_REGION: readonly MandateSeed[] = [
  {
    name: 'Marie-Hélène Caron',
    college: 'region',
    body: 'Région Hauts-de-France',
    startsOn: SINCE,
  },
  {
    name: 'Laurent Girard',
    college: 'etat',
    body: 'SGAR Hauts-de-France',
    startsOn: SINCE,
  },
]

const SOCIAL_PARTNERS: readonly MandateSeed[] = [
  { name: 'Pierre Delattre', college: 'partenaires-sociaux', body: 'MEDEF Hauts-de-France' },
  { name: 'Anne Lemaire', college: 'partenaires-sociaux', body: 'CPME Hauts-de-France' },
  { name: 'Hervé Duquesne', college: 'partenaires-sociaux', body: 'U2P Hauts-de-France' },
  { name: 'Karima Haddad', college: 'partenaires-sociaux', body: 'CFDT Hauts-de-France' },
  { name: 'Olivier Masson', college: 'partenaires-sociaux', body: 'CGT Hauts-de-France' },
  { name: 'Catherine Vandamme', college: 'partenaires-sociaux', body: 'FO Hauts-de-France' },
].map((seed): MandateSeed => ({ ...seed, college: 'partenaires-sociaux', startsOn: SINCE }))

const FRANCE_TRAVAIL: MandateSeed = {
  name: 'Marc Lefranc',
  college: 'france-travail',
  body: 'Direction régionale France Travail Hauts-de-France',
  startsOn: SINCE,
}

/**
 * The demo members of the regional instances, by instance id. The comité de pilotage has three
 * CLPE of three profiles today, and one past rotation: CLPE Vervins's seat ended on 30 June 2026,
 * CLPE Sambre-Avesnois (rural too) took it on 1 July.
 */
export const REGIONAL_MANDATE_SEEDS: Readonly<Record<string, readonly MandateSeed[]>> = {
  copil: [
    ...STATE_AND_REGION,
    {
      name: 'Sophie Martin',
      account: 'copil',
      college: 'etat',
      body: 'DREETS Hauts-de-France',
      startsOn: SINCE,
    },
    {
      name: 'Isabelle Roussel',
      college: 'etat',
      body: 'Rectorat de la région académique Hauts-de-France',
      startsOn: SINCE,
    },
    ...SOCIAL_PARTNERS,
    FRANCE_TRAVAIL,
    {
      name: 'Nadia Benali',
      account: 'lille',
      college: 'clpe',
      body: 'CLPE Lille Métropole',
      clpe: 'CLPE59004',
      startsOn: SINCE,
    },
    {
      name: 'Bruno Hennebelle',
      college: 'clpe',
      body: 'CLPE Saint-Omer',
      clpe: 'CLPE62007',
      startsOn: SINCE,
    },
    {
      name: 'Claire Delhaye',
      college: 'clpe',
      body: 'CLPE Vervins',
      clpe: 'CLPE02005',
      startsOn: SINCE,
      endsOn: '2026-06-30',
    },
    {
      name: 'Rachid Benaïssa',
      college: 'clpe',
      body: 'CLPE Sambre-Avesnois',
      clpe: 'CLPE59005',
      startsOn: '2026-07-01',
    },
  ],
  'comite-territoires': [
    ...STATE_AND_REGION,
    FRANCE_TRAVAIL,
    ...[
      'Conseil départemental de l’Aisne',
      'Conseil départemental du Nord',
      'Conseil départemental de l’Oise',
      'Conseil départemental du Pas-de-Calais',
      'Conseil départemental de la Somme',
    ].map((body): MandateSeed => ({
      name: `Vice-présidence — ${body}`,
      college: 'collectivites',
      body,
      startsOn: SINCE,
    })),
  ],
  'comite-territoires-elargi': [
    ...STATE_AND_REGION,
    FRANCE_TRAVAIL,
    {
      name: 'Nadia Benali',
      account: 'lille',
      college: 'clpe',
      body: 'CLPE Lille Métropole',
      clpe: 'CLPE59004',
      startsOn: SINCE,
    },
    {
      name: 'Julien Lefebvre',
      account: 'lens',
      college: 'clpe',
      body: 'CLPE Lens',
      clpe: 'CLPE62005',
      startsOn: SINCE,
    },
  ],
  'bureau-core': [
    ...STATE_AND_REGION,
    ...SOCIAL_PARTNERS.filter(
      (seed) => seed.body.startsWith('MEDEF') || seed.body.startsWith('CFDT'),
    ),
  ],
}

/** The demo members of two CLPE's plénière and bureau, by CLPE code. */
export const CLPE_MANDATE_SEEDS: Readonly<
  Record<string, { pleniere: readonly MandateSeed[]; bureau: readonly MandateSeed[] }>
> = {
  CLPE59004: {
    pleniere: [
      {
        name: 'Sous-préfète de Lille',
        college: 'etat',
        body: 'Sous-préfecture de Lille',
        startsOn: SINCE,
      },
      {
        name: 'Thomas Petit',
        account: 'lecteur',
        college: 'collectivites',
        body: 'Métropole européenne de Lille',
        startsOn: SINCE,
      },
      {
        name: 'Nadia Benali',
        account: 'lille',
        college: 'france-travail',
        body: 'France Travail — Lille',
        startsOn: SINCE,
      },
      {
        name: 'Élodie Vasseur',
        account: 'lille2',
        college: 'autres',
        body: 'Mission locale de Lille',
        startsOn: SINCE,
      },
      {
        name: 'Marie-Hélène Caron',
        college: 'region',
        body: 'Région Hauts-de-France',
        startsOn: SINCE,
      },
    ],
    bureau: [
      {
        name: 'Sous-préfète de Lille',
        college: 'etat',
        body: 'Sous-préfecture de Lille',
        startsOn: SINCE,
      },
      {
        name: 'Nadia Benali',
        account: 'lille',
        college: 'france-travail',
        body: 'France Travail — Lille',
        startsOn: SINCE,
      },
    ],
  },
  CLPE62005: {
    pleniere: [
      {
        name: 'Sous-préfet de Lens',
        college: 'etat',
        body: 'Sous-préfecture de Lens',
        startsOn: SINCE,
      },
      {
        name: 'Julien Lefebvre',
        account: 'lens',
        college: 'autres',
        body: 'Mission locale de Lens-Liévin',
        startsOn: SINCE,
      },
    ],
    bureau: [],
  },
}
