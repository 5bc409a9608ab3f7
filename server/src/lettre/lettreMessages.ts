/** The French messages of the lettre's workflow (errors people read). */
export const LETTRE_MESSAGES = {
  teamOnly:
    'Seule l’équipe régionale (administrateurs, animateurs et contributeurs de l’espace régional) prépare, relit et publie la lettre d’information.',
  notFound: 'Ce numéro de la lettre d’information n’existe pas ou n’est pas encore publié.',
  alreadyPublished: 'Ce numéro est déjà publié : il ne peut pas l’être une seconde fois.',
  notProofread:
    'Ce numéro n’a pas été relu depuis sa dernière modification : marquez-le comme relu (« Bon à diffuser ») avant de le publier.',
  tooFast: (seconds: number) =>
    `Vous avez préparé beaucoup de numéros en peu de temps : réessayez dans ${seconds} s.`,
} as const

/** The name of the version a proof-reading records in the numéro's history. */
export const PROOFREAD_VERSION_NAME = 'Bon à diffuser'
