/** What the avis's workflow says to people, in French, in one place. */
export const AVIS_MESSAGES = {
  notAnAvis: 'Ce document n’est pas un avis\u00a0: il ne se soumet pas à l’adoption.',
  submitForbidden:
    'Seuls les contributeurs et animateurs de l’espace soumettent un avis à l’adoption ou le retirent, et pas un avis archivé.',
  positionForbidden:
    'Seuls les membres de l’espace de l’avis donnent leur position, et pas sur un avis archivé.',
  adoptForbidden: 'Seuls les animateurs de l’espace adoptent un avis, et pas un avis archivé.',
  withdrawAdoptedForbidden: 'Seuls les animateurs de l’espace retirent un avis déjà adopté.',
  alreadyAdopted:
    'Cet avis est déjà adopté\u00a0: un animateur doit le retirer avant de le soumettre à nouveau.',
  notSubmitted: 'Cet avis n’est pas soumis à l’adoption\u00a0: soumettez-le d’abord.',
  notInAdoption: 'Cet avis est en rédaction\u00a0: il n’y a rien à retirer.',
  noApproval:
    'Aucun membre n’a approuvé la version soumise\u00a0: l’avis ne peut pas être adopté sans approbation.',
  objectionNeedsComment: 'Expliquez votre objection en quelques mots.',
  notAdopted: 'Cet avis n’est pas adopté\u00a0: il n’y a pas encore de version adoptée à exporter.',
  submittedVersionName: 'Version soumise à l’adoption',
  submittedNotice: (title: string) =>
    `L’avis «\u00a0${title}\u00a0» est soumis à l’adoption\u00a0: donnez votre position.`,
  adoptedNotice: (title: string) => `L’avis «\u00a0${title}\u00a0» est adopté.`,
} as const
