/** What the avis's workflow says to people, in French, in one place. */
export const AVIS_MESSAGES = {
  notAnAvis: 'Ce document n’est pas un avis : il ne se soumet pas à l’adoption.',
  submitForbidden:
    'Seuls les contributeurs et animateurs de l’espace soumettent un avis à l’adoption ou le retirent, et pas un avis archivé.',
  positionForbidden:
    'Seuls les membres de l’espace de l’avis donnent leur position, et pas sur un avis archivé.',
  adoptForbidden: 'Seuls les animateurs de l’espace adoptent un avis, et pas un avis archivé.',
  withdrawAdoptedForbidden: 'Seuls les animateurs de l’espace retirent un avis déjà adopté.',
  alreadyAdopted:
    'Cet avis est déjà adopté : un animateur doit le retirer avant de le soumettre à nouveau.',
  notSubmitted: 'Cet avis n’est pas soumis à l’adoption : soumettez-le d’abord.',
  notInAdoption: 'Cet avis est en rédaction : il n’y a rien à retirer.',
  noApproval:
    'Aucun membre n’a approuvé la version soumise : l’avis ne peut pas être adopté sans approbation.',
  objectionNeedsComment: 'Expliquez votre objection en quelques mots.',
  notAdopted: 'Cet avis n’est pas adopté : il n’y a pas encore de version adoptée à exporter.',
  submittedVersionName: 'Version soumise à l’adoption',
  submittedNotice: (title: string) =>
    `L’avis « ${title} » est soumis à l’adoption : donnez votre position.`,
  adoptedNotice: (title: string) => `L’avis « ${title} » est adopté.`,
} as const
