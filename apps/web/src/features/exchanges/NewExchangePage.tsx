import type { Editor } from '@tiptap/core'
import { useId, useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { ExchangeTypeName, RichTextJson, SpaceView } from '@maillage/protocol'
import { EXCHANGE_THEME_OPTIONS, EXCHANGE_TYPE_OPTIONS, SpaceKind } from '@maillage/schema'
import { messageOf } from '../../api/ApiError.ts'
import { CheckboxOptions } from '../../ui/CheckboxOptions.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../auth/useSession.ts'
import { useSpaces } from '../home/useHomeData.ts'
import { canOpenExchange } from './canOpenExchange.ts'
import { MessageComposer } from './MessageComposer.tsx'
import { TerritoryCheckboxes } from './TerritoryCheckboxes.tsx'
import { exchangeTexts, newExchangeTexts } from './texts.ts'
import { useCreateExchange } from './useExchanges.ts'
import { useMessageEditor } from './useMessageEditor.ts'
import '../../styles/exchanges.css'

const TITLE_MAX_LENGTH = 160
const FORM_ID = 'nouvel-echange'

/**
 * Opening a thread: its type, title, themes, the CLPE concerned (by département), the CLPE it is
 * raised for, and the first message. Mentions are off in the first message (there is no thread
 * yet to ask whom one may mention); they work in every reply.
 */
export function NewExchangePage(): ReactNode {
  usePageTitle(newExchangeTexts.pageTitle)
  const { session } = useSession()
  const spaces = useSpaces()
  if (!canOpenExchange(session)) {
    return (
      <div className="page-etroite">
        <h1 tabIndex={-1}>{newExchangeTexts.pageTitle}</h1>
        <p className="avis">{newExchangeTexts.notAllowed}</p>
        <p>
          <Link to="/echanges">{exchangeTexts.allExchanges}</Link>
        </p>
      </div>
    )
  }
  if (spaces.isPending) return <Loading label={newExchangeTexts.loadingSpaces} />
  if (spaces.isError) {
    return <ErrorNotice error={spaces.error} onRetry={() => void spaces.refetch()} />
  }
  return <NewExchangeForm spaces={spaces.data} />
}

function NewExchangeForm(props: { spaces: readonly SpaceView[] }): ReactNode {
  const navigate = useNavigate()
  const create = useCreateExchange()
  const clpe = props.spaces.filter((space) => space.kind === SpaceKind.Clpe)
  const originChoices = clpe.filter(
    (space) => space.myRole === 'contributeur' || space.myRole === 'animateur',
  )
  // Someone who writes for one CLPE only raises subjects for it, unless they say otherwise.
  const [origin, setOrigin] = useState(
    originChoices.length === 1 ? (originChoices[0]?.id ?? '') : '',
  )
  const [type, setType] = useState<ExchangeTypeName | null>(null)
  const [title, setTitle] = useState('')
  const [themes, setThemes] = useState<string[]>([])
  const [territories, setTerritories] = useState<string[]>(origin === '' ? [] : [origin])
  const [missingType, setMissingType] = useState(false)
  const id = useId()
  const errors = fieldErrors(create.error)
  const typeError = missingType ? newExchangeTexts.typeMissing : errors.type

  function submit(editor: Editor): void {
    if (create.isPending) return
    if (type === null) {
      setMissingType(true)
      return
    }
    create.mutate(
      {
        type,
        title: title.trim(),
        themes,
        territorySpaceIds: territories,
        ...(origin === '' ? {} : { originSpaceId: origin }),
        content: editor.getJSON() as RichTextJson,
      },
      { onSuccess: (thread) => void navigate(`/echanges/${encodeURIComponent(thread.id)}`) },
    )
  }

  const composer = useMessageEditor({
    labelledBy: `${id}-message`,
    describedBy: `${id}-message-aide ${id}-message-erreur`,
    onSubmit: submit,
  })

  return (
    <div className="page-moyenne page-nouvel-echange">
      <p>
        <Link to="/echanges">{exchangeTexts.allExchanges}</Link>
      </p>
      <h1 tabIndex={-1}>{newExchangeTexts.pageTitle}</h1>
      <p>{newExchangeTexts.intro}</p>
      {create.isError && Object.keys(errors).length === 0 && (
        <p className="erreur" role="alert">
          {messageOf(create.error)}
        </p>
      )}
      <form
        id={FORM_ID}
        className="formulaire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit(composer.editor)
        }}
      >
        <fieldset
          className={typeError === undefined ? 'champ' : 'champ champ-en-erreur'}
          aria-describedby={typeError === undefined ? undefined : `${id}-type-erreur`}
        >
          <legend>{newExchangeTexts.type}</legend>
          <div className="options options-types">
            {EXCHANGE_TYPE_OPTIONS.map((option) => (
              <label key={option.value} className="option option-type">
                <input
                  type="radio"
                  name="type"
                  value={option.value}
                  checked={type === option.value}
                  onChange={() => {
                    setType(option.value)
                    setMissingType(false)
                  }}
                />{' '}
                <span>
                  <strong>{option.label}</strong>
                  {'description' in option && (
                    <span className="aide description-type">{option.description}</span>
                  )}
                </span>
              </label>
            ))}
          </div>
          {typeError !== undefined && (
            <p className="message-erreur" id={`${id}-type-erreur`}>
              {typeError}
            </p>
          )}
        </fieldset>
        <TextField
          label={newExchangeTexts.title}
          hint={newExchangeTexts.titleHint}
          value={title}
          maxLength={TITLE_MAX_LENGTH}
          error={errors.title}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
        <fieldset
          className={errors.themes === undefined ? 'champ cases' : 'champ cases champ-en-erreur'}
        >
          <legend>{newExchangeTexts.themes}</legend>
          {errors.themes !== undefined && <p className="message-erreur">{errors.themes}</p>}
          <CheckboxOptions
            className="options options-colonnes"
            options={EXCHANGE_THEME_OPTIONS}
            chosen={themes}
            onChange={setThemes}
          />
        </fieldset>
        {originChoices.length > 0 && (
          <div className={errors.originSpaceId === undefined ? 'champ' : 'champ champ-en-erreur'}>
            <label htmlFor={`${id}-origine`}>{newExchangeTexts.origin}</label>
            <p className="aide" id={`${id}-origine-aide`}>
              {newExchangeTexts.originHint}
            </p>
            <select
              id={`${id}-origine`}
              value={origin}
              aria-describedby={`${id}-origine-aide`}
              onChange={(event) => {
                const chosen = event.target.value
                setOrigin(chosen)
                if (chosen !== '' && !territories.includes(chosen)) {
                  setTerritories([...territories, chosen])
                }
              }}
            >
              <option value="">{newExchangeTexts.originNone}</option>
              {originChoices.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </select>
            {errors.originSpaceId !== undefined && (
              <p className="message-erreur">{errors.originSpaceId}</p>
            )}
          </div>
        )}
        <fieldset
          className={
            errors.territorySpaceIds === undefined ? 'champ cases' : 'champ cases champ-en-erreur'
          }
        >
          <legend>{newExchangeTexts.territories}</legend>
          <p className="aide">{newExchangeTexts.territoriesHint}</p>
          {errors.territorySpaceIds !== undefined && (
            <p className="message-erreur">{errors.territorySpaceIds}</p>
          )}
          <TerritoryCheckboxes clpe={clpe} chosen={territories} onChange={setTerritories} />
        </fieldset>
      </form>
      {/* Outside the form element: the composer's link form is a form of its own. */}
      <MessageComposer
        composer={composer}
        label={newExchangeTexts.message}
        labelId={`${id}-message`}
        hint={newExchangeTexts.messageHint}
        hintId={`${id}-message-aide`}
        error={errors.content ?? null}
        errorId={`${id}-message-erreur`}
      />
      <p className="actions-formulaire">
        <button
          type="submit"
          form={FORM_ID}
          className="bouton-principal"
          disabled={create.isPending}
        >
          {create.isPending ? newExchangeTexts.submitting : newExchangeTexts.submit}
        </button>
      </p>
    </div>
  )
}
