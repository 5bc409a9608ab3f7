import { formatCount } from '../../ui/plural.ts'
import type { ConnectionState } from '../../collaboration/index.ts'

// Guillemets hold their words with no-break spaces (\u00a0), so that a line never starts with ».

// The tester of issue #8 expected the CLPE ticked at opening to count: the rule is said where it
// applies, on the thread and on the synergies.
const SUPRA_RULE =
  'Un sujet devient supra-territorial quand trois CLPE l’ont soulevé ou ont dit «\u00a0nous aussi\u00a0» ; les territoires cochés à l’ouverture ne comptent qu’une fois qu’ils l’ont confirmé.'

/** The French text of the échanges between CLPE and CoRE. */
export const exchangeTexts = {
  pageTitle: 'Échanges',
  intro:
    'Les questions, remontées, retours d’expérience et signaux faibles des CLPE et du CoRE. Dites «\u00a0nous aussi\u00a0» quand votre territoire vit la même chose : un sujet soulevé par trois CLPE ou plus est signalé au CoRE comme problématique supra-territoriale.',
  open: 'Ouvrir un échange',
  synergies: 'Synergies entre territoires',
  loading: 'Chargement des échanges…',
  filters: 'Filtrer les échanges',
  type: 'Type',
  status: 'Statut',
  theme: 'Thème',
  territory: 'Territoire',
  all: 'Tous',
  resetFilters: 'Effacer les filtres',
  count: (n: number) => formatCount(n, 'échange', 'échanges'),
  none: 'Aucun échange pour l’instant. Ouvrez le premier : une question, une remontée, un retour d’expérience ou un signal faible.',
  noneFiltered: 'Aucun échange ne correspond à ces filtres.',
  listLabel: 'Échanges',
  raisedBy: (author: string, origin: string | undefined) =>
    origin === undefined ? `Par ${author}` : `Par ${author}, ${origin}`,
  lastActivity: 'Dernière activité',
  messages: (n: number) => formatCount(n, 'message', 'messages'),
  echoes: (n: number) => formatCount(n, '«\u00a0nous aussi\u00a0»', '«\u00a0nous aussi\u00a0»'),
  supraTerritorial: 'Supra-territorial',
  supraTerritorialHint: 'Soulevé par trois CLPE ou plus',
  themes: 'Thèmes',
  territories: 'Territoires concernés',
  origin: 'Soulevé par',
  originNone: 'Le CoRE ou l’équipe régionale',
  author: 'Ouvert par',
  allExchanges: 'Tous les échanges',
} as const

/** The French text of the form that opens a thread. */
export const newExchangeTexts = {
  pageTitle: 'Ouvrir un échange',
  intro:
    'Posez une question, faites remonter un besoin que votre CLPE ne peut pas satisfaire localement, partagez un retour d’expérience ou signalez un signal faible du marché du travail.',
  type: 'Type d’échange',
  typeMissing: 'Choisissez le type d’échange.',
  title: 'Titre',
  titleHint:
    'Une phrase qui dit le sujet, par exemple «\u00a0Manque de places en formation d’aide-soignant\u00a0».',
  titleLimit: (max: number) => `${max} caractères au plus.`,
  titleMissing: 'Donnez un titre à l’échange.',
  titleTooLong: (length: number, max: number) =>
    `Le titre tient en ${max} caractères au plus : il en a ${length}. Raccourcissez-le.`,
  themes: 'Thèmes',
  themesMissing:
    'Choisissez au moins un thème : c’est ce qui rapproche les sujets des territoires.',
  territories: 'Territoires concernés',
  territoriesHint: 'Les CLPE où le sujet se pose, le vôtre compris.',
  origin: 'Au nom de',
  originNone: 'À titre personnel ou pour le CoRE',
  originHint: 'Le CLPE qui soulève le sujet, parmi ceux où vous êtes contributeur ou animateur.',
  message: 'Premier message',
  // Mentions are off in the first message: the reply's « ou mentionnez une personne » would mislead.
  messageMissing: 'Écrivez votre message.',
  messageHint:
    'Décrivez la situation, avec les chiffres et leur source. Vous pourrez mentionner des personnes avec @ dans les réponses, une fois l’échange ouvert.',
  submit: 'Ouvrir l’échange',
  submitting: 'Ouverture…',
  loadingSpaces: 'Chargement des territoires…',
  notAllowed:
    'Seuls les contributeurs et animateurs d’un espace peuvent ouvrir un échange. Vous pouvez lire les échanges en cours.',
} as const

/** The French text of one thread's page. */
export const threadTexts = {
  loading: 'Chargement de l’échange…',
  loadingMessages: 'Chargement des messages…',
  messagesHeading: 'Messages',
  noMessages: 'Aucun message pour l’instant.',
  unreadable: 'Ce message ne peut pas être affiché.',
  newMessage: (author: string) => `Nouveau message de ${author}`,
  mentionedYou: 'vous mentionne',
  supraNotice:
    'Problématique supra-territoriale : au moins trois CLPE la rencontrent. Elle est signalée au CoRE.',
  echoesHeading: 'Les territoires qui disent «\u00a0nous aussi\u00a0»',
  echoesNone: 'Aucun autre territoire pour l’instant.',
  echoedBy: 'Ont dit «\u00a0nous aussi\u00a0»',
  supraRule: SUPRA_RULE,
  echoLabel: 'Nous aussi',
  echoFor: (territory: string) => `pour ${territory}`,
  unecho: (territory: string) => `Retirer le «\u00a0nous aussi\u00a0» de ${territory}`,
  echoHint:
    'Votre territoire vit la même situation ? Dites-le : les sujets partagés par plusieurs CLPE remontent au CoRE.',
  statusHeading: 'Statut de l’échange',
  statusLabel: 'Nouveau statut',
  statusApply: 'Changer le statut',
  statusApplying: 'Enregistrement…',
  presence: 'Sur cette page',
  sidePanel: 'Présence, «\u00a0nous aussi\u00a0» et statut',
} as const

/** The French text of the message composer. */
export const composerTexts = {
  heading: 'Répondre',
  editorLabel: 'Votre message',
  toolbarLabel: 'Mise en forme du message',
  bold: 'Gras',
  italic: 'Italique',
  bulletList: 'Liste à puces',
  orderedList: 'Liste numérotée',
  link: 'Lien',
  hint: 'Tapez @ pour mentionner une personne : elle sera prévenue. Ctrl+Entrée (⌘+Entrée sur Mac) pour envoyer.',
  send: 'Envoyer',
  sending: 'Envoi…',
  sent: 'Message envoyé.',
  empty: 'Écrivez votre message avant de l’envoyer.',
  offline:
    'Vous êtes hors ligne : votre message n’a pas été envoyé. Il reste ici ; envoyez-le quand la connexion sera revenue.',
  failed: (reason: string) => `Votre message n’a pas été envoyé ; il reste ici. ${reason}`,
  closed: 'Cet échange est clos : il reste lisible, mais on n’y répond plus.',
  readOnly:
    'Vous pouvez lire cet échange, mais pas y répondre : seuls les contributeurs et animateurs d’un espace écrivent dans les échanges.',
  mentionList: 'Personnes à mentionner',
  mentionLoading: 'Recherche…',
  mentionNone: 'Aucune personne trouvée',
  mentionCount: (count: number) =>
    `${formatCount(count, 'personne proposée', 'personnes proposées')} : flèches haut et bas pour parcourir, Entrée pour choisir.`,
  mentionFailed: 'La liste des personnes n’a pas pu être chargée.',
} as const

/** The French text of the synergies between territories. */
export const synergyTexts = {
  pageTitle: 'Synergies entre territoires',
  intro:
    'Les remontées et signaux faibles regroupés par thème, avec les CLPE qui les ont soulevés ou ont dit «\u00a0nous aussi\u00a0». Les sujets supra-territoriaux sont signalés au CoRE.',
  supraRule: SUPRA_RULE,
  loading: 'Chargement des synergies…',
  supraHeading: 'Problématiques supra-territoriales',
  supraIntro:
    'Pour le CoRE : les sujets que trois CLPE ou plus rencontrent, et les territoires concernés.',
  supraNone: 'Aucun sujet n’est encore partagé par trois CLPE ou plus.',
  themesHeading: 'Par thème',
  themeNone: 'Aucune remontée ni aucun signal faible pour l’instant.',
  raisedBy: 'Soulevé par',
  clpeCount: (n: number) => formatCount(n, 'CLPE', 'CLPE'),
  territoriesOfTheme: 'CLPE concernés par ce thème',
  territoriesConcerned: 'Territoires concernés',
} as const

/** What the thread page says of its live connection, for each state (`aria-live`). */
export const THREAD_CONNECTION_TEXTS: Readonly<Record<ConnectionState, string>> = {
  connecting: 'Connexion…',
  synced: 'En direct : les nouveaux messages s’affichent dès qu’ils sont envoyés',
  reconnecting: 'Reconnexion…',
  offline: 'Hors ligne : les nouveaux messages s’afficheront au retour de la connexion',
  'session-expired': 'Votre session a expiré : reconnectez-vous pour suivre l’échange',
  forbidden: 'Vous n’avez plus accès à cet échange',
  refused: 'Le serveur a fermé la connexion : rechargez la page pour suivre l’échange',
}
