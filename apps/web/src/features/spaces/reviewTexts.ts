// The French text of a space's review settings: what its lecteurs may do, each editor's mode.

export const reviewTexts = {
  heading: 'Relecture',
  legend: 'Ce que les lecteurs de l’espace peuvent faire',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Réglage de relecture enregistré.',
  current: 'Les lecteurs de l’espace\u00a0:',
  modeLabel: (name: string): string => `Mode d’écriture de ${name}`,
  modeSaved: (name: string): string => `Mode d’écriture de ${name} enregistré.`,
  help: 'Les contributeurs et les animateurs acceptent ou rejettent les suggestions. Chacun d’eux choisit aussi, ci-dessous, si l’éditeur s’ouvre en modifiant directement ou en suggérant.',
} as const
