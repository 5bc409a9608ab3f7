import type { FicheSeed } from '../PilotageSeed.ts'
import { NADIA, ELODIE, P1, SUIVI_FT } from './lilleConstants.ts'

// The Lille fiches action of the first priority: recruiting for the métiers en tension.

export const JOB_DATINGS_ROUBAIX: FicheSeed = {
  title: 'Job datings logistique à Roubaix',
  by: NADIA,
  statut: 'terminee',
  priorite: P1,
  debut: -210,
  fin: -60,
  publics: ['de', 'qpv'],
  thematiques: ['recrutement'],
  typologie: 'acces-emploi',
  problematique:
    'Les entrepôts de la zone de la Lainière et du parc de l’Union déclarent 480 projets de recrutement dans l’enquête BMO, dont 71 % jugés difficiles. Dans le même temps, 3 900 demandeurs d’emploi de catégorie A vivent dans les quartiers prioritaires de Roubaix, à moins de vingt minutes de ces sites, mais les employeurs disent ne pas les voir passer.',
  description:
    'Quatre job datings sont organisés dans la salle de l’Union, un le premier mardi de chaque mois. France Travail présélectionne les candidats sur les habiletés plutôt que sur le diplôme, la mission locale prépare les jeunes en atelier d’une demi-journée, et les employeurs s’engagent à recevoir chaque candidat dix minutes. Un transport en minibus est proposé depuis les quartiers de l’Épeule et des Trois-Ponts.',
  solutions:
    'Méthode de recrutement par simulation (MRS), ateliers de préparation de la mission locale, aides à la mobilité de France Travail.',
  ressources:
    'Deux conseillers France Travail à mi-temps pendant six mois ; salle mise à disposition par la ville de Roubaix.',
  acteurs: [
    ['France Travail Roubaix', 'pilote, présélection des candidats'],
    ['Mission locale de Roubaix-Lys-lez-Lannoy', 'préparation des jeunes'],
    ['Ville de Roubaix', 'salle et communication dans les quartiers'],
    ['Union des entreprises de transport et logistique', 'mobilisation des employeurs'],
    ['PLIE de Roubaix', 'orientation des participants du PLIE'],
    ['Transpole', 'minibus les jours de job dating'],
  ],
  etapes: [
    ['Mobilisation des entrepôts', -190, 'realisee'],
    ['Quatre job datings mensuels', -90, 'realisee'],
    ['Suivi des recrutements à trois mois', -60, 'realisee'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Candidats reçus en entretien',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 200,
      cibleDans: -90,
      mesures: [
        [-180, 46],
        [-150, 98],
        [-120, 151],
        [-90, 212, 'Quatrième session : 61 candidats'],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Recrutements à trois mois',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 80,
      cibleDans: -60,
      kpi: 'taux-pourvoi-offres',
      mesures: [
        [-150, 21],
        [-120, 44],
        [-90, 67],
        [-60, 86, 'Dont 52 CDI ou CDD de plus de six mois'],
      ],
    },
  ],
  beneficiaires: 212,
  bilan: {
    resultatsChiffres:
      '212 candidats reçus, 86 recrutés à trois mois pour 80 visés, dont 52 en contrat de plus de six mois.',
    enseignements:
      'La présélection sur les habiletés a convaincu les employeurs ; le minibus a doublé la venue des habitants de l’Épeule. Les horaires de nuit restent un obstacle pour les parents seuls.',
    efficacite: 8,
    reconduction: 'oui',
    transposabilite:
      'Reproductible sur toute zone logistique proche d’un quartier prioritaire, avec un relais des employeurs.',
    valorisation: 'Présentée au comité des territoires et dans la lettre d’information régionale.',
  },
}

export const METIERS_DU_SOIN: FicheSeed = {
  title: 'Préparer aux métiers du soin et de l’aide à domicile',
  by: ELODIE,
  statut: 'en-cours',
  priorite: P1,
  debut: -150,
  fin: 120,
  publics: ['de', 'femmes'],
  thematiques: ['formation', 'recrutement'],
  typologie: 'levee-de-freins',
  problematique:
    'Les EHPAD et services d’aide à domicile de la métropole comptent 620 postes non pourvus selon la fédération du secteur ; 78 % des projets de recrutement d’aides-soignants y sont jugés difficiles. Beaucoup de demandeuses d’emploi intéressées renoncent avant l’entrée en formation, faute d’avoir découvert le métier ou d’avoir une solution de garde.',
  description:
    'Un parcours de six semaines précède l’entrée en formation d’aide-soignant ou d’assistant de vie : deux semaines d’immersion en structure (PMSMP), une remise à niveau en français et en calcul professionnel, un accompagnement aux démarches de garde d’enfants. Les structures qui accueillent en immersion s’engagent à recevoir les candidates en entretien à l’issue de leur formation.',
  acteurs: [
    ['France Travail Lille', 'prescription, financement des formations'],
    ['Mission locale de Lille', 'orientation des jeunes femmes'],
    ['Région Hauts-de-France', 'places de formation du PRF'],
    ['Fédération des EHPAD du Nord', 'immersions et entretiens'],
    ['Institut de formation en soins infirmiers du CHU', 'formation d’aide-soignant'],
    ['CAF du Nord', 'solutions de garde'],
  ],
  etapes: [
    ['Informations collectives', -120, 'realisee'],
    ['Deux promotions de préparation', -30, 'realisee'],
    ['Entrées en formation qualifiante', 60, 'en-cours'],
    ['Bilan avec les employeurs', 120, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Personnes entrées dans la préparation',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 48,
      cibleDans: 30,
      mesures: [
        [-110, 14],
        [-80, 26],
        [-40, 37],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Entrées en formation qualifiante',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 35,
      cibleDans: 90,
      kpi: 'publics-prioritaires-formation',
      mesures: [
        [-60, 9],
        [-30, 17],
        [-5, 24, 'Deuxième promotion entrée à l’IFSI'],
      ],
    },
  ],
  beneficiaires: 37,
}

export const RECRUTEMENT_SANS_CV: FicheSeed = {
  title: 'Recrutement sans CV dans l’hôtellerie-restauration',
  by: NADIA,
  statut: 'terminee',
  priorite: P1,
  debut: -180,
  fin: -40,
  publics: ['de', 'jeunes'],
  thematiques: ['recrutement', 'attractivite'],
  typologie: 'acces-emploi',
  problematique:
    'L’hôtellerie-restauration lilloise déclare 1 150 projets de recrutement, dont 68 % difficiles, et un taux de pourvoi des offres de 54 %. Les employeurs écartent souvent des candidats motivés sur la seule lecture d’un CV peu fourni.',
  description:
    'Les restaurants volontaires recrutent sur une mise en situation d’une demi-journée en cuisine ou en salle, sans CV. Les candidats sont orientés par France Travail et la mission locale, et reçoivent une tenue et une formation hygiène. Chaque recrutement est suivi à un et trois mois.',
  acteurs: [
    ['France Travail Lille', 'pilote, sourcing'],
    ['UMIH Nord', 'mobilisation des restaurateurs'],
    ['Mission locale de Lille', 'préparation des jeunes'],
    ['Lycée hôtelier de Lille', 'formation hygiène'],
    ['Office de tourisme', 'relais auprès des établissements'],
    ['OPCO AKTO', 'financement des formations en poste'],
  ],
  etapes: [
    ['Engagement de 25 restaurants', -160, 'realisee'],
    ['Mises en situation', -60, 'realisee'],
    ['Suivi à trois mois', -40, 'realisee'],
  ],
  indicateurs: [
    {
      niveau: 'resultat',
      libelle: 'Recrutements après mise en situation',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 50,
      cibleDans: -40,
      kpi: 'taux-pourvoi-offres',
      mesures: [
        [-130, 14],
        [-90, 33],
        [-45, 58],
      ],
    },
    {
      niveau: 'impact',
      libelle: 'Toujours en poste à 6 mois',
      unite: '%',
      source: SUIVI_FT,
      cible: 60,
      cibleDans: 140,
      kpi: 'presence-emploi-6-mois',
      mesures: [[-40, 64]],
    },
  ],
  beneficiaires: 131,
  bilan: {
    resultatsChiffres:
      '131 mises en situation, 58 recrutements pour 50 visés ; 64 % toujours en poste à trois mois.',
    enseignements:
      'La mise en situation rassure les employeurs et révèle des candidats qu’ils n’auraient pas reçus. Les horaires coupés restent le premier motif de départ.',
    efficacite: 9,
    reconduction: 'oui',
    transposabilite:
      'Applicable à tout secteur où le savoir-faire se voit vite (propreté, logistique, commerce).',
    valorisation: 'Retour d’expérience partagé dans l’espace d’échanges.',
  },
}
