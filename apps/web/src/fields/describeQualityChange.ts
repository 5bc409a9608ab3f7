import { QUALITY_LEVEL_LABELS, type QualityReport } from '@maillage/schema'

/**
 * What a screen reader should hear when the quality report goes from `previous` to `current`:
 * the new score with its change, then each criterion whose level changed, with its new level
 * (« Qualité de la fiche : 62 / 100 (+8). Problématique développée : point fort. »). Null when
 * neither the score nor any level changed: the hints alone change at every word.
 */
export function describeQualityChange(
  previous: QualityReport,
  current: QualityReport,
): string | null {
  const levelsBefore = new Map(
    previous.criteria.map((criterion) => [criterion.id, criterion.level]),
  )
  const changed = current.criteria.filter(
    (criterion) => levelsBefore.get(criterion.id) !== criterion.level,
  )
  if (current.score === previous.score && changed.length === 0) return null
  const difference = current.score - previous.score
  const sign = difference > 0 ? '+' : '−'
  const scoreChange = difference === 0 ? '' : ` (${sign}${Math.abs(difference)})`
  const sentences = [`Qualité de la fiche : ${current.score} / 100${scoreChange}.`]
  for (const criterion of changed) {
    sentences.push(`${criterion.label} : ${QUALITY_LEVEL_LABELS[criterion.level].toLowerCase()}.`)
  }
  return sentences.join(' ')
}
