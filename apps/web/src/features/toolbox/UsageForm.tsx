import { useId, useState, type ReactNode } from 'react'
import type { SpaceView, ToolView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { toolboxTexts } from './texts.ts'
import { useSaveUsage } from './useToolbox.ts'

const SCALE = [1, 2, 3, 4, 5] as const

/**
 * "Utilisé par notre CLPE": a CLPE member marks the tool as used by their CLPE and may rate its
 * usefulness and ease (1–5, « Non noté » until chosen: ticking the box rates nothing), with a
 * comment shown in the catalogue. One mark per CLPE; the last person to save wins.
 */
export function UsageForm(props: { tool: ToolView; spaces: readonly SpaceView[] }): ReactNode {
  const { tool, spaces } = props
  const mine = tool.myUsage
  const [spaceId, setSpaceId] = useState(mine?.spaceId ?? spaces[0]?.id ?? '')
  const [used, setUsed] = useState(mine?.used ?? false)
  const [usefulness, setUsefulness] = useState<number | null>(mine?.usefulness ?? null)
  const [ease, setEase] = useState<number | null>(mine?.ease ?? null)
  const [comment, setComment] = useState(mine?.comment ?? '')
  const save = useSaveUsage(tool.documentId)
  const id = useId()
  const space = spaces.find((candidate) => candidate.id === spaceId)
  if (space === undefined) return null

  return (
    <form
      className="formulaire-usage"
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate(
          used
            ? { body: { spaceId, used, usefulness, ease, comment: comment.trim() } }
            : { remove: spaceId },
        )
      }}
    >
      <fieldset>
        <legend>{toolboxTexts.usageHeading}</legend>
        {spaces.length > 1 ? (
          <div className="champ">
            <label htmlFor={`${id}-espace`}>{toolboxTexts.forSpaceLabel}</label>
            <select
              id={`${id}-espace`}
              value={spaceId}
              onChange={(event) => {
                setSpaceId(event.target.value)
              }}
            >
              {spaces.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="aide">{toolboxTexts.forSpace(space.name)}</p>
        )}
        <label className="option">
          <input
            type="checkbox"
            checked={used}
            onChange={(event) => {
              setUsed(event.target.checked)
            }}
          />{' '}
          {toolboxTexts.usedByUs}
        </label>
        {used && (
          <div className="notes-usage">
            <ScaleSelect
              id={`${id}-utilite`}
              label={toolboxTexts.usefulnessLabel}
              value={usefulness}
              onChange={setUsefulness}
            />
            <ScaleSelect
              id={`${id}-facilite`}
              label={toolboxTexts.easeLabel}
              value={ease}
              onChange={setEase}
            />
            <div className="champ champ-large">
              <label htmlFor={`${id}-commentaire`}>{toolboxTexts.comment}</label>
              <textarea
                id={`${id}-commentaire`}
                rows={2}
                maxLength={1000}
                value={comment}
                onChange={(event) => {
                  setComment(event.target.value)
                }}
              />
            </div>
          </div>
        )}
        {save.isError && <ErrorNotice error={save.error} />}
        <div className="actions-element">
          <button type="submit" className="bouton-secondaire" disabled={save.isPending}>
            {save.isPending
              ? toolboxTexts.saving
              : used || mine === null
                ? toolboxTexts.save
                : toolboxTexts.removeUsage}
          </button>
          {save.isSuccess && (
            <span className="succes" role="status">
              {toolboxTexts.saved}
            </span>
          )}
        </div>
      </fieldset>
    </form>
  )
}

function ScaleSelect(props: {
  id: string
  label: string
  value: number | null
  onChange: (value: number | null) => void
}): ReactNode {
  return (
    <div className="champ">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(event) => {
          props.onChange(event.target.value === '' ? null : Number(event.target.value))
        }}
      >
        <option value="">{toolboxTexts.notRated}</option>
        {SCALE.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
    </div>
  )
}
