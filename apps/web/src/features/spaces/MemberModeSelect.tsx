import type { ReactNode } from 'react'
import type { MemberView } from '@maillage/protocol'
import { EDITING_MODE_LABELS, EditingMode } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { reviewTexts } from './reviewTexts.ts'
import { useSetMemberMode } from './reviewSettingsApi.ts'

const MODES: readonly EditingMode[] = [EditingMode.Edition, EditingMode.Suggestion]

/**
 * The mode the editor opens in for a contributeur or an animateur of the space (modify directly,
 * or suggest), saved as soon as it is chosen and announced. Lecteurs have none: the space decides.
 */
export function MemberModeSelect(props: { spaceId: string; member: MemberView }): ReactNode {
  const { spaceId, member } = props
  const save = useSetMemberMode(spaceId)
  const id = `mode-${member.accountId}`
  return (
    <span className="mode-membre">
      <label className="visuellement-cache" htmlFor={id}>
        {reviewTexts.modeLabel(member.name)}
      </label>
      <select
        id={id}
        value={member.modeParDefaut ?? EditingMode.Edition}
        onChange={(event) => {
          save.mutate({ accountId: member.accountId, mode: event.target.value as EditingMode })
        }}
      >
        {MODES.map((mode) => (
          <option key={mode} value={mode}>
            {EDITING_MODE_LABELS[mode]}
          </option>
        ))}
      </select>
      <span role="status" aria-live="polite" className="visuellement-cache">
        {save.isSuccess ? reviewTexts.modeSaved(member.name) : ''}
      </span>
      {save.isError && <ErrorNotice error={save.error} />}
    </span>
  )
}
