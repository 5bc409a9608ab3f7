import type { FicheSeed } from '../PilotageSeed.ts'
import { NADIA, ELODIE, P3, P4, SUIVI_FT, SUIVI_ML } from './lilleConstants.ts'

// The Lille fiches action that remobilise NEET youth and QPV residents and secure parcours.

export const SPORT_LILLE_SUD: FicheSeed = {
  title: 'Remobiliser les jeunes NEET par le sport à Lille-Sud',
  by: ELODIE,
  statut: 'en-cours',
  priorite: P3,
  debut: -180,
  fin: 150,
  publics: ['neet', 'qpv'],
  thematiques: ['orientation', 'accompagnement'],
  typologie: 'levee-de-freins',
  problematique:
    'La mission locale estime à 1 100 le nombre de jeunes de 16 à 25 ans ni en emploi, ni en études, ni en formation à Lille-Sud et Faubourg de Béthune, dont moins de la moitié sont connus d’une structure. Les permanences classiques ne les touchent pas : ils ne poussent pas la porte d’un bureau.',
  description:
    'Deux fois par semaine, des éducateurs sportifs et une conseillère de la mission locale animent des séances de futsal et de boxe au complexe sportif Marcel-Pagnol. Après la séance, un temps d’échange sur les projets permet d’orienter vers le contrat d’engagement jeune, une immersion ou une formation. Les entreprises partenaires viennent jouer une fois par mois.',
  acteurs: [
    ['Mission locale de Lille', 'pilote, accompagnement vers le CEJ'],
    ['Ville de Lille', 'équipements sportifs'],
    ['Association sportive de Lille-Sud', 'animation des séances'],
    ['France Travail Lille', 'offres et immersions'],
    ['Prévention spécialisée (Itinéraires)', 'repérage des jeunes'],
    ['Groupement d’employeurs du Sud lillois', 'rencontres sportives'],
  ],
  etapes: [
    ['Lancement des séances', -170, 'realisee'],
    ['Rencontres mensuelles avec les entreprises', 90, 'en-cours'],
    ['Bilan annuel', 150, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Jeunes repérés et venus au moins trois fois',
      unite: 'jeunes',
      source: SUIVI_ML,
      reference: 0,
      cible: 150,
      cibleDans: 150,
      mesures: [
        [-140, 22],
        [-100, 51],
        [-60, 78],
        [-20, 97],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Entrées en CEJ ou en formation',
      unite: 'jeunes',
      source: SUIVI_ML,
      reference: 0,
      cible: 60,
      cibleDans: 150,
      kpi: 'delai-debut-accompagnement',
      mesures: [
        [-100, 8],
        [-60, 19],
        [-20, 31],
      ],
    },
  ],
  beneficiaires: 97,
}

export const FORUM_TOURCOING: FicheSeed = {
  title: 'Forum « Un emploi près de chez moi » à Tourcoing',
  by: NADIA,
  statut: 'terminee',
  priorite: P3,
  debut: -160,
  fin: -120,
  publics: ['de', 'qpv'],
  thematiques: ['recrutement', 'orientation'],
  typologie: 'information',
  problematique:
    'Les habitants de la Bourgogne et du Virolois, à Tourcoing, connaissent mal les entreprises qui recrutent à proximité : 62 % des demandeurs d’emploi de ces quartiers cherchent hors de la commune alors que les zones d’activités voisines peinent à recruter.',
  description:
    'Un forum d’une journée réunit au centre social une trentaine d’entreprises locales, les acteurs de l’emploi et de la formation, avec des ateliers CV et des entretiens sur place. Une campagne d’affichage et de porte-à-porte par les adultes relais le précède.',
  acteurs: [
    ['France Travail Tourcoing', 'pilote'],
    ['Ville de Tourcoing', 'centre social et communication'],
    ['Maison de l’emploi Lille Métropole', 'mobilisation des entreprises'],
    ['Adultes relais des quartiers', 'porte-à-porte'],
  ],
  etapes: [
    ['Mobilisation des entreprises', -140, 'realisee'],
    ['Forum', -125, 'realisee'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Visiteurs du forum',
      unite: 'personnes',
      source: SUIVI_FT,
      cible: 400,
      cibleDans: -125,
      frequence: 'ponctuelle',
      mesures: [[-125, 310]],
    },
    {
      niveau: 'resultat',
      libelle: 'Recrutements dans les deux mois',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 40,
      cibleDans: -65,
      mesures: [
        [-95, 11],
        [-65, 17],
      ],
    },
  ],
  beneficiaires: 310,
  bilan: {
    resultatsChiffres:
      '310 visiteurs pour 400 attendus, 17 recrutements à deux mois pour 40 visés.',
    enseignements:
      'Beaucoup de visiteurs venus s’informer, peu de candidats prêts : un forum sans préparation en amont recrute peu. Le format sera remplacé par des job datings préparés.',
    efficacite: 5,
    reconduction: 'peut-etre',
  },
}

export const MARAUDES_NUMERIQUES: FicheSeed = {
  title: 'Maraudes numériques dans les quartiers',
  by: ELODIE,
  statut: 'abandonnee',
  priorite: P3,
  debut: -200,
  fin: -100,
  publics: ['neet', 'qpv'],
  thematiques: ['numerique', 'orientation'],
  typologie: 'information',
  problematique:
    'Une partie des jeunes des quartiers prioritaires ne sont joignables que par les réseaux sociaux ; la mission locale voulait les rejoindre là où ils échangent, avec des conseillers présents en ligne le soir.',
  description:
    'Deux conseillers devaient tenir des permanences en ligne le soir sur les réseaux sociaux et orienter les jeunes vers un rendez-vous. L’action a été arrêtée après trois mois : peu de contacts, et un temps de modération que l’équipe ne pouvait pas tenir.',
  acteurs: [
    ['Mission locale de Lille', 'pilote'],
    ['Promeneurs du Net (CAF)', 'formation des conseillers'],
    ['Ville de Lille', 'communication'],
  ],
  etapes: [
    ['Formation des conseillers', -190, 'realisee'],
    ['Permanences en ligne', -110, 'realisee'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Jeunes contactés en ligne',
      unite: 'jeunes',
      source: SUIVI_ML,
      cible: 200,
      cibleDans: -100,
      mesures: [
        [-160, 12],
        [-130, 19],
      ],
    },
  ],
  bilan: {
    resultatsChiffres: '19 jeunes contactés pour 200 visés, 4 venus en rendez-vous.',
    enseignements:
      'Les jeunes visés répondent mieux à une présence physique (séances sportives) qu’à des permanences en ligne ; les moyens sont reportés sur l’action sport.',
    efficacite: 2,
    reconduction: 'non',
  },
}

export const RENOVATION_ENERGETIQUE: FicheSeed = {
  title: 'Former aux métiers de la rénovation énergétique',
  by: NADIA,
  statut: 'en-attente-de-validation',
  priorite: P4,
  debut: 30,
  fin: 300,
  publics: ['de', 'deld'],
  thematiques: ['transitions', 'formation'],
  typologie: 'acces-emploi',
  problematique:
    'La rénovation énergétique des logements sociaux de la métropole, planifiée jusqu’en 2030, demandera selon la CAPEB 450 recrutements par an, notamment d’isolateurs et de plaquistes. Les entreprises peinent à recruter alors que 2 300 demandeurs d’emploi de longue durée ont une expérience du bâtiment.',
  description:
    'Deux sessions de formation qualifiante de quatre mois, dont un mois en entreprise, sont proposées aux demandeurs d’emploi ayant une première expérience du bâtiment. Les bailleurs sociaux intègrent des clauses d’insertion dans leurs marchés de rénovation pour garantir des embauches à la sortie.',
  acteurs: [
    ['France Travail Lille', 'repérage et prescription'],
    ['CAPEB du Nord', 'mobilisation des entreprises'],
    ['AFPA de Lille', 'formation'],
    ['Lille Métropole Habitat', 'clauses d’insertion'],
    ['Région Hauts-de-France', 'financement des formations'],
    ['Maison de l’emploi', 'facilitateur des clauses'],
  ],
  etapes: [
    ['Validation par le CLPE', 15, 'a-venir'],
    ['Première session', 150, 'a-venir'],
    ['Seconde session', 300, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'resultat',
      libelle: 'Stagiaires en emploi à 6 mois',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 24,
      cibleDans: 360,
      kpi: 'acces-emploi-6-mois',
      mesures: [],
    },
  ],
}

export const PARRAINAGE_SENIORS: FicheSeed = {
  title: 'Parrainage de seniors par des dirigeants d’entreprise',
  by: NADIA,
  statut: 'en-cours',
  priorite: P4,
  debut: -270,
  fin: 90,
  publics: ['seniors', 'deld'],
  thematiques: ['accompagnement'],
  typologie: 'acces-emploi',
  problematique:
    'Les demandeurs d’emploi de 50 ans et plus représentent 27 % des inscrits de longue durée de la métropole ; leur durée moyenne d’inscription dépasse 700 jours. Ils disent manquer de réseau et de retours sur leur candidature.',
  description:
    'Vingt dirigeants et cadres du réseau d’entreprises parrainent chacun deux seniors pendant six mois : un rendez-vous mensuel, une relecture des candidatures, une ouverture de leur carnet d’adresses. Le conseiller France Travail reste le référent du parcours.',
  acteurs: [
    ['France Travail Lille', 'pilote, orientation des seniors'],
    ['Réseau Entreprendre Nord', 'mobilisation des parrains'],
    ['Cap emploi Nord', 'seniors en situation de handicap'],
    ['APEC', 'ateliers pour les cadres'],
  ],
  etapes: [
    ['Recrutement des parrains', -250, 'realisee'],
    ['Binômes constitués', -200, 'realisee'],
    ['Bilan des parrainages', 90, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'resultat',
      libelle: 'Seniors parrainés en emploi',
      unite: 'personnes',
      source: SUIVI_FT,
      reference: 0,
      cible: 20,
      cibleDans: 90,
      kpi: 'presence-emploi-6-mois',
      mesures: [
        [-150, 4],
        [-100, 9],
        [-60, 12],
      ],
    },
  ],
  beneficiaires: 38,
  staleSinceDays: 52,
}

export const PASSERELLE_IAE: FicheSeed = {
  title: 'Passerelle vers l’insertion par l’activité économique pour les allocataires du RSA',
  by: NADIA,
  statut: 'en-cours',
  priorite: P3,
  debut: -130,
  fin: 230,
  publics: ['brsa', 'deld'],
  thematiques: ['accompagnement', 'recrutement'],
  typologie: 'acces-emploi',
  problematique:
    'Sur la métropole, 34 000 foyers perçoivent le RSA ; moins de 10 % des allocataires orientés vers un parcours emploi ont accédé à une structure d’insertion par l’activité économique l’an dernier, alors que les SIAE disposent de 180 postes vacants.',
  description:
    'Chaque mois, les SIAE du territoire présentent leurs postes lors d’une matinée commune ; les allocataires orientés par le Département et France Travail y rencontrent les encadrants et peuvent faire une journée d’essai dans la semaine. Un référent unique suit la personne jusqu’au troisième mois de contrat.',
  acteurs: [
    ['Département du Nord', 'pilote, orientation des allocataires'],
    ['France Travail Lille', 'accompagnement global'],
    ['Inser’Action (réseau des SIAE)', 'présentation des postes'],
    ['PLIE Lille Métropole', 'référents de parcours'],
    ['DDETS du Nord', 'agréments et aides aux postes'],
    ['Centres sociaux', 'repérage et mobilisation'],
  ],
  etapes: [
    ['Première matinée des SIAE', -120, 'realisee'],
    ['Matinées mensuelles', 200, 'en-cours'],
    ['Bilan à six mois', 60, 'a-venir'],
  ],
  indicateurs: [
    {
      niveau: 'realisation',
      libelle: 'Allocataires reçus aux matinées',
      unite: 'personnes',
      source: 'Suivi du Département',
      reference: 0,
      cible: 240,
      cibleDans: 230,
      mesures: [
        [-100, 32],
        [-70, 71],
        [-40, 104],
        [-10, 139],
      ],
    },
    {
      niveau: 'resultat',
      libelle: 'Contrats en SIAE signés',
      unite: 'contrats',
      source: 'Suivi du Département',
      reference: 0,
      cible: 90,
      cibleDans: 230,
      kpi: 'acces-emploi-6-mois',
      mesures: [
        [-70, 11],
        [-40, 27],
        [-10, 41],
      ],
    },
  ],
  beneficiaires: 139,
}
