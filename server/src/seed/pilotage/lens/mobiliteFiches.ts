import type { FicheSeed } from '../PilotageSeed.ts'
import { JULIEN, P2, SUIVI_FT } from './lensConstants.ts'

// The Lens fiches action that lift the frein of mobility in the Bassin minier.

export const PERMIS_ACCOMPAGNE: FicheSeed = {
  title: 'Permis de conduire accompagné pour les demandeurs d’emploi',
  by: JULIEN,
  statut: 'en-cours',
  priorite: P2,
  debut: -250,
  fin: 110,
  publics: ['de', 'brsa'],
  thematiques: ['mobilite'],
  typologie: 'levee-de-freins',
  problematique:
    'Dans l’arrondissement de Lens, 46 % des offres d’emploi de la logistique et de l’aide à domicile exigent le permis B, alors que 38 % des demandeurs d’emploi suivis n’en ont pas. Le coût moyen d’un permis dépasse 1 800 euros, hors de portée des allocataires du RSA.',
  description:
    'Une auto-école sociale forme chaque trimestre douze demandeurs d’emploi ayant un projet professionnel qui exige le permis : code en quatre semaines, conduite accompagnée par des moniteurs formés à l’accompagnement, aide financière de France Travail et du Département. Le conseiller suit la reprise d’emploi après l’obtention.',
  acteurs: [
    ['Auto-école sociale du Bassin minier', 'pilote, formation au permis'],
    ['France Travail Lens', 'aide au permis, prescription'],
    ['Département du Pas-de-Calais', 'aide pour les allocataires du RSA'],
    ['Mission locale de Lens-Liévin', 'prescription pour les jeunes'],
    ['PLIE de Lens-Liévin', 'accompagnement'],
    ['Fondation d’entreprise', 'cofinancement'],
  ],
  etapes: [
    ['Sélection des candidats', -230, 'realisee'],
    ['Sessions trimestrielles', 90, 'en-cours'],
    ['Bilan de l’emploi à 6 mois', 110, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Permis obtenus',
      unite: 'permis',
      source: 'Suivi de l’auto-école sociale',
      reference: 0,
      cible: 40,
      cibleDans: 110,
      frequence: 'trimestrielle',
      mesures: [
        [-160, 7],
        [-70, 18],
        [-15, 26],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'En emploi 6 mois après le permis',
      unite: '%',
      source: SUIVI_FT,
      reference: 35,
      cible: 60,
      cibleDans: 110,
      kpi: 'acces-emploi-6-mois',
      frequence: 'trimestrielle',
      mesures: [
        [-70, 52],
        [-15, 57],
      ],
    },
  ],
  beneficiaires: 36,
}

export const NAVETTE_DELTA_3: FicheSeed = {
  title: 'Navette vers la plateforme logistique Delta 3',
  by: JULIEN,
  statut: 'en-cours',
  priorite: P2,
  debut: -300,
  fin: 60,
  publics: ['de', 'jeunes'],
  thematiques: ['mobilite', 'recrutement'],
  typologie: 'levee-de-freins',
  problematique:
    'La plateforme Delta 3 à Dourges recrute en continu pour des postes en 3x8, mais aucun bus ne la dessert avant 6 h ni après 21 h. Les entreprises estiment perdre un candidat sur quatre pour cette raison, sur 350 recrutements annuels.',
  description:
    'Une navette à la demande relie Lens, Liévin et Hénin-Beaumont à Delta 3 aux heures de prise de poste, réservable la veille par téléphone ou application. Elle est gratuite le premier mois de contrat, puis intégrée au plan de mobilité des entreprises.',
  acteurs: [
    ['Syndicat mixte des transports Artois-Gohelle', 'pilote, exploitation de la navette'],
    ['Entreprises de Delta 3', 'cofinancement'],
    ['France Travail Lens', 'information des candidats'],
    ['Communauté d’agglomération Hénin-Carvin', 'cofinancement'],
  ],
  etapes: [
    ['Étude des besoins', -280, 'realisee'],
    ['Mise en service', -200, 'realisee'],
    ['Reprise par le plan de mobilité', 60, 'en-cours'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Salariés transportés chaque mois',
      unite: 'personnes',
      source: 'Syndicat mixte des transports',
      cible: 150,
      cibleDans: 60,
      mesures: [
        [-180, 48],
        [-120, 92],
        [-60, 118],
      ],
    },
  ],
  beneficiaires: 118,
  staleSinceDays: 40,
}

export const GARAGE_SOLIDAIRE: FicheSeed = {
  title: 'Garage solidaire de Liévin',
  by: JULIEN,
  statut: 'abandonnee',
  priorite: P2,
  debut: -330,
  fin: -150,
  publics: ['brsa', 'de'],
  thematiques: ['mobilite'],
  typologie: 'levee-de-freins',
  problematique:
    'Beaucoup de demandeurs d’emploi du territoire possèdent un véhicule qu’ils ne peuvent plus faire réparer, et perdent ainsi des offres accessibles seulement en voiture.',
  description:
    'Un garage associatif devait proposer des réparations à prix coûtant et la location de véhicules à un euro par jour pour les personnes en reprise d’emploi. Le local n’a pas été trouvé et le modèle économique n’a pas tenu.',
  acteurs: [
    ['Association de mobilité solidaire', 'pilote'],
    ['Ville de Liévin', 'recherche d’un local'],
    ['France Travail Lens', 'prescription'],
  ],
  etapes: [
    ['Recherche d’un local', -250, 'realisee'],
    ['Ouverture', -150, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Véhicules réparés ou loués',
      unite: 'véhicules',
      source: 'Suivi de l’association',
      cible: 80,
      cibleDans: -150,
      mesures: [],
    },
  ],
  bilan: {
    resultatsChiffres: 'Aucun véhicule réparé : le garage n’a pas ouvert.',
    enseignements:
      'Sans local ni financement pérenne, le projet ne pouvait pas démarrer ; les moyens sont reportés sur le permis accompagné et la navette.',
    efficacite: 1,
    reconduction: 'non',
  },
}

export const COVOITURAGE_ARTOIS_FLANDRES: FicheSeed = {
  title: 'Covoiturage domicile-travail dans la zone Artois-Flandres',
  by: JULIEN,
  statut: 'en-cours',
  priorite: P2,
  debut: -210,
  fin: 150,
  publics: ['de', 'salaries'],
  thematiques: ['mobilite'],
  typologie: 'levee-de-freins',
  problematique:
    'Les 7 000 salariés de la zone industrielle Artois-Flandres viennent à 85 % seuls en voiture ; les nouveaux embauchés sans véhicule ne trouvent pas de solution pour les postes du matin.',
  description:
    'Une plateforme de covoiturage dédiée aux entreprises de la zone met en relation salariés et nouveaux embauchés, avec une garantie de retour en taxi en cas d’imprévu. Des animateurs la présentent dans les entreprises et aux candidats dès leur entretien d’embauche.',
  acteurs: [
    ['Club d’entreprises Artois-Flandres', 'pilote'],
    ['Plateforme régionale de covoiturage', 'outil et animation'],
    ['France Travail Lens', 'information des candidats'],
    ['Région Hauts-de-France', 'financement de la garantie retour'],
  ],
  etapes: [
    ['Ouverture de la plateforme', -190, 'realisee'],
    ['Animation dans les entreprises', 100, 'en-cours'],
    ['Bilan', 150, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Trajets partagés par mois',
      unite: 'trajets',
      source: 'Plateforme de covoiturage',
      reference: 0,
      cible: 1500,
      cibleDans: 150,
      mesures: [
        [-150, 220],
        [-100, 540],
        [-70, 610],
      ],
    },
  ],
  beneficiaires: 140,
  staleSinceDays: 61,
}
