import type { ClpeSeed } from '../PilotageSeed.ts'

/** CLPE Amiens: a few fiches action, written briefly. */
export const AMIENS_SEED: ClpeSeed = {
  code: 'CLPE80002',
  fiches: [
    {
      title: 'Plateforme des métiers du grand âge à Amiens',
      statut: 'en-cours',
      debut: -260,
      fin: 100,
      publics: ['de', 'femmes'],
      thematiques: ['recrutement', 'formation'],
      typologie: 'acces-emploi',
      problematique:
        'Les services d’aide à domicile de l’Amiénois refusent 15 % des demandes d’intervention faute de personnel ; 320 postes sont vacants selon le Département de la Somme.',
      description:
        'Une plateforme unique recueille les offres des structures, organise des informations collectives hebdomadaires et oriente vers des formations courtes d’assistant de vie financées par la Région.',
      acteurs: [
        ['Département de la Somme', 'pilote'],
        ['France Travail Amiens', 'orientation'],
        ['Fédérations de l’aide à domicile', 'offres'],
        ['Région Hauts-de-France', 'formations'],
        ['Mission locale de l’Amiénois', 'jeunes'],
      ],
      etapes: [
        ['Ouverture de la plateforme', -240, 'realisee'],
        ['Informations collectives', 80, 'en-cours'],
        ['Bilan', 100, 'a-venir'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Embauches dans l’aide à domicile',
          unite: 'personnes',
          source: 'Suivi du Département',
          reference: 0,
          cible: 120,
          cibleDans: 100,
          kpi: 'taux-pourvoi-offres',
          mesures: [
            [-180, 22],
            [-120, 51],
            [-60, 84],
            [-5, 109],
          ],
        },
        {
          niveau: 'impact',
          libelle: 'Demandes d’intervention refusées',
          unite: '%',
          source: 'Suivi du Département',
          reference: 15,
          cible: 8,
          cibleDans: 100,
          frequence: 'trimestrielle',
          mesures: [
            [-120, 13],
            [-5, 10],
          ],
        },
      ],
      beneficiaires: 240,
    },
    {
      title: 'Accompagnement des créateurs d’activité dans les quartiers nord',
      statut: 'terminee',
      debut: -300,
      fin: -60,
      publics: ['qpv', 'de'],
      thematiques: ['creation-activite'],
      typologie: 'acces-emploi',
      problematique:
        'Dans les quartiers nord d’Amiens, de nombreux habitants ont un projet d’entreprise mais ne fréquentent pas les réseaux d’accompagnement du centre-ville.',
      description:
        'Une couveuse d’entreprises tient une permanence hebdomadaire au centre social et accompagne les porteurs de projet jusqu’à l’immatriculation.',
      acteurs: [
        ['BGE Picardie', 'pilote, accompagnement'],
        ['Amiens Métropole', 'financement'],
        ['Centre social Étouvie', 'accueil'],
      ],
      etapes: [
        ['Permanences', -100, 'realisee'],
        ['Bilan', -60, 'realisee'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Entreprises créées',
          unite: 'entreprises',
          source: 'Suivi de la BGE',
          reference: 0,
          cible: 15,
          cibleDans: -60,
          mesures: [
            [-150, 6],
            [-62, 17],
          ],
        },
      ],
      beneficiaires: 58,
      bilan: {
        resultatsChiffres: '58 porteurs de projet reçus, 17 entreprises créées pour 15 visées.',
        enseignements: 'La permanence de proximité touche un public que la BGE ne voyait pas.',
        efficacite: 8,
        reconduction: 'oui',
      },
    },
    {
      title: 'Logement des saisonniers agricoles',
      statut: 'en-attente-de-validation',
      debut: 90,
      fin: 240,
      publics: ['de'],
      thematiques: ['logement', 'recrutement'],
      typologie: 'levee-de-freins',
      problematique:
        'Les exploitations maraîchères ne trouvent pas de saisonniers faute de logement.',
      description:
        'Des logements temporaires mis à disposition par les communes pendant la saison.',
      acteurs: [
        ['Chambre d’agriculture de la Somme', 'pilote'],
        ['Communes rurales', 'logements'],
      ],
      etapes: [['Recensement des logements', 120, 'a-venir']],
      indicateurs: [],
    },
    {
      title: 'Parrainage vers l’emploi des jeunes diplômés des quartiers',
      statut: 'en-cours',
      debut: -150,
      fin: 210,
      publics: ['jeunes', 'qpv'],
      thematiques: ['accompagnement'],
      typologie: 'acces-emploi',
      problematique:
        'Les jeunes diplômés des quartiers mettent deux fois plus de temps à trouver un emploi.',
      description: 'Des cadres bénévoles parrainent des jeunes diplômés pendant six mois.',
      acteurs: [
        ['NQT', 'parrainage'],
        ['Mission locale de l’Amiénois', 'orientation'],
      ],
      etapes: [['Binômes constitués', -120, 'realisee']],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Jeunes parrainés en emploi',
          unite: 'jeunes',
          source: 'Suivi de NQT',
          reference: 0,
          cible: 25,
          cibleDans: 210,
          kpi: 'acces-emploi-6-mois',
          mesures: [
            [-60, 7],
            [-10, 13],
          ],
        },
        {
          niveau: 'resultat',
          libelle: 'Jeunes satisfaits du parrainage',
          unite: '%',
          source: 'Questionnaire de fin de parrainage',
          cible: 85,
          cibleDans: 210,
          kpi: 'satisfaction-demandeurs-emploi',
          frequence: 'semestrielle',
          mesures: [[-10, 91]],
        },
      ],
      beneficiaires: 34,
    },
  ],
}
