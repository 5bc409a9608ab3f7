import { maturityNavTexts } from './navTexts.ts'

/** The French text of the démarche de progression (the maturity self-assessment of the CLPE). */
export const maturityTexts = {
  title: maturityNavTexts.navLabel,
  intro:
    'La grille nationale de la démarche de progression et d’impact : une vingtaine de questions en quatre thèmes, chacune sur quatre niveaux. L’équipe régionale ouvre une campagne ; les membres de chaque CLPE remplissent la grille ensemble, en temps réel, justifient chaque niveau et la soumettent.',
  loading: 'Chargement de la démarche de progression…',
  none: 'Aucune campagne pour l’instant.',
  noneForMember:
    'Aucune campagne ne concerne vos CLPE pour l’instant : l’équipe régionale les ouvre au fil de l’année.',
  status: { 'a-venir': 'À venir', ouverte: 'Ouverte', close: 'Close' } as Readonly<
    Record<string, string>
  >,
  period: (from: string, to: string) => `du ${from} au ${to}`,
  submittedCount: (submitted: number, target: number) =>
    submitted < 2
      ? `${submitted} CLPE sur ${target} a soumis son auto-évaluation`
      : `${submitted} CLPE sur ${target} ont soumis leur auto-évaluation`,
  campaignsHeading: 'Campagnes',
  newHeading: 'Ouvrir une campagne',
  newHelp:
    'Tous les CLPE sont invités à remplir la grille entre l’ouverture et la clôture (dates incluses).',
  campaignTitle: 'Titre de la campagne',
  campaignTitleHint: 'Par exemple : « Auto-évaluation 2027 ».',
  opensAt: 'Date d’ouverture',
  closesAt: 'Date de clôture',
  create: 'Créer la campagne',
  creating: 'Création…',
  created: (title: string) => `La campagne « ${title} » est créée.`,
  titleRequired: 'Indiquez le titre de la campagne.',
  opensAtRequired: 'Indiquez la date d’ouverture.',
  closesAtRequired: 'Indiquez la date de clôture.',
  closesBeforeOpens: 'La clôture doit suivre l’ouverture.',
  close: 'Clôturer la campagne',
  closing: 'Clôture…',
  confirmClose: (title: string) =>
    `Clôturer « ${title} » ? Les CLPE ne pourront plus modifier ni soumettre leur grille.`,
  confirm: 'Confirmer la clôture',
  cancel: 'Annuler',
  perSpace: (title: string) => `Auto-évaluations des CLPE pour « ${title} »`,
  spaceCol: 'CLPE',
  stateCol: 'État',
  submittedCol: 'Soumise le',
  notStarted: 'Pas commencée',
  inProgress: 'En cours de remplissage',
  submitted: 'Soumise',
  openSpace: (space: string) => `Voir la démarche de ${space}`,
  fillFor: (space: string) => `Remplir la grille de ${space}`,
  viewFor: (space: string) => `Voir la grille de ${space}`,
  spaceTitle: (space: string) => `Démarche de progression — ${space}`,
  backToSpace: (space: string) => `Revenir à l’espace ${space}`,
  allCampaigns: 'Toutes les campagnes',
  fill: 'Remplir la grille',
  view: 'Voir la grille',
  opensOn: (date: string) => `La grille s’ouvrira le ${date}.`,
  noGrid: 'Le CLPE n’a pas rempli la grille pendant cette campagne.',
  gridNotStarted: 'Les membres du CLPE n’ont pas encore commencé la grille de cette campagne.',
  notSubmittedYet: 'Auto-évaluation pas encore soumise.',
  submittedBy: (at: string, name: string | null) =>
    name === null ? `Soumise le ${at}.` : `Soumise le ${at} par ${name}.`,
  changedSinceSubmission: (at: string) =>
    `Modifiée depuis la soumission du ${at} : soumettez à nouveau pour mettre à jour le profil.`,
  changedSinceReader: (at: string) =>
    `Modifiée depuis la soumission du ${at} : le profil soumis ne tient pas encore compte de ces changements.`,
  overall: 'Niveau global',
  overallUnknown: 'pas encore établi (toutes les questions doivent avoir un niveau)',
  profileCaption: (title: string) => `Profil par thème — ${title}`,
  themeCol: 'Thème',
  averageCol: 'Moyenne (1 à 4)',
  levelCol: 'Niveau',
  answeredCol: 'Questions renseignées',
  answered: (answered: number, total: number) => `${answered} sur ${total}`,
  noLevel: '—',
  progressionHeading: 'Progression d’une campagne à l’autre',
  progressionNone:
    'La progression s’affichera quand le CLPE aura soumis au moins une auto-évaluation.',
  progressionCaption: 'Moyenne par thème de chaque auto-évaluation soumise (de 1 à 4)',
  campaignCol: 'Campagne',
  closesCol: 'Clôture',
  gridTitle: (campaign: string) => `Grille « ${campaign} »`,
  gridFor: (space: string) => `Au nom de : ${space}`,
  gridIntro:
    'Les membres du CLPE remplissent cette grille ensemble, en temps réel : pour chaque question, choisissez le niveau qui décrit le mieux la situation, justifiez-le et citez vos preuves (liens vers vos documents).',
  gridLoading: 'Ouverture de la grille…',
  gridMissing: 'Cette campagne n’existe pas pour ce CLPE.',
  readOnlyReader:
    'Vous consultez cette grille en lecture seule : seuls les contributeurs et animateurs du CLPE la remplissent et la soumettent.',
  readOnlyClosed: 'La campagne est close : la grille ne peut plus être modifiée ni soumise.',
  readOnlyUpcoming: 'La campagne n’est pas encore ouverte : la grille ne peut pas être remplie.',
  levelLegend: 'Niveau atteint',
  levelOption: (level: number, label: string) => `Niveau ${level} — ${label}`,
  liveProfile: 'Profil en cours (calculé en direct)',
  liveProfileHelp:
    'Il change à chaque niveau choisi, par vous ou par un autre membre du CLPE. Le niveau d’un thème s’établit quand toutes ses questions ont un niveau.',
  submit: 'Soumettre l’auto-évaluation',
  submitAgain: 'Soumettre à nouveau',
  submitting: 'Soumission…',
  submitHelp:
    'Chaque question doit avoir un niveau ; un niveau 3 ou 4 se justifie ou s’appuie sur une preuve. La grille reste modifiable jusqu’à la clôture : une nouvelle soumission remplace la précédente.',
  refused: 'Complétez ces questions :',
  submittedProfile: 'Soumission et profil soumis',
} as const
