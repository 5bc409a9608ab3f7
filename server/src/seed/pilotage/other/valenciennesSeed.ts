import type { ClpeSeed } from '../PilotageSeed.ts'
import { FT } from './suivis.ts'

const KARINE = 'karine.vasseur@demo.maillage.fr'

/** CLPE Valenciennes: a few fiches action, written briefly. */
export const VALENCIENNES_SEED: ClpeSeed = {
  code: 'CLPE59006',
  fiches: [
    {
      title: 'Clauses d’insertion du chantier du tramway',
      by: KARINE,
      statut: 'en-cours',
      debut: -300,
      fin: 120,
      publics: ['deld', 'brsa'],
      thematiques: ['recrutement', 'accompagnement'],
      typologie: 'acces-emploi',
      problematique:
        'Le prolongement du tramway du Valenciennois représente 60 000 heures d’insertion prévues dans les marchés ; sans accompagnement, les entreprises les réalisent avec des intérimaires venus d’ailleurs.',
      description:
        'La maison de l’emploi facilite les clauses : repérage des candidats avec France Travail et le PLIE, préparation aux métiers des travaux publics, suivi dans l’entreprise.',
      acteurs: [
        ['Maison de l’emploi du Valenciennois', 'pilote, facilitateur des clauses'],
        ['SIMOUV', 'maître d’ouvrage'],
        ['France Travail Valenciennes', 'repérage'],
        ['PLIE du Valenciennois', 'accompagnement'],
        ['Entreprises de travaux publics', 'embauches'],
      ],
      etapes: [
        ['Repérage des candidats', -280, 'realisee'],
        ['Heures réalisées', 100, 'en-cours'],
        ['Bilan des clauses', 120, 'a-venir'],
      ],
      indicateurs: [
        {
          niveau: 'realisation',
          libelle: 'Heures d’insertion réalisées',
          unite: 'heures',
          source: 'Suivi des clauses',
          reference: 0,
          cible: 60000,
          cibleDans: 120,
          frequence: 'trimestrielle',
          mesures: [
            [-200, 12400],
            [-110, 31800],
            [-20, 47250],
          ],
        },
        {
          niveau: 'resultat',
          libelle: 'Participants en emploi à la fin de leur contrat',
          unite: '%',
          source: 'Suivi des clauses',
          reference: 30,
          cible: 50,
          cibleDans: 120,
          kpi: 'acces-emploi-6-mois',
          frequence: 'trimestrielle',
          mesures: [
            [-110, 41],
            [-20, 53],
          ],
        },
      ],
      beneficiaires: 94,
    },
    {
      title: 'Découverte des métiers de l’automobile pour les femmes',
      by: KARINE,
      statut: 'terminee',
      debut: -200,
      fin: -90,
      publics: ['femmes', 'de'],
      thematiques: ['recrutement', 'attractivite'],
      typologie: 'levee-de-freins',
      problematique:
        'Les usines automobiles du Valenciennois recrutent 400 opérateurs par an ; moins de 15 % des candidatures viennent de femmes.',
      description:
        'Des journées de découverte en usine et des immersions de deux semaines pour des demandeuses d’emploi, avec des salariées marraines.',
      acteurs: [
        ['France Travail Valenciennes', 'pilote'],
        ['Constructeurs automobiles', 'immersions'],
        ['Association Elles bougent', 'marraines'],
      ],
      etapes: [
        ['Journées de découverte', -170, 'realisee'],
        ['Immersions', -100, 'realisee'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Femmes recrutées en usine',
          unite: 'personnes',
          source: FT,
          reference: 0,
          cible: 25,
          cibleDans: -90,
          mesures: [[-92, 19]],
        },
      ],
      beneficiaires: 64,
      bilan: {
        resultatsChiffres: '64 participantes, 19 recrutées pour 25 visées.',
        enseignements:
          'Les marraines ont rassuré ; les horaires d’équipe restent un frein sans garde.',
        efficacite: 7,
        reconduction: 'oui',
      },
    },
    {
      title: 'Réseau des référents RSA du Valenciennois',
      by: KARINE,
      statut: 'en-cours',
      debut: -120,
      fin: 240,
      publics: ['brsa'],
      thematiques: ['accompagnement'],
      typologie: 'levee-de-freins',
      problematique: 'Les référents RSA des différentes structures ne se connaissent pas.',
      description:
        'Une réunion mensuelle d’échange de pratiques et d’études de situations anonymisées.',
      acteurs: [
        ['Département du Nord', 'pilote'],
        ['France Travail Valenciennes', 'référents'],
      ],
      etapes: [['Réunions mensuelles', 240, 'en-cours']],
      indicateurs: [],
    },
    {
      title: 'Forum des métiers de la santé',
      by: KARINE,
      statut: 'abandonnee',
      debut: -150,
      fin: -120,
      publics: ['jeunes'],
      thematiques: ['orientation'],
      typologie: 'information',
      problematique: 'Les jeunes connaissent mal les métiers de la santé hors infirmier.',
      description: 'Un forum prévu au centre hospitalier, annulé faute de salle disponible.',
      acteurs: [['Centre hospitalier de Valenciennes', 'accueil']],
      etapes: [['Forum', -120, 'a-venir']],
      indicateurs: [],
      bilan: {
        resultatsChiffres: 'Forum annulé.',
        enseignements: 'À reprogrammer avec l’IFSI, qui dispose d’un amphithéâtre.',
        efficacite: 0,
        reconduction: 'peut-etre',
      },
    },
  ],
}
