// The sources most indicators of the more briefly written CLPE cite.

export const FT = 'Suivi France Travail'
export const ML = 'Suivi de la mission locale'
