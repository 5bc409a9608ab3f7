import type { ReactNode } from 'react'
import type { DecisionSubjectKindName } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { DecisionItem } from './DecisionItem.tsx'
import { decisionTexts as texts } from './texts.ts'
import { useDecisionsAbout } from './useDecisions.ts'

/**
 * « Décisions »: the register's decisions about one object (a tool, a document and its versions,
 * the programme). With `hideWhenEmpty`, nothing is shown until there is one (the document page).
 */
export function DecisionsAbout(props: {
  kind: DecisionSubjectKindName
  id: string
  hideWhenEmpty?: boolean
}): ReactNode {
  const decisions = useDecisionsAbout(props.kind, props.id)
  if (props.hideWhenEmpty === true && (decisions.data?.length ?? 0) === 0) return null
  return (
    <section className="decisions-objet" aria-labelledby={`decisions-${props.id}`}>
      <h2 id={`decisions-${props.id}`}>{texts.aboutHeading}</h2>
      {decisions.isPending && <Loading label={texts.aboutLoading} />}
      {decisions.isError && (
        <ErrorNotice error={decisions.error} onRetry={() => void decisions.refetch()} />
      )}
      {decisions.data?.length === 0 && <p>{texts.aboutEmpty}</p>}
      {decisions.data?.map((decision) => (
        <DecisionItem
          key={decision.id}
          decision={decision}
          headingLevel="h3"
          withFollowUp={false}
        />
      ))}
    </section>
  )
}
