import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import { MATURITY_LEVEL_LABELS, MATURITY_LEVELS, type MaturityQuestion } from '@maillage/schema'
import { useYMapEntry } from '../../collaboration/index.ts'
import { maturityTexts } from './texts.ts'

/**
 * The four levels of one question as radio buttons, each with what it means for this question;
 * the level is stored as `'1'`…`'4'` at `name` in the grid's `fields` map (the last choice wins).
 */
export function LevelRadios(props: {
  map: Y.Map<unknown>
  name: string
  question: MaturityQuestion
  readOnly: boolean
}): ReactNode {
  const { map, name, question, readOnly } = props
  const value = useYMapEntry(map, name)
  return (
    <div className="niveaux-question">
      {MATURITY_LEVELS.map((level) => {
        const id = `${name}-${level}`
        return (
          <div key={level} className={value === String(level) ? 'niveau choisi' : 'niveau'}>
            <input
              type="radio"
              id={id}
              name={name}
              value={String(level)}
              checked={value === String(level)}
              disabled={readOnly}
              aria-describedby={`${id}-description`}
              onChange={() => {
                map.set(name, String(level))
              }}
            />
            <label htmlFor={id}>
              {maturityTexts.levelOption(level, MATURITY_LEVEL_LABELS[level])}
            </label>
            <p className="description-niveau" id={`${id}-description`}>
              {question.levels[level - 1]}
            </p>
          </div>
        )
      })}
    </div>
  )
}
