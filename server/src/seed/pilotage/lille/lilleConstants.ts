// Who writes the demo pilotage of CLPE Lille Métropole, the priorities of its feuille de route
// (which its fiches serve) and the sources its indicators cite.

export const NADIA = 'lille@demo.maillage.fr'
export const ELODIE = 'lille2@demo.maillage.fr'

export const P1 = 'Répondre aux besoins de recrutement des métiers en tension'
export const P2 = 'Lever les freins périphériques à l’emploi'
export const P3 = 'Remobiliser les jeunes NEET et les habitants des quartiers prioritaires'
export const P4 = 'Sécuriser les parcours et accompagner les transitions'

export const SUIVI_FT = 'Suivi France Travail Lille'
export const SUIVI_ML = 'Fichier de suivi de la mission locale'
