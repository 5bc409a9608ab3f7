import type { FieldValues } from '../FieldValues.ts'
import { readFields } from '../fields/readFields.ts'
import { ficheActionKind } from './ficheActionKind.ts'

// Realistic fiches for tests, in the shape of `doc.getMap('fields').toJSON()`.

/** Title of the good fiche. */
export const JOB_DATING_TITLE = 'Job dating saisonnier sur le littoral'

/** 15 April 2025, noon UTC: while the job dating fiche is under way. */
export const APRIL_15_2025_MS = Date.UTC(2025, 3, 15, 12)

function item(id: string, order: number, values: Record<string, unknown>): Record<string, unknown> {
  return { id, order, ...values }
}

/** A complete fiche action under way, written as a CLPE of the Boulonnais would. */
export const JOB_DATING_RAW: Record<string, unknown> = {
  cadre: 'feuille-de-route',
  cadrePrecision: 'Priorité 2 : répondre aux besoins de recrutement saisonnier',
  problematique:
    'Sur le littoral du Boulonnais, l’enquête BMO 2024 de France Travail recense 1 240 projets de recrutement saisonniers, dont 62 % jugés difficiles par les employeurs de l’hôtellerie-restauration et du tourisme. Dans le même temps, 2 150 jeunes de moins de 26 ans sont inscrits en catégorie A sur le bassin, souvent sans moyen de transport vers les stations balnéaires. Les employeurs disent ne pas connaître ces candidats, et les jeunes méconnaissent les conditions d’emploi offertes.',
  description:
    'Trois job datings sont organisés en avril et mai à Boulogne-sur-Mer, Le Portel et Wimereux, dans des salles municipales proches des gares. Chaque session réunit une quinzaine d’employeurs saisonniers et une soixantaine de candidats préparés en amont par la mission locale et France Travail : ateliers CV, simulations d’entretien, information sur le logement saisonnier. Les entretiens durent dix minutes. Un covoiturage et des titres de transport sont proposés aux candidats sans véhicule. Les recrutements sont suivis à un et trois mois avec les employeurs.',
  publicsCibles: { jeunes: true, de: true },
  thematiques: { recrutement: true, mobilite: true },
  solutionsMobilisees:
    'Ateliers de préparation de la mission locale pour les jeunes en CEJ, immersions (PMSMP) pour les candidats hésitants, aide à la mobilité de France Travail et plateforme de covoiturage du Département.',
  acteurs: [
    item('a1', 1, {
      nom: 'France Travail Boulogne-sur-Mer',
      role: 'co-pilote, sourcing des candidats',
    }),
    item('a2', 2, {
      nom: 'Mission locale du Boulonnais',
      role: 'co-pilote, préparation des jeunes',
    }),
    item('a3', 3, {
      nom: 'Communauté d’agglomération du Boulonnais',
      role: 'salles et communication',
    }),
    item('a4', 4, { nom: 'UMIH Côte d’Opale', role: 'mobilisation des employeurs' }),
    item('a5', 5, { nom: 'Office de tourisme', role: 'relais auprès des commerces' }),
    item('a6', 6, { nom: 'Département du Pas-de-Calais', role: 'covoiturage, BRSA' }),
    item('a7', 7, { nom: 'Cap emploi 62', role: '' }),
  ],
  ressources:
    'Deux conseillers France Travail et un conseiller mission locale à mi-temps pendant deux mois ; 3 000 € de la communauté d’agglomération pour les salles et la communication.',
  dateDebut: '2025-03-01',
  dateFin: '2025-06-30',
  etapes: [
    item('e3', 3, { libelle: 'Job datings', echeance: '2025-05-15', statut: 'a-venir' }),
    item('e1', 1, {
      libelle: 'Mobilisation des employeurs',
      echeance: '2025-03-15',
      statut: 'realisee',
    }),
    item('e2', 2, {
      libelle: 'Préparation des candidats',
      echeance: '2025-04-30',
      statut: 'en-cours',
    }),
    item('e4', 4, { libelle: 'Bilan à trois mois', echeance: '2025-06-30', statut: 'a-venir' }),
  ],
  indicateurs: [
    item('i1', 1, {
      niveau: 'realisation',
      libelle: 'Job datings organisés',
      unite: 'sessions',
      cible: 3,
      dateCible: '2025-05-31',
    }),
    item('i2', 2, {
      niveau: 'realisation',
      libelle: 'Candidats présents',
      unite: 'personnes',
      cible: 180,
    }),
    item('i3', 3, {
      niveau: 'resultat',
      libelle: 'Recrutements à trois mois',
      unite: 'personnes',
      source: 'Suivi France Travail et mission locale',
      valeurReference: 0,
      cible: 60,
      dateCible: '2025-06-30',
      kpi: 'acces-emploi-6-mois',
      mesures: [
        item('m2', 2, {
          date: '2025-06-01',
          valeur: 41,
          commentaire: 'Relevé auprès des employeurs',
          saisiePar: 'Nadia Benali',
          saisieLe: '2025-06-03',
        }),
        item('m1', 1, { date: '2025-05-20', valeur: 23 }),
      ],
    }),
  ],
  nombreBeneficiaires: 180,
  pointsDeVigilance: 'Mobilité des jeunes sans permis ; logement saisonnier rare et cher.',
  typologieImpact: 'acces-emploi',
  statut: 'en-cours',
  tdcProbleme:
    'Les offres saisonnières restent non pourvues alors que des jeunes cherchent un emploi.',
  tdcHypothese1: 'La rencontre directe lève la méconnaissance mutuelle.',
  tdcActivites: 'Préparation des candidats, job datings, covoiturage.',
  tdcHypothese2: 'Les employeurs viennent si l’UMIH les mobilise.',
  tdcRealisations: 'Trois sessions, 180 candidats reçus.',
  tdcHypothese3: 'Des candidats préparés convainquent en dix minutes.',
  tdcResultats: '60 recrutements à trois mois.',
  tdcHypothese4: 'Une première saison mène à un contrat durable.',
  tdcImpact: 'Moins d’offres non pourvues et de chômage des jeunes sur le littoral.',
}

/** The same fiche, closed with a complete bilan. */
export const JOB_DATING_CLOSED_RAW: Record<string, unknown> = {
  ...JOB_DATING_RAW,
  statut: 'terminee',
  resultatsChiffres: '172 candidats reçus, 54 recrutements à trois mois pour 60 visés.',
  enseignements:
    'La préparation des candidats a fait la différence ; la session de Wimereux, loin de la gare, a attiré deux fois moins de monde.',
  efficacite: 8,
  reconduction: 'oui',
  transposabilite: 'Reproductible sur tout littoral touristique avec un relais des employeurs.',
  valorisation: 'Présentée au CoRE de septembre et dans la lettre d’information d’octobre.',
}

/** Reads a raw fixture as the fiche action kind does. */
export function ficheValues(raw: Record<string, unknown>): FieldValues {
  return readFields(ficheActionKind, raw).values
}
