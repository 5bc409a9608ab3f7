// The French text of the suggestion mode (track changes): the toggle's help and the side list.

// Made at its first use, not when the document screen's code is evaluated: a browser's first
// `Intl` formatter loads its locale and time zone data, which every open of a document paid
// before showing it (see `ui/formatDate.ts`).
let when: Intl.DateTimeFormat | undefined

/** « le 7 décembre à 10:02 », the time of a suggestion. */
export function formatSuggestionTime(iso: string): string {
  when ??= new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  })
  return `le ${when.format(new Date(iso))}`
}

export const suggestionTexts = {
  heading: 'Suggestions',
  none: 'Aucune suggestion en attente.',
  insertion: 'Ajout',
  deletion: 'Suppression',
  accept: 'Accepter',
  reject: 'Rejeter',
  withdraw: 'Retirer',
  acceptAll: 'Accepter tout',
  rejectAll: 'Rejeter tout',
  countOf: (count: number): string => (count === 1 ? '1 suggestion' : `${count} suggestions`),
  acceptLabel: (kind: string, text: string, author: string): string =>
    `Accepter\u00a0: ${kind.toLowerCase()} «\u00a0${text}\u00a0» de ${author}`,
  rejectLabel: (kind: string, text: string, author: string): string =>
    `Rejeter\u00a0: ${kind.toLowerCase()} «\u00a0${text}\u00a0» de ${author}`,
  withdrawLabel: (kind: string, text: string): string =>
    `Retirer ma suggestion\u00a0: ${kind.toLowerCase()} «\u00a0${text}\u00a0»`,
  acceptAllLabel: (author: string): string => `Accepter toutes les suggestions de ${author}`,
  rejectAllLabel: (author: string): string => `Rejeter toutes les suggestions de ${author}`,
  accepted: 'Suggestion acceptée.',
  rejected: 'Suggestion rejetée.',
  withdrawn: 'Suggestion retirée.',
  allAccepted: (author: string): string => `Suggestions de ${author} acceptées.`,
  allRejected: (author: string): string => `Suggestions de ${author} rejetées.`,
  readOnlyHint:
    'Les personnes qui peuvent modifier le document acceptent ou rejettent les suggestions.',
} as const
