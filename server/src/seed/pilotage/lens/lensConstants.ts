// Who writes the demo pilotage of CLPE Lens, the priorities of its feuille de route (which its
// fiches serve) and the sources its indicators cite.

export const JULIEN = 'lens@demo.maillage.fr'

export const P1 = 'Préparer les recrutements des filières de la batterie et de la logistique'
export const P2 = 'Lever le frein de la mobilité dans le Bassin minier'
export const P3 = 'Ramener vers l’emploi les allocataires du RSA et les chômeurs de longue durée'
export const P4 = 'Faire découvrir les métiers qui recrutent aux jeunes'

export const SUIVI_FT = 'Suivi France Travail Lens'
export const SUIVI_ML = 'Fichier de suivi de la mission locale de Lens-Liévin'
