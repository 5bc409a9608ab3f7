import type { ReactNode } from 'react'
import type { ProgrammeStepEntryView } from '@maillage/protocol'
import { formatDateTime } from '../../../ui/formatDate.ts'
import { programmeTexts as texts, STEP_LABELS } from './texts.ts'

/** Who moved the version to each step, and when; a sending back with its reason. */
export function StepHistory(props: { history: readonly ProgrammeStepEntryView[] }): ReactNode {
  return (
    <section aria-labelledby="historique-programme">
      <h3 id="historique-programme">{texts.history}</h3>
      <ol className="historique-programme">
        {props.history.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            {entry.sentBackFrom === undefined
              ? texts.historyEntry(STEP_LABELS[entry.step], entry.by.name, formatDateTime(entry.at))
              : texts.sentBackEntry(entry.by.name, formatDateTime(entry.at), entry.reason ?? '')}
          </li>
        ))}
      </ol>
    </section>
  )
}
