import type { Editor } from '@tiptap/core'
import { useId, useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { ExchangeTypeName, RichTextJson, SpaceView } from '@maillage/protocol'
import { EXCHANGE_THEME_OPTIONS, SpaceKind } from '@maillage/schema'
import { messageOf } from '../../api/ApiError.ts'
import { CheckboxOptions } from '../../ui/CheckboxOptions.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { useSpaces } from '../../api/useSpaces.ts'
import { canOpenExchange } from './canOpenExchange.ts'
import { ExchangeTypeField } from './ExchangeTypeField.tsx'
import { MessageComposer } from './MessageComposer.tsx'
import { TerritoryCheckboxes } from './TerritoryCheckboxes.tsx'
import { exchangeTexts, newExchangeTexts } from './texts.ts'
import { useCreateExchange } from './useExchanges.ts'
import { useMessageEditor } from './useMessageEditor.ts'
import { TITLE_MAX_LENGTH, validateNewExchange } from './validateNewExchange.ts'
import '../../styles/exchanges.css'

const FORM_ID = 'nouvel-echange'

// The fields of the form in the order they appear, by the names the API gives their errors, with
// the suffix of the id the error summary links to.
const FIELD_IDS = {
  type: 'type',
  title: 'titre',
  themes: 'themes',
  originSpaceId: 'origine',
  territorySpaceIds: 'territoires',
  content: 'message',
} as const

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

/**
 * The form itself. Every field is checked in the browser before sending, and all problems are
 * shown at once, beside their fields and in a summary that takes the focus; what the server
 * refuses afterwards is shown the same way.
 */
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
  const [browserErrors, setBrowserErrors] = useState<Readonly<Record<string, string>>>({})
  const [attempt, setAttempt] = useState(0)
  const id = useId()
  const fieldId = (field: keyof typeof FIELD_IDS) => `${id}-${FIELD_IDS[field]}`
  const serverErrors = fieldErrors(create.error)
  const errors = Object.keys(browserErrors).length > 0 ? browserErrors : serverErrors

  function submit(editor: Editor): void {
    if (create.isPending) return
    const found = validateNewExchange({ type, title, themes, messageText: editor.getText() })
    setBrowserErrors(found)
    if (type === null || Object.keys(found).length > 0) {
      create.reset()
      setAttempt((count) => count + 1)
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
      {
        onSuccess: (thread) => void navigate(`/echanges/${encodeURIComponent(thread.id)}`),
        onError: () => {
          setAttempt((count) => count + 1)
        },
      },
    )
  }

  const composer = useMessageEditor({
    id: fieldId('content'),
    labelledBy: `${id}-message-etiquette`,
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
      <ErrorSummary errors={summaryOf(errors, fieldId)} attempt={attempt} />
      {create.isError && Object.keys(serverErrors).length === 0 && (
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
        <ExchangeTypeField
          id={fieldId('type')}
          value={type}
          error={errors.type}
          onChange={setType}
        />
        <TextField
          id={fieldId('title')}
          label={newExchangeTexts.title}
          hint={`${newExchangeTexts.titleHint} ${newExchangeTexts.titleLimit(TITLE_MAX_LENGTH)}`}
          value={title}
          error={errors.title}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
        <fieldset
          id={fieldId('themes')}
          className={errors.themes === undefined ? 'champ cases' : 'champ cases champ-en-erreur'}
          aria-describedby={errors.themes === undefined ? undefined : `${id}-themes-erreur`}
        >
          <legend>{newExchangeTexts.themes}</legend>
          {errors.themes !== undefined && (
            <p className="message-erreur" id={`${id}-themes-erreur`}>
              {errors.themes}
            </p>
          )}
          <CheckboxOptions
            className="options options-colonnes"
            options={EXCHANGE_THEME_OPTIONS}
            chosen={themes}
            onChange={setThemes}
          />
        </fieldset>
        {originChoices.length > 0 && (
          <div className={errors.originSpaceId === undefined ? 'champ' : 'champ champ-en-erreur'}>
            <label htmlFor={fieldId('originSpaceId')}>{newExchangeTexts.origin}</label>
            <p className="aide" id={`${id}-origine-aide`}>
              {newExchangeTexts.originHint}
            </p>
            <select
              id={fieldId('originSpaceId')}
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
          id={fieldId('territorySpaceIds')}
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
        labelId={`${id}-message-etiquette`}
        hint={newExchangeTexts.messageHint}
        hintId={`${id}-message-aide`}
        error={errors.content ?? null}
        errorId={`${id}-message-erreur`}
        announceError={false}
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

// The errors in the order of the form, each linked to its field; any other the server gives last.
function summaryOf(
  errors: Readonly<Record<string, string>>,
  fieldId: (field: keyof typeof FIELD_IDS) => string,
): FormError[] {
  const fields = Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]
  const known = fields.flatMap((field) => {
    const message = errors[field]
    return message === undefined ? [] : [{ message, fieldId: fieldId(field) }]
  })
  const others = Object.entries(errors)
    .filter(([field]) => !(field in FIELD_IDS))
    .map(([, message]) => ({ message }))
  return [...known, ...others]
}
