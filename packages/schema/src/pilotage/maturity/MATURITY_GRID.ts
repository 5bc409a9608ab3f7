import type { MaturityTheme } from './MaturityGrid.ts'

/**
 * The national grid of the démarche de progression et d’impact of the CLPE: 4 themes of 5
 * questions, each scored from 1 (émergent) to 4 (à impact démontré). Ids are stable: the fields
 * of an auto-évaluation and the answers of past campaigns are keyed by them.
 */
export const MATURITY_GRID: readonly MaturityTheme[] = [
  {
    id: 'dynamique-de-fonctionnement',
    label: 'Dynamique de fonctionnement',
    questions: [
      {
        id: 'copresidence',
        label: 'Coprésidence et gouvernance',
        help: 'Comment le sous-préfet et les élus coprésidents font vivre le CLPE.',
        levels: [
          'Le CLPE a été installé ; la coprésidence reste formelle.',
          'Les coprésidents fixent ensemble l’ordre du jour ; les réunions suivent un calendrier annuel.',
          'Les coprésidents arbitrent les priorités et suivent les décisions d’une réunion à l’autre.',
          'La coprésidence engage les partenaires sur des objectifs communs et rend compte au CoRE des effets obtenus.',
        ],
      },
      {
        id: 'participation-membres',
        label: 'Participation des membres',
        help: 'Qui vient aux réunions et qui contribue aux travaux, entre les réunions aussi.',
        levels: [
          'Peu de membres participent en dehors de l’État et de France Travail ; les absences sont fréquentes.',
          'Les principaux membres sont présents, mais contribuent surtout pendant les réunions plénières.',
          'Collectivités, opérateurs, employeurs et associations contribuent aux travaux entre les réunions.',
          'Chaque membre porte ou copilote au moins une action et en rend compte ; la participation tient dans la durée.',
        ],
      },
      {
        id: 'appui-operationnel',
        label: 'Appui opérationnel et suivi des décisions',
        help: 'La préparation des réunions, les comptes rendus et le suivi de ce qui a été décidé.',
        levels: [
          'Les réunions se préparent au cas par cas ; les comptes rendus ne sont pas systématiques.',
          'L’appui opérationnel prépare chaque réunion et diffuse un compte rendu.',
          'Un relevé de décisions est tenu et repris à chaque réunion ; les documents sont partagés dans un espace commun.',
          'Le suivi des décisions est à jour et montre ce que le CLPE a changé ; l’organisation tient malgré les changements de personnes.',
        ],
      },
      {
        id: 'groupes-de-travail',
        label: 'Groupes de travail',
        help: 'Les groupes qui travaillent entre les réunions sur une priorité du CLPE.',
        levels: [
          'Aucun groupe de travail n’est constitué.',
          'Des groupes de travail existent mais se réunissent de façon irrégulière.',
          'Chaque groupe de travail a un pilote, un calendrier et des livrables attendus par le CLPE.',
          'Les groupes de travail produisent des actions dont les résultats sont présentés et discutés en réunion plénière.',
        ],
      },
      {
        id: 'lien-core-territoires',
        label: 'Liens avec le CoRE et les autres territoires',
        help: 'Les remontées vers le CoRE et le comité départemental, les échanges avec les CLPE voisins.',
        levels: [
          'Les liens avec le CoRE et le comité départemental se limitent aux informations qui descendent.',
          'Le CLPE fait remonter ses besoins quand il est sollicité.',
          'Le CLPE fait remonter régulièrement ses difficultés et ses réussites, et travaille avec les CLPE voisins.',
          'Les remontées du CLPE ont nourri des décisions régionales ou départementales.',
        ],
      },
    ],
  },
  {
    id: 'socle-commun',
    label: 'Socle commun',
    questions: [
      {
        id: 'diagnostic-partage',
        label: 'Diagnostic territorial partagé',
        help: 'Un état des lieux chiffré, sourcé et daté, que les membres reconnaissent comme le leur.',
        levels: [
          'Il n’y a pas de diagnostic commun : chaque partenaire s’appuie sur ses propres chiffres.',
          'Un diagnostic rassemble les principales données, mais il a peu été discuté entre les membres.',
          'Le diagnostic a été construit et validé ensemble ; chaque chiffre a sa source et sa date.',
          'Le diagnostic est actualisé chaque année et ses constats fondent visiblement les priorités et les actions.',
        ],
      },
      {
        id: 'feuille-de-route',
        label: 'Feuille de route',
        help: 'Les priorités de l’année et les fiches action qui les servent.',
        levels: [
          'Le CLPE n’a pas de feuille de route écrite.',
          'La feuille de route liste des actions, sans lien explicite avec le diagnostic.',
          'La feuille de route fixe des priorités tirées du diagnostic, déclinées en fiches action avec un pilote et des échéances.',
          'La feuille de route est révisée chaque année à partir du bilan des actions de l’année passée.',
        ],
      },
      {
        id: 'orientation-accompagnement',
        label: 'Orientation et accompagnement des personnes',
        help: 'Comment France Travail, la mission locale, Cap emploi et le Département orientent et accompagnent ensemble.',
        levels: [
          'Chaque partenaire oriente et accompagne selon ses propres règles.',
          'Les partenaires connaissent les critères d’orientation des uns et des autres.',
          'Des critères d’orientation communs sont appliqués et les situations difficiles sont examinées ensemble.',
          'Les délais d’orientation et d’entrée en accompagnement sont suivis et se réduisent.',
        ],
      },
      {
        id: 'service-entreprises',
        label: 'Service aux entreprises',
        help: 'La réponse commune aux besoins de recrutement des employeurs du territoire.',
        levels: [
          'Chaque partenaire sollicite les employeurs de son côté.',
          'Les partenaires se connaissent et se transmettent des offres de temps en temps.',
          'Les employeurs ont un interlocuteur identifié et les offres sont partagées entre partenaires.',
          'Le recours des employeurs au réseau et le pourvoi des offres progressent, chiffres à l’appui.',
        ],
      },
      {
        id: 'freins-peripheriques',
        label: 'Levée des freins périphériques',
        help: 'Mobilité, logement, garde d’enfants, santé, numérique : ce qui empêche de reprendre un emploi.',
        levels: [
          'Les freins sont traités au cas par cas, sans vue d’ensemble.',
          'Les principaux freins du territoire sont identifiés dans le diagnostic.',
          'Les solutions existantes sont recensées et tous les partenaires les mobilisent.',
          'Des solutions qui manquaient ont été créées ou adaptées, et leur effet sur le retour à l’emploi est suivi.',
        ],
      },
    ],
  },
  {
    id: 'pilotage-et-impact',
    label: 'Pilotage et impact',
    questions: [
      {
        id: 'logique-de-pilotage',
        label: 'Logique de pilotage',
        help: 'Ce sur quoi le CLPE s’appuie pour poursuivre, réorienter ou arrêter une action.',
        levels: [
          'Logique de moyens et d’activité : le CLPE rend compte de ce qui est fait (réunions tenues, actions lancées).',
          'Logique de réalisations : le CLPE compte ce que les actions produisent (ateliers, participants), sans regarder leurs effets.',
          'Logique de résultats : les effets sur les bénéficiaires sont mesurés et discutés régulièrement en CLPE.',
          'Pilotage par l’impact : les actions sont réorientées ou arrêtées quand l’impact n’est pas au rendez-vous.',
        ],
      },
      {
        id: 'indicateurs-actions',
        label: 'Indicateurs des actions',
        help: 'Ce que les fiches action prévoient de mesurer, et par rapport à quoi.',
        levels: [
          'Les fiches action n’ont pas d’indicateurs, ou seulement des indicateurs d’activité.',
          'Des indicateurs de réalisation sont définis, sans valeur de référence ni cible.',
          'Chaque action a au moins un indicateur de résultat chiffré et daté, avec sa valeur de référence.',
          'Les indicateurs de résultat et d’impact sont suivis dans le temps et reliés aux indicateurs nationaux du réseau.',
        ],
      },
      {
        id: 'suivi-des-actions',
        label: 'Suivi des actions en cours',
        help: 'La mise à jour des fiches action entre deux réunions.',
        levels: [
          'L’avancement des actions n’est pas suivi entre deux réunions.',
          'Un point d’avancement est fait en réunion, sans outil commun.',
          'Les fiches action sont mises à jour chaque mois dans un outil partagé : statut, étapes, mesures.',
          'Le tableau de bord du CLPE est à jour et sert de base aux décisions prises en réunion.',
        ],
      },
      {
        id: 'bilan-des-actions',
        label: 'Bilan des actions terminées',
        help: 'Ce que le CLPE retient d’une action une fois qu’elle est finie.',
        levels: [
          'Les actions se terminent sans bilan.',
          'Un bilan est rédigé pour certaines actions ; il décrit surtout ce qui a été fait.',
          'Chaque action terminée a un bilan chiffré, avec ses enseignements, présenté au CLPE.',
          'Les bilans décident de la reconduction, de l’adaptation ou de l’arrêt des actions et nourrissent la feuille de route suivante.',
        ],
      },
      {
        id: 'partage-des-donnees',
        label: 'Partage des données',
        help: 'La mise en commun, entre partenaires, de données agrégées sur le territoire et les actions.',
        levels: [
          'Chaque partenaire garde ses données ; le CLPE travaille sans chiffres communs.',
          'Quelques données sont échangées à la demande.',
          'Les partenaires partagent régulièrement des données agrégées selon des règles convenues : source, date, secret statistique.',
          'Les données partagées permettent de mesurer l’effet des actions sur le territoire et de se comparer à d’autres CLPE.',
        ],
      },
    ],
  },
  {
    id: 'mutualisation-offres-de-services',
    label: 'Mutualisation et mise en visibilité des offres de services',
    questions: [
      {
        id: 'cartographie-offre',
        label: 'Cartographie de l’offre de services',
        help: 'La vue d’ensemble de ce que proposent les partenaires du territoire.',
        levels: [
          'Personne n’a de vue d’ensemble de l’offre de services des partenaires.',
          'Une liste des dispositifs existe, mais elle n’est pas tenue à jour.',
          'La cartographie de l’offre est partagée, à jour, et les conseillers s’en servent (par exemple dans DORA).',
          'La cartographie a permis de repérer des doublons et des manques, et l’offre a été ajustée en conséquence.',
        ],
      },
      {
        id: 'connaissance-mutuelle',
        label: 'Connaissance mutuelle des professionnels',
        help: 'Les conseillers des différents partenaires savent ce que font les autres et à qui s’adresser.',
        levels: [
          'Les professionnels des différents partenaires se connaissent peu.',
          'Des rencontres ou des informations collectives sont organisées de temps en temps.',
          'Des temps d’échange réguliers réunissent les professionnels : immersions croisées, formations communes.',
          'Les professionnels adressent directement les personnes au bon interlocuteur ; les ruptures de parcours diminuent.',
        ],
      },
      {
        id: 'mutualisation-moyens',
        label: 'Mutualisation des moyens',
        help: 'Les locaux, outils, personnels et financements mis en commun entre partenaires.',
        levels: [
          'Chaque partenaire mobilise ses propres moyens pour ses propres publics.',
          'Des moyens sont mis en commun ponctuellement, pour un événement.',
          'Des actions communes sont financées et animées à plusieurs partenaires.',
          'La mise en commun des moyens est organisée dans la durée et ses gains sont mesurés : publics touchés, dépenses évitées.',
        ],
      },
      {
        id: 'visibilite-offre',
        label: 'Visibilité auprès des personnes et des entreprises',
        help: 'Ce que les habitants et les employeurs savent de l’offre de services du réseau.',
        levels: [
          'Le CLPE et l’offre du réseau sont peu connus en dehors des partenaires.',
          'Des supports d’information présentent l’offre de services.',
          'Une communication commune fait connaître l’offre aux personnes et aux entreprises : sites, événements, relais locaux.',
          'La satisfaction des personnes et des entreprises est suivie, et la communication est ajustée en conséquence.',
        ],
      },
      {
        id: 'partage-entre-territoires',
        label: 'Partage des pratiques entre territoires',
        help: 'Ce que le CLPE donne à voir de ses actions aux autres territoires, et ce qu’il en reprend.',
        levels: [
          'Les actions du CLPE ne sont pas connues en dehors du territoire.',
          'Le CLPE présente ses actions quand on le lui demande.',
          'Le CLPE documente ses actions et leurs bilans, consultables par les autres territoires.',
          'Des actions du CLPE ont été reprises ailleurs, ou le CLPE a repris des actions qui avaient fait leurs preuves ailleurs.',
        ],
      },
    ],
  },
]
