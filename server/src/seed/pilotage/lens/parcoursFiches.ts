import type { FicheSeed } from '../PilotageSeed.ts'
import { JULIEN, P3, P4, SUIVI_FT, SUIVI_ML } from './lensConstants.ts'

// The Lens fiches action for RSA and long-term jobseekers, and for young people discovering métiers.

export const PARCOURS_QUINZE_HEURES: FicheSeed = {
  title: 'Parcours d’activité de quinze heures pour les allocataires du RSA',
  by: JULIEN,
  statut: 'en-cours',
  priorite: P3,
  debut: -220,
  fin: 140,
  publics: ['brsa'],
  thematiques: ['accompagnement'],
  typologie: 'levee-de-freins',
  problematique:
    'Le Pas-de-Calais compte plus de 8 000 allocataires du RSA sur l’arrondissement de Lens ; depuis la loi pour le plein emploi, chacun doit se voir proposer quinze à vingt heures d’activité par semaine. Les structures manquent d’activités adaptées aux personnes éloignées de l’emploi depuis plusieurs années.',
  description:
    'Chaque allocataire construit avec son référent un planning hebdomadaire : ateliers collectifs de remobilisation, bénévolat encadré, immersions courtes en entreprise, démarches de santé ou de logement. Les heures sont suivies dans un carnet partagé entre France Travail, le Département et les associations.',
  acteurs: [
    ['Département du Pas-de-Calais', 'pilote'],
    ['France Travail Lens', 'référents de parcours'],
    ['Associations d’insertion de Lens-Liévin', 'ateliers collectifs'],
    ['Centres communaux d’action sociale', 'mobilisation'],
    ['Entreprises du club FACE Artois', 'immersions'],
    ['CPAM de l’Artois', 'bilans de santé'],
  ],
  etapes: [
    ['Catalogue des activités', -200, 'realisee'],
    ['Entrées dans le parcours', 100, 'en-cours'],
    ['Bilan de la première année', 140, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Allocataires entrés dans le parcours',
      unite: 'personnes',
      source: 'Suivi du Département',
      reference: 0,
      cible: 150,
      cibleDans: 140,
      mesures: [
        [-170, 31],
        [-110, 68],
        [-50, 97],
        [-12, 112],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Sorties vers l’emploi ou la formation',
      unite: 'personnes',
      source: 'Suivi du Département',
      reference: 0,
      cible: 45,
      cibleDans: 140,
      kpi: 'acces-emploi-6-mois',
      mesures: [
        [-110, 6],
        [-50, 14],
        [-12, 21],
      ],
    },
  ],
  beneficiaires: 112,
}

export const DECOUVERTE_INDUSTRIE: FicheSeed = {
  title: 'Découverte des métiers de l’industrie pour les collégiens',
  by: JULIEN,
  statut: 'terminee',
  priorite: P4,
  debut: -260,
  fin: -100,
  publics: ['jeunes'],
  thematiques: ['orientation', 'attractivite'],
  typologie: 'information',
  problematique:
    'Seuls 6 % des élèves de troisième du territoire demandent une filière industrielle, alors que l’industrie représente 18 % de l’emploi salarié de l’arrondissement et que les entreprises peinent à trouver des alternants.',
  description:
    'Les classes de quatrième et troisième de douze collèges visitent une entreprise industrielle et participent à un atelier pratique avec des apprentis. Les professeurs principaux sont formés à présenter les filières industrielles, et les familles sont invitées à une soirée portes ouvertes.',
  acteurs: [
    ['Rectorat (bassin d’éducation de Lens)', 'pilote, collèges'],
    ['UIMM Pas-de-Calais', 'entreprises d’accueil'],
    ['Mission locale de Lens-Liévin', 'animation des ateliers'],
    ['CIO de Lens', 'orientation'],
    ['Région Hauts-de-France', 'transport des classes'],
    ['CFA de l’industrie', 'apprentis ambassadeurs'],
  ],
  etapes: [
    ['Formation des professeurs', -240, 'realisee'],
    ['Visites et ateliers', -120, 'realisee'],
    ['Soirée des familles', -100, 'realisee'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Élèves ayant visité une entreprise',
      unite: 'élèves',
      source: 'Suivi du rectorat',
      reference: 0,
      cible: 600,
      cibleDans: -100,
      mesures: [
        [-200, 180],
        [-150, 410],
        [-105, 640],
      ],
    },
    {
      niveau: 'impact',
      libelle: 'Vœux d’orientation vers une filière industrielle',
      unite: '%',
      source: 'Affectation en seconde (Affelnet)',
      reference: 6,
      cible: 9,
      cibleDans: 200,
      frequence: 'annuelle',
      mesures: [[-100, 7.5]],
    },
  ],
  beneficiaires: 640,
  bilan: {
    resultatsChiffres: '640 élèves de 12 collèges ; vœux vers l’industrie passés de 6 % à 7,5 %.',
    enseignements:
      'Les ateliers avec des apprentis marquent plus que les visites ; la soirée des familles a peu mobilisé. L’effet sur les vœux se mesurera sur plusieurs années.',
    efficacite: 7,
    reconduction: 'peut-etre',
  },
}

export const IMMERSIONS_LONGUE_DUREE: FicheSeed = {
  title: 'Immersions en entreprise pour les demandeurs d’emploi de longue durée',
  by: JULIEN,
  statut: 'en-cours',
  priorite: P3,
  debut: -140,
  fin: 220,
  publics: ['deld', 'seniors'],
  thematiques: ['accompagnement', 'recrutement'],
  typologie: 'acces-emploi',
  problematique:
    'Sur l’arrondissement, 5 200 personnes sont inscrites depuis plus de deux ans ; elles sont rarement reçues en entretien et beaucoup doutent de pouvoir retravailler. Les employeurs disent manquer d’occasions de les voir à l’œuvre.',
  description:
    'Des périodes de mise en situation en milieu professionnel de deux semaines sont proposées dans cinquante entreprises partenaires, avec un tuteur formé et un point hebdomadaire avec le conseiller. À l’issue, l’entreprise dit si elle recrute ou ce qui manque au candidat.',
  acteurs: [
    ['France Travail Lens', 'pilote'],
    ['Club FACE Artois', 'entreprises partenaires'],
    ['Cap emploi 62', 'candidats en situation de handicap'],
    ['PLIE de Lens-Liévin', 'accompagnement'],
    ['CCI Artois', 'mobilisation des commerces'],
    ['Agence régionale de l’apprentissage', 'formation des tuteurs'],
  ],
  etapes: [
    ['Formation des tuteurs', -120, 'realisee'],
    ['Immersions', 200, 'en-cours'],
    ['Bilan', 220, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'resultat',
      libelle: 'Recrutements après immersion',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 40,
      cibleDans: 220,
      kpi: 'presence-emploi-6-mois',
      mesures: [
        [-90, 5],
        [-60, 12],
      ],
    },
  ],
  beneficiaires: 48,
  staleSinceDays: 58,
}

export const MISSION_LOCALE_HORS_LES_MURS: FicheSeed = {
  title: 'Mission locale hors les murs dans les cités',
  by: JULIEN,
  statut: 'en-cours',
  priorite: P4,
  debut: -100,
  fin: 260,
  publics: ['neet'],
  thematiques: ['orientation', 'accompagnement'],
  typologie: 'levee-de-freins',
  problematique:
    'La mission locale estime que 40 % des jeunes NEET des cités minières de Liévin et d’Avion ne sont connus d’aucune structure ; ils se déplacent peu jusqu’aux permanences du centre-ville.',
  description:
    'Un camping-car aménagé stationne chaque semaine dans six cités, avec un conseiller et un animateur de prévention. Les jeunes y trouvent des offres, de l’aide pour leurs démarches et une inscription au contrat d’engagement jeune.',
  acteurs: [
    ['Mission locale de Lens-Liévin', 'pilote'],
    ['Villes de Liévin et d’Avion', 'emplacements'],
    ['Prévention spécialisée', 'repérage'],
    ['France Travail Lens', 'offres'],
  ],
  etapes: [
    ['Aménagement du camping-car', -90, 'realisee'],
    ['Tournées hebdomadaires', 260, 'en-cours'],
    ['Bilan à six mois', 80, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Jeunes rencontrés',
      unite: 'jeunes',
      source: SUIVI_ML,
      reference: 0,
      cible: 300,
      cibleDans: 260,
      mesures: [
        [-70, 34],
        [-40, 81],
        [-8, 126],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Entrées en contrat d’engagement jeune',
      unite: 'jeunes',
      source: SUIVI_ML,
      reference: 0,
      cible: 60,
      cibleDans: 260,
      kpi: 'delai-debut-accompagnement',
      mesures: [
        [-40, 9],
        [-8, 18],
      ],
    },
  ],
  beneficiaires: 126,
}

export const SALON_ALTERNANCE: FicheSeed = {
  title: 'Salon de l’alternance du Bassin minier',
  by: JULIEN,
  statut: 'en-attente-de-validation',
  priorite: P4,
  debut: 60,
  fin: 120,
  publics: ['jeunes', 'employeurs'],
  thematiques: ['formation', 'recrutement'],
  typologie: 'acces-emploi',
  problematique:
    'Chaque printemps, 40 % des offres d’alternance du territoire restent sans candidat alors que des jeunes cherchent une entreprise pour leur formation.',
  description:
    'Un salon d’une journée au Louvre-Lens réunit CFA et entreprises qui recrutent en alternance, avec des entretiens sur place et un espace d’aide au contrat.',
  acteurs: [
    ['Mission locale de Lens-Liévin', 'pilote'],
    ['CFA du territoire', 'présentation des formations'],
    ['CCI Artois', 'mobilisation des entreprises'],
  ],
  etapes: [['Salon', 100, 'a-venir']],
  indicateurs: [
    {
      niveau: 'resultat',
      libelle: 'Contrats d’alternance signés dans les trois mois',
      unite: 'contrats',
      source: SUIVI_ML,
      reference: 0,
      cible: 100,
      cibleDans: 200,
      mesures: [],
    },
  ],
}
