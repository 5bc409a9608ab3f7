/** The French text of the « Ajouter une mesure » form of an indicator. */
export const measurementTexts = {
  open: 'Ajouter une mesure',
  toIndicator: (label: string) => `à « ${label} »`,
  formLabel: (label: string) => `Nouvelle mesure de « ${label} »`,
  date: 'Date de la mesure',
  value: (unit: string) => (unit === '' ? 'Valeur mesurée' : `Valeur mesurée (${unit})`),
  comment: 'Commentaire (facultatif)',
  commentHint: 'Ex. : source du chiffre, événement qui l’explique.',
  save: 'Enregistrer la mesure',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  saved: (label: string, value: string, date: string) =>
    `Mesure enregistrée pour « ${label} » : ${value} au ${date}.`,
} as const
