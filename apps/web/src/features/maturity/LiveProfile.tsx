import { useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { autoEvaluationKind, maturityAnswersOf, maturityProfile } from '@maillage/schema'
import { useFieldValues } from '../../collaboration/index.ts'
import { ProfileView } from './ProfileView.tsx'
import { maturityTexts } from './texts.ts'

/**
 * The profile of the levels chosen so far, recomputed at each change, by anyone; its heading has
 * the id `headingId` (the landmark around it is named after it).
 */
export function LiveProfile(props: { fields: Y.Map<unknown>; headingId: string }): ReactNode {
  const { values } = useFieldValues(props.fields, autoEvaluationKind)
  const profile = useMemo(() => maturityProfile(maturityAnswersOf(values)), [values])
  return (
    <div className="carte">
      <h2 id={props.headingId}>{maturityTexts.liveProfile}</h2>
      <p className="aide">{maturityTexts.liveProfileHelp}</p>
      <ProfileView profile={profile} caption={maturityTexts.liveProfile} />
    </div>
  )
}
