import type { FicheSeed } from '../PilotageSeed.ts'
import { JULIEN, P1, SUIVI_FT, SUIVI_ML } from './lensConstants.ts'

// The Lens fiches action of the first priority: recruiting for batteries and logistics.

export const OPERATEURS_BATTERIES: FicheSeed = {
  title: 'Former des opérateurs de production de batteries',
  by: JULIEN,
  statut: 'en-cours',
  priorite: P1,
  debut: -200,
  fin: 160,
  publics: ['de', 'jeunes'],
  thematiques: ['formation', 'transitions'],
  typologie: 'acces-emploi',
  problematique:
    'Les usines de batteries du Bassin minier annoncent 1 200 recrutements d’ici deux ans, surtout des opérateurs et techniciens de production. Sur l’arrondissement, 9 800 demandeurs d’emploi de catégorie A sont inscrits, dont un tiers a une expérience industrielle, mais aucun organisme local ne formait à ces procédés jusqu’ici.',
  description:
    'Une formation de quatorze semaines, conçue avec les industriels, prépare au titre de conducteur d’installation : sécurité en salle propre, chimie des cellules, maintenance de premier niveau. Deux semaines se passent sur les lignes de production. Les candidats sont recrutés par la méthode de recrutement par simulation, sans exigence de diplôme, et l’embauche est promise à la sortie.',
  acteurs: [
    ['France Travail Lens', 'pilote, recrutement par simulation'],
    ['Région Hauts-de-France', 'financement de la formation'],
    ['AFPI Artois', 'organisme de formation'],
    ['Industriels de la batterie', 'contenu de la formation, stages, embauches'],
    ['Mission locale de Lens-Liévin', 'orientation des jeunes'],
    ['Communauté d’agglomération de Lens-Liévin', 'transport des stagiaires'],
  ],
  etapes: [
    ['Conception avec les industriels', -180, 'realisee'],
    ['Première promotion', -60, 'realisee'],
    ['Deuxième promotion', 60, 'en-cours'],
    ['Troisième promotion', 160, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Stagiaires entrés en formation',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 72,
      cibleDans: 100,
      mesures: [
        [-150, 24],
        [-60, 48],
        [-10, 60],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Stagiaires embauchés à la sortie',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 60,
      cibleDans: 160,
      kpi: 'acces-emploi-6-mois',
      mesures: [
        [-60, 19],
        [-10, 21],
      ],
    },
  ],
  beneficiaires: 60,
}

export const JOB_DATINGS_DELTA_3: FicheSeed = {
  title: 'Job datings de la logistique à Delta 3',
  by: JULIEN,
  statut: 'terminee',
  priorite: P1,
  debut: -190,
  fin: -50,
  publics: ['de', 'deld'],
  thematiques: ['recrutement'],
  typologie: 'acces-emploi',
  problematique:
    'Les entrepôts de Delta 3 déclarent 410 projets de recrutement de préparateurs de commandes et caristes, dont 64 % difficiles. Les demandeurs d’emploi de longue durée de l’arrondissement, nombreux à avoir travaillé dans la logistique, sont rarement reçus en entretien.',
  description:
    'Trois job datings sur site, chacun précédé d’une semaine de préparation : visite d’entrepôt, remise à niveau sur les règles de sécurité, passage du CACES pris en charge si besoin. Les entretiens ont lieu dans l’entrepôt, avec une mise en situation courte.',
  acteurs: [
    ['France Travail Lens', 'pilote'],
    ['Entreprises de Delta 3', 'entretiens et mises en situation'],
    ['PLIE de Lens-Liévin', 'mobilisation des demandeurs de longue durée'],
    ['AFT (transport et logistique)', 'formation CACES'],
    ['Mission locale de Lens-Liévin', 'préparation des jeunes'],
    ['Syndicat mixte des transports', 'navette les jours de job dating'],
  ],
  etapes: [
    ['Préparation des candidats', -150, 'realisee'],
    ['Trois job datings', -90, 'realisee'],
    ['Suivi à trois mois', -50, 'realisee'],
  ],
  indicateurs: [
    {
      niveau: 'resultat',
      libelle: 'Recrutements à trois mois',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 70,
      cibleDans: -50,
      kpi: 'taux-pourvoi-offres',
      mesures: [
        [-120, 22],
        [-90, 51],
        [-55, 78, 'Dont 31 demandeurs d’emploi de longue durée'],
      ],
    },
  ],
  beneficiaires: 164,
  bilan: {
    resultatsChiffres:
      '164 candidats préparés, 78 recrutés à trois mois pour 70 visés, dont 31 demandeurs d’emploi de longue durée.',
    enseignements:
      'La mise en situation dans l’entrepôt a levé les réticences des employeurs envers les candidats de longue durée ; le CACES financé en amont a été décisif.',
    efficacite: 8,
    reconduction: 'oui',
    transposabilite:
      'Reproductible sur toute plateforme logistique, avec une préparation courte sur site.',
  },
}

export const RENOVATION_LOGEMENTS_MINIERS: FicheSeed = {
  title: 'Former des jeunes aux métiers de la rénovation des logements miniers',
  by: JULIEN,
  statut: 'en-attente-de-validation',
  priorite: P1,
  debut: 40,
  fin: 330,
  publics: ['jeunes', 'neet'],
  thematiques: ['transitions', 'formation'],
  typologie: 'acces-emploi',
  problematique:
    'Le programme de rénovation des cités minières prévoit 23 000 logements à rénover d’ici 2032 ; les entreprises du bâtiment du territoire estiment leurs besoins à 300 recrutements par an, alors que 1 400 jeunes sans qualification sont suivis par la mission locale.',
  description:
    'Une préparation de six semaines puis un contrat de professionnalisation de douze mois en isolation ou en menuiserie, chez les entreprises titulaires des marchés de rénovation. Les bailleurs intègrent des heures d’insertion dans les marchés.',
  acteurs: [
    ['Mission locale de Lens-Liévin', 'pilote'],
    ['Bailleurs des cités minières', 'clauses d’insertion'],
    ['Fédération du bâtiment du Pas-de-Calais', 'entreprises'],
    ['Constructys', 'financement des contrats'],
  ],
  etapes: [
    ['Validation par le CLPE', 20, 'a-venir'],
    ['Préparation', 90, 'a-venir'],
    ['Contrats de professionnalisation', 330, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'resultat',
      libelle: 'Jeunes en contrat de professionnalisation',
      unite: 'jeunes',
      source: SUIVI_ML,
      reference: 0,
      cible: 24,
      cibleDans: 200,
      kpi: 'publics-prioritaires-formation',
      mesures: [],
    },
  ],
}
