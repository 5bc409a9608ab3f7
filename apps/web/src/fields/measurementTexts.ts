/**
 * The French text of the « Saisir une nouvelle mesure » form of an indicator (not to be confused
 * with the list's « Ajouter une ligne au tableau des mesures », which adds an empty row).
 */
export const measurementTexts = {
  open: 'Saisir une nouvelle mesure',
  ofIndicator: (label: string) => `de « ${label} »`,
  formTitle: 'Nouvelle mesure',
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
