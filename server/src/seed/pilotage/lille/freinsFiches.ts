import type { FicheSeed } from '../PilotageSeed.ts'
import { NADIA, ELODIE, P2, SUIVI_FT, SUIVI_ML } from './lilleConstants.ts'

// The Lille fiches action that lift the freins périphériques: childcare, mobility, housing.

export const GARDE_HORAIRES_DECALES: FicheSeed = {
  title: 'Garde d’enfants pour reprendre un emploi en horaires décalés',
  by: ELODIE,
  statut: 'en-cours',
  priorite: P2,
  debut: -120,
  fin: 180,
  publics: ['femmes', 'brsa'],
  thematiques: ['garde-enfants', 'accompagnement'],
  typologie: 'levee-de-freins',
  problematique:
    'Dans les quartiers de Lille-Sud et de Moulins, 41 % des allocataires du RSA sont des parents seuls, et un tiers des demandeuses d’emploi suivies par France Travail citent la garde d’enfants comme premier frein. Les crèches ferment à 18 h 30 alors que la logistique, la propreté et le soin recrutent tôt le matin et tard le soir.',
  description:
    'Le CLPE réserve avec la CAF et deux crèches à vocation d’insertion professionnelle (AVIP) trente places en horaires atypiques, attribuées en moins de quinze jours sur orientation d’un conseiller. Une assistante maternelle relais assure les débuts et fins de journée. Les parents sont accompagnés jusqu’au premier mois d’emploi, puis relayés vers une solution de droit commun.',
  acteurs: [
    ['CAF du Nord', 'co-pilote, financement des places'],
    ['France Travail Lille', 'orientation des parents'],
    ['Département du Nord', 'accompagnement des allocataires du RSA'],
    ['Ville de Lille', 'crèches municipales AVIP'],
    ['Relais petite enfance de Lille-Sud', 'assistantes maternelles'],
    ['Mission locale de Lille', 'jeunes parents'],
  ],
  etapes: [
    ['Conventions avec les crèches', -100, 'realisee'],
    ['Ouverture des places en horaires décalés', -60, 'realisee'],
    ['Relais vers le droit commun', 150, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Places de garde mobilisées',
      unite: 'places',
      source: 'Tableau de bord de la CAF',
      reference: 0,
      cible: 30,
      cibleDans: 30,
      mesures: [
        [-60, 12],
        [-30, 21],
        [-3, 26],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Parents en emploi ou en formation à 3 mois',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 20,
      cibleDans: 180,
      kpi: 'acces-emploi-6-mois',
      mesures: [
        [-30, 6],
        [-3, 11],
      ],
    },
  ],
  beneficiaires: 26,
}

export const PRET_DE_VELOS: FicheSeed = {
  title: 'Prêt de vélos à assistance électrique pour aller travailler',
  by: NADIA,
  statut: 'en-cours',
  priorite: P2,
  debut: -240,
  fin: 60,
  publics: ['de', 'jeunes'],
  thematiques: ['mobilite'],
  typologie: 'levee-de-freins',
  problematique:
    'Un tiers des offres de la logistique et de l’industrie de la métropole sont situées dans des zones mal desservies en transports en commun tôt le matin. Parmi les demandeurs d’emploi de moins de 30 ans suivis à Lille, 58 % n’ont ni permis ni véhicule, selon le diagnostic mobilité réalisé par la plateforme en 2024.',
  description:
    'La plateforme mobilité prête pendant trois mois un vélo à assistance électrique, avec casque, antivol et une séance de remise en selle, à toute personne qui reprend un emploi ou une formation. À l’issue du prêt, une aide à l’achat d’occasion est proposée. Les prêts sont attribués en une semaine sur prescription d’un conseiller.',
  acteurs: [
    ['Plateforme mobilité Wimoov', 'pilote, prêt et remise en selle'],
    ['Métropole européenne de Lille', 'financement de la flotte'],
    ['France Travail Lille', 'prescription'],
    ['Mission locale de Lille', 'prescription pour les jeunes'],
    ['ADAV', 'ateliers de réparation'],
    ['PLIE Lille Métropole', 'prescription'],
  ],
  etapes: [
    ['Achat de 40 vélos', -220, 'realisee'],
    ['Premiers prêts', -180, 'realisee'],
    ['Évaluation du dispositif', 60, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Prêts de vélos réalisés',
      unite: 'prêts',
      source: 'Suivi de la plateforme mobilité',
      reference: 0,
      cible: 120,
      cibleDans: 60,
      mesures: [
        [-150, 18],
        [-110, 41],
        [-75, 63],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Personnes en emploi à la fin du prêt',
      unite: '%',
      source: 'Suivi de la plateforme mobilité',
      cible: 70,
      cibleDans: 60,
      kpi: 'presence-emploi-6-mois',
      mesures: [
        [-110, 64],
        [-75, 68],
      ],
    },
  ],
  beneficiaires: 63,
  staleSinceDays: 45,
}

export const LOGEMENT_ALTERNANTS: FicheSeed = {
  title: 'Logement temporaire pour les alternants',
  by: ELODIE,
  statut: 'en-attente-de-validation',
  priorite: P2,
  debut: 45,
  fin: 400,
  publics: ['jeunes'],
  thematiques: ['logement', 'formation'],
  typologie: 'levee-de-freins',
  problematique:
    'La mission locale recense chaque année près de 90 jeunes qui renoncent à un contrat d’alternance faute de logement proche de l’entreprise ou du centre de formation, alors que les employeurs de la métropole ont augmenté de 20 % leurs offres d’apprentissage.',
  description:
    'Le CLPE propose de réserver avec deux foyers de jeunes travailleurs vingt chambres pour les alternants, attribuées pour la durée du contrat avec une aide de l’Action logement. Une conseillère fait le lien entre l’employeur, le centre de formation et le foyer.',
  acteurs: [
    ['Mission locale de Lille', 'pilote'],
    ['Action logement', 'aide au logement des alternants'],
    ['Foyers de jeunes travailleurs de Lille', 'chambres réservées'],
    ['CFA de la métropole', 'repérage des besoins'],
  ],
  etapes: [
    ['Conventions avec les foyers', 60, 'a-venir'],
    ['Premières attributions', 120, 'a-venir'],
    ['Bilan de la première année', 400, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Alternants logés',
      unite: 'jeunes',
      source: SUIVI_ML,
      reference: 0,
      cible: 20,
      cibleDans: 300,
      mesures: [],
    },
  ],
}
