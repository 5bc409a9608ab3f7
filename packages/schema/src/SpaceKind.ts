/** The kinds of space: one per CLPE, the CoRE, the regional space, the steering committee, groups. */
export const SpaceKind = {
  Clpe: 'clpe',
  Core: 'core',
  Regional: 'regional',
  Copil: 'copil',
  WorkingGroup: 'groupe-de-travail',
} as const
export type SpaceKind = (typeof SpaceKind)[keyof typeof SpaceKind]

/** French label of each kind of space, as shown to people. */
export const SPACE_KIND_LABELS: Readonly<Record<SpaceKind, string>> = {
  clpe: 'Comité local pour l’emploi',
  core: 'Comité régional pour l’emploi',
  regional: 'Espace régional',
  copil: 'Comité de pilotage',
  'groupe-de-travail': 'Groupe de travail',
}
