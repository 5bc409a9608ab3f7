import { formatCount } from '../../ui/plural.ts'

/** The French text of an avis's adoption (the panel of its document page and the accueil). */
export const avisTexts = {
  heading: 'Adoption',
  state: {
    redaction: 'En rédaction\u00a0: l’avis n’est pas encore soumis à l’adoption.',
    soumis: 'Soumis à l’adoption\u00a0: les membres de l’espace donnent leur position.',
    adopte: 'Adopté.',
  } as const,
  submittedVersion: (date: string, name: string) => `Version soumise le ${date} par ${name}`,
  viewVersion: 'voir l’historique des versions',
  adoptedOn: (date: string, name: string) => `Adopté le ${date}, sur décision de ${name}.`,
  approversHeading: 'Approuvé par',
  positionsHeading: 'Positions des membres',
  noPositions: 'Aucun membre n’a encore donné sa position.',
  positionCount: (approvals: number, objections: number) =>
    `${formatCount(approvals, 'approbation', 'approbations')}, ${formatCount(objections, 'objection', 'objections')}`,
  position: { approbation: 'Approbation', objection: 'Objection' } as const,
  positionAt: (date: string) => `le ${date}`,
  myPosition: 'Ma position',
  approve: 'J’approuve la version soumise',
  object: 'Je m’y oppose',
  comment: 'Commentaire',
  commentHint:
    'Facultatif pour une approbation, nécessaire pour une objection (2\u202f000\u00a0caractères au plus).',
  objectionNeedsComment: 'Expliquez votre objection en quelques mots.',
  savePosition: 'Enregistrer ma position',
  changePosition: 'Modifier ma position',
  savingPosition: 'Enregistrement…',
  positionSaved: 'Votre position est enregistrée.',
  submit: 'Soumettre à l’adoption',
  submitAgain: 'Soumettre à nouveau',
  submitting: 'Soumission…',
  submitHelp:
    'La soumission fige une version nommée de l’avis\u00a0; chaque membre de l’espace l’approuve ou s’y oppose. Une nouvelle soumission après des modifications efface les positions.',
  submittedNotice: 'L’avis est soumis à l’adoption.',
  adopt: 'Adopter l’avis',
  adopting: 'Adoption…',
  adoptQuestion: 'Adopter la version soumise de cet avis\u00a0?',
  adoptDetails: (approvals: number) =>
    `Elle sera enregistrée comme adoptée avec ${formatCount(approvals, 'approbation', 'approbations')}\u00a0; les positions ne pourront plus changer.`,
  adoptLabel: 'Confirmer l’adoption',
  adoptedNotice: 'L’avis est adopté.',
  withdraw: 'Retirer de l’adoption',
  withdrawing: 'Retrait…',
  withdrawQuestion: 'Retirer l’avis et le remettre en rédaction\u00a0?',
  withdrawDetails:
    'Les positions des membres seront effacées\u00a0; il faudra le soumettre à nouveau.',
  withdrawLabel: 'Confirmer le retrait',
  withdrawnNotice: 'L’avis est remis en rédaction.',
  cancel: 'Annuler',
  exportHeading: 'Version adoptée',
  exportFormats: {
    odt: 'Télécharger en ODT',
    docx: 'Télécharger en DOCX',
    pdf: 'Télécharger en PDF',
    md: 'Télécharger en Markdown',
  } as const,
  exportPending: 'Préparation du fichier…',
  exportDone: (fileName: string) => `«\u00a0${fileName}\u00a0» est téléchargé.`,
  exportFileName: (title: string, format: string) => `${title} (version adoptée).${format}`,
} as const
