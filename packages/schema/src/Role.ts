/** Roles of a person in a space: manages it, edits in it, or reads it. */
export const SpaceRole = {
  Animateur: 'animateur',
  Contributeur: 'contributeur',
  Lecteur: 'lecteur',
} as const
export type SpaceRole = (typeof SpaceRole)[keyof typeof SpaceRole]

/** French label of each role. */
export const SPACE_ROLE_LABELS: Readonly<Record<SpaceRole, string>> = {
  animateur: 'Animateur',
  contributeur: 'Contributeur',
  lecteur: 'Lecteur',
}

/** True for the roles that may create and edit documents. */
export function canEdit(role: SpaceRole): boolean {
  return role === SpaceRole.Animateur || role === SpaceRole.Contributeur
}

/** True for the roles that manage the members and settings of a space. */
export function canManage(role: SpaceRole): boolean {
  return role === SpaceRole.Animateur
}
