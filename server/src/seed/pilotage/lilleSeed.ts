import type { ClpeSeed } from './PilotageSeed.ts'

const NADIA = 'lille@demo.maillage.fr'
const ELODIE = 'lille2@demo.maillage.fr'

const P1 = 'Répondre aux besoins de recrutement des métiers en tension'
const P2 = 'Lever les freins périphériques à l’emploi'
const P3 = 'Remobiliser les jeunes NEET et les habitants des quartiers prioritaires'
const P4 = 'Sécuriser les parcours et accompagner les transitions'

const SUIVI_FT = 'Suivi France Travail Lille'
const SUIVI_ML = 'Fichier de suivi de la mission locale'

/** CLPE Lille Métropole: its feuille de route of the year and a dozen fiches action. */
export const LILLE_SEED: ClpeSeed = {
  code: 'CLPE59004',
  feuilleDeRoute: {
    by: NADIA,
    priorites: [
      [
        P1,
        'Pourvoir 300 offres difficiles de la logistique, du soin et de l’hôtellerie-restauration d’ici décembre, avec les candidats du territoire.',
      ],
      [
        P2,
        'Proposer une solution de mobilité ou de garde à 250 personnes dont c’est le premier frein, et mesurer leur accès à l’emploi à 6 mois.',
      ],
      [
        P3,
        'Repérer 400 jeunes sans solution dans les QPV de Lille-Sud, Roubaix et Tourcoing ; en faire entrer 150 en CEJ ou en formation.',
      ],
      [
        P4,
        'Former 60 demandeurs d’emploi aux métiers de la rénovation énergétique et accompagner 40 seniors vers un emploi durable.',
      ],
    ],
    bilanAnneePrecedente:
      'Les job datings ont donné de bons résultats (près d’un candidat sur deux recruté) ; les actions d’information seules ont peu mobilisé. Le CLPE arrête les forums généralistes et concentre ses moyens sur les freins de mobilité et de garde d’enfants, cités par un demandeur d’emploi sur trois.',
  },
  fiches: [
    {
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
        valorisation:
          'Présentée au comité des territoires et dans la lettre d’information régionale.',
      },
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
  ],
}
