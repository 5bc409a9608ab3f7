import type { ReactNode } from 'react'
import type { ClpeRuleView } from '@maillage/protocol'
import { instancesTexts as texts } from './texts.ts'

/** The comité de pilotage's rule « au moins 3 CLPE de profils différents », and why. */
export function RuleStatus(props: { rule: ClpeRuleView }): ReactNode {
  const { rule } = props
  return (
    <section
      aria-labelledby="regle-clpe"
      className={`regle-clpe ${rule.respected ? 'regle-respectee' : 'regle-non-respectee'}`}
    >
      <h2 id="regle-clpe">{texts.rule}</h2>
      <p className="aide">{texts.ruleIntro}</p>
      <p>
        <strong>{rule.respected ? 'Respectée' : 'Non respectée'}</strong> — {rule.explanation}
      </p>
      <p className="aide">{texts.ruleOn(rule.onDate)}</p>
    </section>
  )
}
