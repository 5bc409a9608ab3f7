import type { ReactNode } from 'react'
import type { ProgrammeStepName } from '@maillage/protocol'
import { programmeTexts as texts, STEP_LABELS, STEPS } from './texts.ts'

/** The validation steps as a stepper: the steps passed, the current one, those to come. */
export function ProgrammeStepper(props: { status: ProgrammeStepName }): ReactNode {
  const current = STEPS.indexOf(props.status)
  return (
    <ol className="etapes-programme" aria-label={texts.stepperLabel}>
      {STEPS.map((step, index) => {
        const state = index < current ? 'franchie' : index === current ? 'en-cours' : 'a-venir'
        return (
          <li
            key={step}
            className={`etape-programme etape-${state}`}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="numero-etape" aria-hidden="true">
              {index + 1}
            </span>
            <span>{STEP_LABELS[step]}</span>
            {index < current && <span className="visuellement-cache"> ({texts.doneStep})</span>}
            {index === current && (
              <span className="visuellement-cache"> ({texts.currentStep})</span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
