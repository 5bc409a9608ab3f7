import { lettreNavTexts } from './navTexts.ts'

/** The French texts of the lettre d’information's pages. */
export const lettreTexts = {
  title: 'Lettre d’information',
  navLabel: lettreNavTexts.navLabel,
  intro:
    'La lettre d’information des CLPE : les outils validés, les ateliers et leurs replays, les sujets partagés entre territoires, la veille et les actions mises en avant par les CLPE.',
  loading: 'Chargement de la lettre d’information…',
  subscriptionHeading: 'Recevoir la lettre par e-mail',
  subscribed: (email: string) => `Vous recevez chaque numéro à l’adresse ${email}.`,
  notSubscribed: (email: string) =>
    `Vous ne recevez pas la lettre par e-mail. Abonnez-vous pour recevoir chaque numéro à l’adresse ${email}.`,
  subscribe: 'S’abonner',
  unsubscribe: 'Se désabonner',
  saving: 'Enregistrement…',
  subscribedNow: 'C’est fait : vous recevrez le prochain numéro par e-mail.',
  unsubscribedNow: 'C’est fait : vous ne recevrez plus la lettre par e-mail.',
  teamHeading: 'Numéros en préparation',
  teamIntro:
    'Le brouillon d’un numéro rassemble ce qui s’est passé depuis le dernier numéro publié. Modifiez-le à plusieurs, marquez-le comme relu, puis publiez-le : il rejoint les archives et part aux abonnés.',
  prepare: 'Préparer le prochain numéro',
  preparing: 'Préparation du numéro…',
  noDrafts: 'Aucun numéro n’est en préparation.',
  edit: (title: string) => `Modifier « ${title} »`,
  proofread: 'Marquer comme relu',
  proofreading: 'Enregistrement de la relecture…',
  publish: 'Publier et envoyer aux abonnés',
  publishing: 'Publication…',
  proofreadState: (byName: string, at: string) => `Relu par ${byName} le ${at} : bon à diffuser.`,
  changedSince: (byName: string, at: string) =>
    `Relu par ${byName} le ${at}, mais modifié depuis : relisez-le de nouveau avant de le publier.`,
  notProofread: 'Pas encore relu : marquez-le comme relu avant de le publier.',
  proofreadDone: (title: string) => `« ${title} » est marqué comme relu.`,
  published: (title: string, mails: number) =>
    mails === 0
      ? `« ${title} » est publié. Aucun abonné ne le reçoit par e-mail pour l’instant.`
      : `« ${title} » est publié et part par e-mail à ${mails} abonné${mails > 1 ? 's' : ''}.`,
  archiveHeading: 'Numéros publiés',
  noEditions: 'Aucun numéro n’a encore été publié.',
  numeroOf: (numero: number, date: string) => `Numéro ${numero}, paru le ${date}`,
  readingLoading: 'Chargement du numéro…',
  backToArchive: 'Tous les numéros',
  draftNotice:
    'Ce numéro est en préparation : seule l’équipe régionale le voit. Il sera lisible par tous une fois publié.',
} as const
