import type { RichTextJson } from '@maillage/protocol'
import {
  MATURITY_LEVELS,
  MATURITY_LEVEL_LABELS,
  type MaturityLevel,
  type RegionalView,
} from '@maillage/schema'
import { countOf, formatCount } from './formatBilanFigures.ts'
import { heading, paragraph, table, text } from './richTextNodes.ts'
import { sourceLine } from './sourceLine.ts'

/** Counts per level of one line of the table, and the CLPE not placed (no assessment, or incomplete). */
function countRow(label: string, levels: readonly (MaturityLevel | null)[]): string[] {
  const counts = MATURITY_LEVELS.map(
    (level) => levels.filter((candidate) => candidate === level).length,
  )
  const unplaced = levels.length - counts.reduce((sum, count) => sum + count, 0)
  return [label, ...counts.map(formatCount), formatCount(unplaced)]
}

/** The themes of the submitted profiles, in the grid's order (the order of the profiles). */
function themesOf(view: RegionalView): { id: string; label: string }[] {
  const themes = new Map<string, string>()
  for (const row of view.rows) {
    for (const theme of row.maturity?.profile.themes ?? []) themes.set(theme.themeId, theme.label)
  }
  return [...themes].map(([id, label]) => ({ id, label }))
}

/**
 * « Maturité des CLPE »: per theme of the national grid, how many CLPE stand at each level in
 * their latest submitted self-assessment, then the overall level; a CLPE without one (or with a
 * theme left incomplete) is counted « non évalué ».
 */
export function maturitySection(view: RegionalView, figuresDay: string): RichTextJson[] {
  const assessed = view.rows.filter((row) => row.maturity !== null)
  const source = sourceLine(
    'dernières auto-évaluations transmises par les CLPE (démarche de progression et d’impact)',
    figuresDay,
  )
  if (assessed.length === 0) {
    return [
      heading(2, 'Maturité des CLPE'),
      paragraph(text('Aucun CLPE n’a encore transmis d’auto-évaluation.')),
      source,
    ]
  }
  const rows = themesOf(view).map((theme) =>
    countRow(
      theme.label,
      view.rows.map(
        (row) =>
          row.maturity?.profile.themes.find((candidate) => candidate.themeId === theme.id)?.level ??
          null,
      ),
    ),
  )
  rows.push(
    countRow(
      'Niveau d’ensemble',
      view.rows.map((row) => row.maturity?.profile.level ?? null),
    ),
  )
  return [
    heading(2, 'Maturité des CLPE'),
    paragraph(
      text(
        `${countOf(assessed.length, 'CLPE', 'CLPE')} sur ${formatCount(view.rows.length)} ` +
          `${assessed.length >= 2 ? 'ont' : 'a'} transmis une auto-évaluation. Nombre de CLPE à chaque niveau, par thème :`,
      ),
    ),
    table(
      ['Thème', ...MATURITY_LEVELS.map((level) => MATURITY_LEVEL_LABELS[level]), 'Non évalué'],
      rows,
    ),
    source,
  ]
}
