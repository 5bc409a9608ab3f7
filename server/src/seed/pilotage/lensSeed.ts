import type { ClpeSeed } from './PilotageSeed.ts'

const JULIEN = 'lens@demo.maillage.fr'

const P1 = 'Préparer les recrutements des filières de la batterie et de la logistique'
const P2 = 'Lever le frein de la mobilité dans le Bassin minier'
const P3 = 'Ramener vers l’emploi les allocataires du RSA et les chômeurs de longue durée'
const P4 = 'Faire découvrir les métiers qui recrutent aux jeunes'

const SUIVI_FT = 'Suivi France Travail Lens'
const SUIVI_ML = 'Fichier de suivi de la mission locale de Lens-Liévin'

/** CLPE Lens: its feuille de route of the year and a dozen fiches action. */
export const LENS_SEED: ClpeSeed = {
  code: 'CLPE62005',
  feuilleDeRoute: {
    by: JULIEN,
    priorites: [
      [
        P1,
        'Qualifier 120 habitants du territoire aux métiers de la production de batteries et de la logistique d’ici la fin de l’année.',
      ],
      [
        P2,
        'Apporter une solution de transport à 200 personnes qui ne peuvent pas rejoindre les zones d’activités, et suivre leur emploi à 6 mois.',
      ],
      [
        P3,
        'Faire entrer 150 allocataires du RSA dans un parcours d’activité et 80 en emploi ou en formation.',
      ],
      [
        P4,
        'Faire découvrir l’industrie et la logistique à 600 collégiens et lycéens, et pourvoir 100 contrats d’alternance.',
      ],
    ],
    bilanAnneePrecedente:
      'Les actions de mobilité ont touché moins de monde que prévu faute de communication auprès des prescripteurs ; les job datings de Delta 3 ont dépassé leurs objectifs. Le garage solidaire n’a pas trouvé de modèle économique : il est arrêté.',
  },
  fiches: [
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
        resultatsChiffres:
          '640 élèves de 12 collèges ; vœux vers l’industrie passés de 6 % à 7,5 %.',
        enseignements:
          'Les ateliers avec des apprentis marquent plus que les visites ; la soirée des familles a peu mobilisé. L’effet sur les vœux se mesurera sur plusieurs années.',
        efficacite: 7,
        reconduction: 'peut-etre',
      },
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
  ],
}
