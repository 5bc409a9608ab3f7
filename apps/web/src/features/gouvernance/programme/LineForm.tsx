import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import type {
  ProgrammeLineBody,
  ProgrammeLineKindName,
  ProgrammeLineView,
} from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { fieldErrors } from '../../../ui/fieldErrors.ts'
import { KIND_LABELS, programmeTexts as texts } from './texts.ts'
import { useSaveLine } from './useProgramme.ts'

const KINDS = Object.keys(KIND_LABELS) as ProgrammeLineKindName[]

/** The form of a new line (no `line`) or of a line's change, for the regional team. */
export function LineForm(props: {
  versionId: string
  line?: ProgrammeLineView
  onSaved: () => void
  onCancel: () => void
}): ReactNode {
  const save = useSaveLine(props.versionId)
  const id = useId()
  const [partner, setPartner] = useState(props.line?.partner ?? '')
  const [kind, setKind] = useState<ProgrammeLineKindName>(props.line?.kind ?? 'atelier')
  const [title, setTitle] = useState(props.line?.title ?? '')
  const [description, setDescription] = useState(props.line?.description ?? '')
  const [audience, setAudience] = useState(props.line?.audience ?? '')
  const [period, setPeriod] = useState(props.line?.period ?? '')
  const [target, setTarget] = useState(props.line?.targetClpeCount?.toString() ?? '')
  const errors = save.isError ? fieldErrors(save.error) : {}

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const body: ProgrammeLineBody = {
      partner,
      kind,
      title,
      description,
      audience,
      period,
      ...(props.line?.clpeSpaceIds === undefined ? {} : { clpeSpaceIds: props.line.clpeSpaceIds }),
      ...(target.trim() === '' ? {} : { targetClpeCount: Number(target) }),
    }
    save.mutate(
      { ...(props.line === undefined ? {} : { lineId: props.line.id }), body },
      { onSuccess: props.onSaved },
    )
  }

  const field = (
    name: string,
    label: string,
    input: (fieldId: string, describedBy: string | undefined) => ReactNode,
  ): ReactNode => {
    const fieldId = `${id}-${name}`
    const error = errors[name]
    return (
      <div className={error === undefined ? 'champ' : 'champ champ-en-erreur'}>
        <label htmlFor={fieldId}>{label}</label>
        {input(fieldId, error === undefined ? undefined : `${fieldId}-erreur`)}
        {error !== undefined && (
          <p id={`${fieldId}-erreur`} className="message-erreur">
            {error}
          </p>
        )}
      </div>
    )
  }

  return (
    <form noValidate className="formulaire-ligne-programme" onSubmit={handleSubmit}>
      {field('partner', texts.lineForm.partner, (fieldId, describedBy) => (
        <input
          id={fieldId}
          required
          maxLength={120}
          value={partner}
          aria-describedby={describedBy}
          onChange={(event) => {
            setPartner(event.target.value)
          }}
        />
      ))}
      {field('kind', texts.lineForm.kind, (fieldId) => (
        <select
          id={fieldId}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ProgrammeLineKindName)
          }}
        >
          {KINDS.map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>
      ))}
      {field('title', texts.lineForm.title, (fieldId, describedBy) => (
        <input
          id={fieldId}
          required
          maxLength={200}
          value={title}
          aria-describedby={describedBy}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
      ))}
      {field('description', texts.lineForm.description, (fieldId, describedBy) => (
        <textarea
          id={fieldId}
          maxLength={4000}
          value={description}
          aria-describedby={describedBy}
          onChange={(event) => {
            setDescription(event.target.value)
          }}
        />
      ))}
      {field('audience', texts.lineForm.audience, (fieldId, describedBy) => (
        <input
          id={fieldId}
          maxLength={300}
          value={audience}
          aria-describedby={describedBy}
          onChange={(event) => {
            setAudience(event.target.value)
          }}
        />
      ))}
      {field('period', texts.lineForm.period, (fieldId, describedBy) => (
        <input
          id={fieldId}
          maxLength={120}
          value={period}
          aria-describedby={describedBy}
          onChange={(event) => {
            setPeriod(event.target.value)
          }}
        />
      ))}
      {field('targetClpeCount', texts.lineForm.target, (fieldId, describedBy) => (
        <input
          id={fieldId}
          type="number"
          min={1}
          max={400}
          value={target}
          aria-describedby={describedBy}
          onChange={(event) => {
            setTarget(event.target.value)
          }}
        />
      ))}
      {save.isError && Object.keys(errors).length === 0 && (
        <p className="erreur" role="alert">
          {messageOf(save.error)}
        </p>
      )}
      <div className="actions-formulaire">
        <button type="submit" className="bouton-principal" disabled={save.isPending}>
          {texts.lineForm.save}
        </button>
        <button type="button" className="bouton-secondaire" onClick={props.onCancel}>
          {texts.cancel}
        </button>
      </div>
    </form>
  )
}
