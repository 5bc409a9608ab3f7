import type { ClpeSeed } from './PilotageSeed.ts'

// Six more CLPE with a few fiches action each, written more briefly, so that the regional view
// compares territories of different sizes, themes and maturity.

const OLIVIER = 'olivier.delattre@demo.maillage.fr'
const AURELIE = 'aurelie.caron@demo.maillage.fr'
const KARINE = 'karine.vasseur@demo.maillage.fr'

const FT = 'Suivi France Travail'
const ML = 'Suivi de la mission locale'

/** CLPE Béthune, Douai, Valenciennes, Dunkerque, Saint-Quentin and Amiens. */
export const OTHER_CLPE_SEEDS: readonly ClpeSeed[] = [
  {
    code: 'CLPE62002',
    fiches: [
      {
        title: 'Transport à la demande vers les zones d’activités du Béthunois',
        by: OLIVIER,
        statut: 'en-cours',
        debut: -160,
        fin: 200,
        publics: ['de', 'jeunes'],
        thematiques: ['mobilite'],
        typologie: 'levee-de-freins',
        problematique:
          'Les zones d’activités de Ruitz et de Lillers recrutent en horaires décalés, hors de toute desserte de bus ; un candidat sur cinq y renonce faute de transport selon les employeurs.',
        description:
          'Un transport à la demande réservable la veille relie les communes rurales aux zones d’activités aux heures de prise de poste, gratuit le premier mois d’emploi.',
        acteurs: [
          ['Communauté d’agglomération Béthune-Bruay', 'pilote'],
          ['France Travail Béthune', 'information des candidats'],
          ['Entreprises des zones d’activités', 'cofinancement'],
        ],
        etapes: [
          ['Mise en service', -130, 'realisee'],
          ['Extension à Lillers', 60, 'en-cours'],
          ['Bilan', 200, 'a-venir'],
        ],
        indicateurs: [
          {
            niveau: 'realisation',
            libelle: 'Personnes transportées vers un emploi',
            unite: 'personnes',
            source: 'Suivi du transporteur',
            reference: 0,
            cible: 120,
            cibleDans: 200,
            mesures: [
              [-100, 21],
              [-45, 54],
              [-6, 71],
            ],
          },
        ],
        beneficiaires: 71,
      },
      {
        title: 'Recruter des conducteurs de car scolaire',
        by: OLIVIER,
        statut: 'terminee',
        debut: -240,
        fin: -70,
        publics: ['de', 'femmes'],
        thematiques: ['recrutement', 'formation'],
        typologie: 'acces-emploi',
        problematique:
          'Les transporteurs du Béthunois manquent de 45 conducteurs de car pour la rentrée ; les temps partiels du matin et du soir attirent peu.',
        description:
          'Une formation au titre de conducteur de transport en commun, financée par la Région, avec un emploi garanti à la sortie et des horaires compatibles avec la garde des enfants.',
        acteurs: [
          ['France Travail Béthune', 'pilote'],
          ['Transporteurs du Béthunois', 'embauches'],
          ['AFTRAL', 'formation'],
          ['Région Hauts-de-France', 'financement'],
        ],
        etapes: [
          ['Recrutement des stagiaires', -220, 'realisee'],
          ['Formation', -100, 'realisee'],
          ['Embauches', -70, 'realisee'],
        ],
        indicateurs: [
          {
            niveau: 'resultat',
            libelle: 'Conducteurs embauchés',
            unite: 'personnes',
            source: FT,
            reference: 0,
            cible: 30,
            cibleDans: -70,
            kpi: 'taux-pourvoi-offres',
            mesures: [
              [-100, 12],
              [-72, 33],
            ],
          },
        ],
        beneficiaires: 38,
        bilan: {
          resultatsChiffres:
            '38 stagiaires, 33 conducteurs embauchés pour 30 visés, dont 21 femmes.',
          enseignements:
            'Les horaires compatibles avec la garde des enfants ont attiré un public nouveau.',
          efficacite: 9,
          reconduction: 'oui',
        },
      },
      {
        title: 'Atelier numérique pour les démarches en ligne',
        by: OLIVIER,
        statut: 'en-attente-de-validation',
        debut: 30,
        fin: 210,
        publics: ['seniors', 'brsa'],
        thematiques: ['numerique'],
        typologie: 'information',
        problematique: 'Beaucoup de demandeurs d’emploi âgés ne savent pas candidater en ligne.',
        description:
          'Des ateliers hebdomadaires dans les médiathèques avec un conseiller numérique.',
        acteurs: [
          ['Conseillers numériques France Services', 'animation'],
          ['Médiathèques', 'salles'],
        ],
        etapes: [['Premiers ateliers', 45, 'a-venir']],
        indicateurs: [],
      },
    ],
  },
  {
    code: 'CLPE59002',
    fiches: [
      {
        title: 'Garantie jeunes mobilité : aide au permis pour les jeunes en CEJ',
        by: AURELIE,
        statut: 'en-cours',
        debut: -200,
        fin: 160,
        publics: ['jeunes', 'neet'],
        thematiques: ['mobilite', 'accompagnement'],
        typologie: 'levee-de-freins',
        problematique:
          'Dans le Douaisis, 62 % des jeunes en contrat d’engagement jeune n’ont pas le permis, alors que la moitié des offres qui leur sont accessibles l’exigent.',
        description:
          'La mission locale finance le code et vingt heures de conduite pour les jeunes en CEJ qui ont une promesse d’embauche ou d’alternance, avec une auto-école partenaire.',
        acteurs: [
          ['Mission locale du Douaisis', 'pilote'],
          ['Douaisis Agglo', 'cofinancement'],
          ['Auto-écoles partenaires', 'formation'],
          ['France Travail Douai', 'offres'],
        ],
        etapes: [
          ['Conventions avec les auto-écoles', -180, 'realisee'],
          ['Premiers permis', -90, 'realisee'],
          ['Bilan', 160, 'a-venir'],
        ],
        indicateurs: [
          {
            niveau: 'resultat',
            libelle: 'Jeunes ayant obtenu le permis',
            unite: 'jeunes',
            source: ML,
            reference: 0,
            cible: 50,
            cibleDans: 160,
            mesures: [
              [-90, 11],
              [-40, 24],
              [-4, 33],
            ],
          },
          {
            niveau: 'impact',
            libelle: 'En emploi durable 6 mois après le permis',
            unite: '%',
            source: ML,
            cible: 55,
            cibleDans: 300,
            kpi: 'presence-emploi-6-mois',
            frequence: 'semestrielle',
            mesures: [[-10, 48]],
          },
        ],
        beneficiaires: 33,
      },
      {
        title: 'Job dating des métiers du ferroviaire',
        by: AURELIE,
        statut: 'terminee',
        debut: -150,
        fin: -30,
        publics: ['de', 'jeunes'],
        thematiques: ['recrutement', 'attractivite'],
        typologie: 'acces-emploi',
        problematique:
          'L’industrie ferroviaire du Douaisis prévoit 200 recrutements de soudeurs, câbleurs et monteurs ; les candidats formés manquent.',
        description:
          'Un job dating sur le site d’un constructeur, précédé d’une visite d’atelier et suivi de formations préalables à l’embauche.',
        acteurs: [
          ['France Travail Douai', 'pilote'],
          ['Constructeur ferroviaire', 'accueil et embauches'],
          ['Mission locale du Douaisis', 'préparation des jeunes'],
        ],
        etapes: [
          ['Visite d’atelier', -120, 'realisee'],
          ['Job dating', -80, 'realisee'],
          ['Formations préalables', -30, 'realisee'],
        ],
        indicateurs: [
          {
            niveau: 'resultat',
            libelle: 'Recrutements ou entrées en formation préalable',
            unite: 'personnes',
            source: FT,
            reference: 0,
            cible: 40,
            cibleDans: -30,
            mesures: [
              [-75, 18],
              [-32, 29],
            ],
          },
        ],
        beneficiaires: 85,
        bilan: {
          resultatsChiffres: '85 candidats, 29 recrutements ou formations pour 40 visés.',
          enseignements: 'Les postes de soudeur exigent une formation plus longue que prévu.',
          efficacite: 6,
          reconduction: 'peut-etre',
        },
      },
      {
        title: 'Accueil des nouveaux habitants en recherche d’emploi',
        by: AURELIE,
        statut: 'en-cours',
        debut: -60,
        fin: 300,
        publics: ['de'],
        thematiques: ['orientation', 'logement'],
        typologie: 'information',
        problematique:
          'Les nouveaux arrivants ne connaissent pas les acteurs de l’emploi du Douaisis.',
        description:
          'Une matinée d’accueil trimestrielle présente l’offre de services du territoire.',
        acteurs: [
          ['Douaisis Agglo', 'pilote'],
          ['France Travail Douai', 'présentation'],
        ],
        etapes: [['Première matinée', -30, 'realisee']],
        indicateurs: [
          {
            niveau: 'realisation',
            libelle: 'Participants aux matinées',
            unite: 'personnes',
            source: 'Suivi de l’agglomération',
            cible: 80,
            cibleDans: 300,
            mesures: [[-30, 17]],
          },
        ],
        beneficiaires: 17,
        staleSinceDays: 34,
      },
    ],
  },
  {
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
  },
  {
    code: 'CLPE59003',
    fiches: [
      {
        title: 'Recruter pour l’industrie décarbonée du port de Dunkerque',
        statut: 'en-cours',
        debut: -180,
        fin: 365,
        publics: ['de', 'jeunes'],
        thematiques: ['transitions', 'recrutement', 'formation'],
        typologie: 'acces-emploi',
        problematique:
          'Les projets industriels de décarbonation du port de Dunkerque annoncent 16 000 emplois d’ici 2030 ; le bassin compte 11 000 demandeurs d’emploi de catégorie A, mais les métiers visés (électriciens, maintenanciers, soudeurs) manquent de candidats formés.',
        description:
          'Une plateforme commune de recrutement recense les besoins des industriels, oriente les candidats vers des formations courtes financées par la Région et organise des sessions de recrutement par métier.',
        acteurs: [
          ['France Travail Dunkerque', 'pilote'],
          ['Communauté urbaine de Dunkerque', 'plateforme'],
          ['Industriels du port', 'besoins et embauches'],
          ['Région Hauts-de-France', 'formations'],
          ['Entreprendre ensemble (maison de l’emploi)', 'coordination'],
        ],
        etapes: [
          ['Recensement des besoins', -150, 'realisee'],
          ['Sessions de recrutement', 200, 'en-cours'],
          ['Bilan annuel', 365, 'a-venir'],
        ],
        indicateurs: [
          {
            niveau: 'resultat',
            libelle: 'Recrutements dans les entreprises du port',
            unite: 'personnes',
            source: FT,
            reference: 0,
            cible: 400,
            cibleDans: 365,
            kpi: 'recours-employeurs-reseau',
            mesures: [
              [-120, 38],
              [-60, 102],
              [-7, 161],
            ],
          },
        ],
        beneficiaires: 420,
      },
      {
        title: 'Garde d’enfants pour les parents en formation',
        statut: 'en-cours',
        debut: -90,
        fin: 270,
        publics: ['femmes'],
        thematiques: ['garde-enfants', 'formation'],
        typologie: 'levee-de-freins',
        problematique: 'Les parents seuls abandonnent souvent leur formation faute de garde.',
        description: 'Des places de crèche réservées pendant la durée de la formation.',
        acteurs: [
          ['CAF du Nord', 'financement'],
          ['Ville de Dunkerque', 'crèches'],
        ],
        etapes: [['Réservation des places', -60, 'realisee']],
        indicateurs: [
          {
            niveau: 'realisation',
            libelle: 'Places réservées',
            unite: 'places',
            source: 'Suivi de la CAF',
            cible: 15,
            cibleDans: 180,
            mesures: [[-30, 9]],
          },
        ],
        beneficiaires: 9,
      },
      {
        title: 'Semaine de l’industrie à Gravelines',
        statut: 'terminee',
        debut: -250,
        fin: -240,
        publics: ['jeunes'],
        thematiques: ['attractivite', 'orientation'],
        typologie: 'information',
        problematique:
          'Les lycéens connaissent mal les métiers de la centrale et de la sidérurgie.',
        description:
          'Des visites d’entreprises et des témoignages d’apprentis pendant une semaine.',
        acteurs: [
          ['Rectorat', 'lycées'],
          ['UIMM Côte d’Opale', 'entreprises'],
        ],
        etapes: [['Semaine de l’industrie', -245, 'realisee']],
        indicateurs: [
          {
            niveau: 'realisation',
            libelle: 'Lycéens participants',
            unite: 'élèves',
            source: 'Suivi du rectorat',
            cible: 300,
            cibleDans: -240,
            frequence: 'ponctuelle',
            mesures: [[-240, 280]],
          },
        ],
        beneficiaires: 280,
        bilan: {
          resultatsChiffres: '280 lycéens de 9 établissements.',
          enseignements: 'Les témoignages d’apprentis sont le temps le plus apprécié.',
          efficacite: 6,
          reconduction: 'oui',
        },
      },
    ],
  },
  {
    code: 'CLPE02003',
    fiches: [
      {
        title: 'Mobilité rurale : location de scooters pour les jeunes',
        statut: 'en-cours',
        debut: -210,
        fin: 150,
        publics: ['jeunes'],
        thematiques: ['mobilite'],
        typologie: 'levee-de-freins',
        problematique:
          'Autour de Saint-Quentin, 70 % des communes n’ont aucun transport en commun ; les jeunes sans permis ne peuvent pas accepter un emploi ou une alternance hors de la ville.',
        description:
          'La mission locale loue des scooters à deux euros par jour pendant six mois aux jeunes qui entrent en emploi ou en alternance, avec une formation au code de la route.',
        acteurs: [
          ['Mission locale du Saint-Quentinois', 'pilote'],
          ['Agglomération du Saint-Quentinois', 'cofinancement'],
          ['Département de l’Aisne', 'cofinancement'],
        ],
        etapes: [
          ['Achat de 20 scooters', -190, 'realisee'],
          ['Locations', 150, 'en-cours'],
        ],
        indicateurs: [
          {
            niveau: 'resultat',
            libelle: 'Jeunes en emploi à la fin de la location',
            unite: 'jeunes',
            source: ML,
            reference: 0,
            cible: 30,
            cibleDans: 150,
            kpi: 'acces-emploi-6-mois',
            mesures: [
              [-120, 6],
              [-60, 14],
            ],
          },
        ],
        beneficiaires: 27,
        staleSinceDays: 47,
      },
      {
        title: 'Découverte des métiers de l’agroalimentaire',
        statut: 'en-attente-de-validation',
        debut: 20,
        fin: 200,
        publics: ['de'],
        thematiques: ['recrutement', 'attractivite'],
        typologie: 'information',
        problematique: 'Les sucreries et conserveries peinent à recruter pour les campagnes.',
        description: 'Des visites d’usines et des immersions avant la campagne betteravière.',
        acteurs: [
          ['France Travail Saint-Quentin', 'pilote'],
          ['Industriels de l’agroalimentaire', 'visites'],
        ],
        etapes: [['Visites', 60, 'a-venir']],
        indicateurs: [],
      },
      {
        title: 'Permanences emploi dans les France Services',
        statut: 'en-cours',
        debut: -330,
        fin: 30,
        publics: ['de', 'seniors'],
        thematiques: ['accompagnement', 'numerique'],
        typologie: 'information',
        problematique: 'Les habitants des communes rurales sont loin des agences.',
        description: 'Un conseiller tient une permanence mensuelle dans cinq France Services.',
        acteurs: [
          ['France Travail Saint-Quentin', 'pilote'],
          ['France Services du Vermandois', 'accueil'],
        ],
        etapes: [['Permanences mensuelles', 30, 'en-cours']],
        indicateurs: [
          {
            niveau: 'realisation',
            libelle: 'Personnes reçues',
            unite: 'personnes',
            source: FT,
            cible: 250,
            cibleDans: 30,
            mesures: [
              [-240, 40],
              [-150, 110],
              [-45, 190],
            ],
          },
        ],
        beneficiaires: 190,
        staleSinceDays: 39,
      },
    ],
  },
  {
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
  },
]
