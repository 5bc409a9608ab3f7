import { MATURITY_GRID } from './MATURITY_GRID.ts'
import { isMaturityLevel } from './MaturityGrid.ts'
import type {
  MaturityAnswers,
  MaturityLevel,
  MaturityProfile,
  ThemeProfile,
} from './MaturityProfile.ts'

// Absorbs the rounding of a mean of means (2.8 + 3.2 may sum to 5.999…), far below any real gap.
const EPSILON = 1e-9

/**
 * The profile of a self-assessment (rule in `pilotage/README.md`): a theme's average is the mean
 * of its answered levels; its level, once all its questions are answered, is the floor of that
 * average (a level is reached when held on average: 2.8 is level 2). The overall level, once all
 * questions are answered, is the floor of the mean of the theme averages, but never more than one
 * above the weakest theme. Answers to questions the grid does not have are ignored.
 */
export function maturityProfile(answers: MaturityAnswers): MaturityProfile {
  const themes = MATURITY_GRID.map((theme): ThemeProfile => {
    const levels = theme.questions.flatMap((question) => {
      const level: unknown = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined
      return isMaturityLevel(level) ? [level] : []
    })
    const sum = levels.reduce((total, level) => total + level, 0)
    const average = levels.length === 0 ? null : sum / levels.length
    const complete = levels.length === theme.questions.length && average !== null
    return {
      themeId: theme.id,
      label: theme.label,
      average,
      level: complete ? levelAt(average) : null,
      answered: levels.length,
      total: theme.questions.length,
    }
  })
  const complete = themes.every((theme) => theme.level !== null)
  return { themes, level: complete ? overallLevel(themes) : null, complete }
}

/** The level held by `average` (1–4): its floor. */
function levelAt(average: number): MaturityLevel {
  const level = Math.min(4, Math.max(1, Math.floor(average + EPSILON)))
  return isMaturityLevel(level) ? level : 1
}

/** Floor of the mean of the theme averages, at most one above the weakest theme level. */
function overallLevel(themes: readonly ThemeProfile[]): MaturityLevel {
  const averages = themes.map((theme) => theme.average ?? 1)
  const mean = averages.reduce((total, average) => total + average, 0) / averages.length
  const weakest = Math.min(...themes.map((theme) => theme.level ?? 1))
  return levelAt(Math.min(mean, weakest + 1))
}
