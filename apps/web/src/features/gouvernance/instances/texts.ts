import type {
  ClpeProfileName,
  CollegeName,
  InstanceKindName,
  MandateStatusName,
} from '@maillage/protocol'
import { formatShortDate } from '../../../ui/formatDate.ts'

/** The collèges, in the order the pages show them. */
export const COLLEGE_ORDER: readonly CollegeName[] = [
  'etat',
  'region',
  'partenaires-sociaux',
  'france-travail',
  'clpe',
  'collectivites',
  'autres',
]

export const COLLEGE_LABELS: Readonly<Record<CollegeName, string>> = {
  etat: 'État',
  region: 'Région',
  'partenaires-sociaux': 'Partenaires sociaux',
  'france-travail': 'France Travail',
  clpe: 'CLPE',
  collectivites: 'Collectivités',
  autres: 'Autres membres',
}

export const PROFILE_LABELS: Readonly<Record<ClpeProfileName, string>> = {
  urbain: 'urbain',
  periurbain: 'périurbain',
  rural: 'rural',
}

export const KIND_LABELS: Readonly<Record<InstanceKindName, string>> = {
  'comite-pilotage': 'Comité de pilotage',
  'comite-territoires': 'Comité des territoires',
  'comite-territoires-elargi': 'Comité des territoires élargi',
  'bureau-core': 'Bureau du CoRE',
  'pleniere-clpe': 'Plénière de CLPE',
  'bureau-clpe': 'Bureau de CLPE',
}

export const STATUS_LABELS: Readonly<Record<MandateStatusName, string>> = {
  'en-cours': 'en cours',
  'a-venir': 'à venir',
  termine: 'terminé',
}

/** The words of the instances' pages. */
export const instancesTexts = {
  listTitle: 'Instances de la gouvernance',
  listIntro:
    'Les instances qui élaborent, valident et suivent le programme d’accompagnement des CLPE, leurs membres et leurs mandats.',
  loading: 'Chargement des instances…',
  regional: 'Instances régionales',
  clpe: 'Instances des CLPE',
  noClpe: 'Vous n’êtes membre d’aucun CLPE : leurs plénières et bureaux ne vous sont pas ouverts.',
  clpeFilter: 'Rechercher un CLPE',
  noMatch: 'Aucune instance ne correspond à cette recherche.',
  members: (count: number) =>
    count <= 1 ? `${count} membre en exercice` : `${count} membres en exercice`,
  quorum: (quorum: number) => `quorum : ${quorum} présents`,
  space: 'Espace',
  profile: 'Profil du CLPE',
  noProfile: 'non renseigné',
  backToList: 'Toutes les instances',
  loadingOne: 'Chargement de l’instance…',
  rule: 'Règle de représentation des CLPE',
  ruleIntro: 'Au moins 3 CLPE de profils différents siègent au comité de pilotage.',
  ruleOn: (day: string) => `Évaluée au ${formatShortDate(day)}.`,
  currentMembers: 'Membres',
  noMembers: 'Aucun membre en exercice.',
  endedMandates: 'Mandats terminés',
  rotation: 'Historique de la rotation des CLPE',
  rotationIntro: 'Les sièges CLPE du comité de pilotage, du plus récent au plus ancien.',
  noRotation: 'Aucun siège CLPE pour l’instant.',
  columnName: 'Nom',
  columnBody: 'Organisme représenté',
  columnMandate: 'Mandat',
  columnStatus: 'Statut',
  columnAction: 'Action',
  columnClpe: 'CLPE',
  columnProfile: 'Profil',
  mandate: (startsOn: string, endsOn: string | undefined) =>
    endsOn === undefined
      ? `depuis le ${formatShortDate(startsOn)}`
      : `du ${formatShortDate(startsOn)} au ${formatShortDate(endsOn)}`,
  endMandate: 'Terminer le mandat',
  endLabel: (name: string) => `Dernier jour du mandat de ${name}`,
  endSubmit: 'Terminer',
  ending: 'Enregistrement…',
  cancel: 'Annuler',
  ended: (name: string) => `Le mandat de ${name} est terminé.`,
  addTitle: 'Ajouter un membre',
  addIntro:
    'Pour une rotation, terminez d’abord le mandat du CLPE sortant, puis désignez le CLPE entrant.',
  fieldName: 'Nom du membre',
  fieldBody: 'Organisme représenté',
  fieldCollege: 'Collège',
  fieldClpe: 'CLPE représenté',
  chooseClpe: 'Choisissez un CLPE',
  fieldStart: 'Début du mandat',
  fieldEnd: 'Fin du mandat (facultatif)',
  addSubmit: 'Ajouter le membre',
  adding: 'Ajout…',
  added: (name: string) => `${name} a été ajouté·e aux membres.`,
  ruleBroken:
    'Attention : ce changement fait passer la règle de représentation des CLPE à « non respectée ».',
  profileTitle: 'Profil du CLPE',
  profileIntro:
    'Le profil du territoire (urbain, périurbain, rural) est fixé par l’équipe régionale ; la règle du comité de pilotage le lit.',
  profileSubmit: 'Enregistrer le profil',
  profileSaving: 'Enregistrement…',
  profileSaved: 'Le profil du CLPE est enregistré.',
  readOnly:
    'Vous consultez cette instance ; ses membres sont gérés par les animateurs de son espace et l’équipe régionale.',
} as const
