/** The French messages of the démarche de progression, in one place. */
export const MATURITY_MESSAGES = {
  campaignNotFound: 'Cette campagne n’existe pas.',
  spaceNotFound: 'Cet espace n’existe pas ou vous n’y avez pas accès.',
  notClpe: 'La démarche de progression concerne les CLPE : cet espace n’en est pas un.',
  manageOnly:
    'Seule l’équipe régionale (administrateurs et animateurs de l’espace régional) ouvre et clôt les campagnes.',
  invalidCampaign: 'La campagne est incorrecte : corrigez les champs signalés.',
  closesBeforeOpens: 'La date de clôture doit être le jour d’ouverture ou un jour suivant.',
  alreadyClosed: 'Cette campagne est déjà close.',
  tooManyCampaigns:
    'Maillage garde au plus 100 campagnes de la démarche de progression : aucune nouvelle ne peut être ouverte.',
  notOpen: (status: 'a-venir' | 'close'): string =>
    status === 'a-venir'
      ? 'La campagne n’est pas encore ouverte : revenez à partir de son jour d’ouverture.'
      : 'La campagne est close : l’auto-évaluation ne peut plus être commencée ni soumise. Consultez le profil soumis.',
  notStarted:
    'Aucune auto-évaluation n’a été commencée pour ce CLPE dans cette campagne : seuls ses contributeurs et animateurs la commencent.',
  fillOnly:
    'Seuls les contributeurs et animateurs du CLPE remplissent et soumettent son auto-évaluation ; les lecteurs la consultent.',
  incomplete: (missing: number, unjustified: number): string =>
    [
      'L’auto-évaluation n’a pas été soumise.',
      missing > 0 ? `Choisissez un niveau pour ${plural(missing, 'question', 'questions')}.` : '',
      unjustified > 0
        ? `Justifiez ou appuyez d’une preuve ${plural(unjustified, 'niveau', 'niveaux')} 3 ou 4 : un niveau avancé se démontre.`
        : '',
    ]
      .filter((part) => part !== '')
      .join(' '),
  missingLevel: 'Choisissez un niveau.',
  unjustifiedLevel:
    'Un niveau 3 ou 4 demande une justification ou au moins une preuve (un document lié).',
  documentTitle: (campaignTitle: string, spaceName: string): string =>
    `Auto-évaluation — ${campaignTitle} — ${spaceName}`,
} as const

function plural(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`
}
