import { useId, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { CheckboxOptions } from '../../ui/CheckboxOptions.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { surveyTexts } from './texts.ts'
import { useCatalogueTools, useCreateSurvey } from './useSurveys.ts'

/** A new survey: its title, and the catalogued tools it asks about (a block of questions each). */
export function NewSurveyPage(): ReactNode {
  usePageTitle(surveyTexts.newTitle)
  const navigate = useNavigate()
  const create = useCreateSurvey()
  const tools = useCatalogueTools()
  const [title, setTitle] = useState('')
  const [attempt, setAttempt] = useState(0)
  const ids = { title: useId(), toolDocumentIds: useId() }
  // Every tool until the author unticks some.
  const [picked, setPicked] = useState<string[] | null>(null)
  const toolOptions = (tools.data ?? []).map((tool) => ({
    value: tool.documentId,
    label: tool.title,
  }))
  const chosen = picked ?? toolOptions.map((option) => option.value)
  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{surveyTexts.newTitle}</h1>
      <form
        className="formulaire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          create.mutate(
            { title: title.trim(), toolDocumentIds: chosen, mode: 'collective' },
            {
              onSuccess: (survey) => void navigate(`/enquetes/${survey.id}`),
              onError: () => {
                setAttempt((previous) => previous + 1)
              },
            },
          )
        }}
      >
        <ErrorSummary
          errors={formErrorsOf({ apiError: create.error, fieldIds: ids })}
          attempt={attempt}
        />
        <TextField
          id={ids.title}
          label={surveyTexts.title}
          value={title}
          error={fieldErrors(create.error).title}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
        <fieldset className="champ cases" id={ids.toolDocumentIds}>
          <legend>{surveyTexts.toolBlocks}</legend>
          <p className="aide">{surveyTexts.toolBlocksHelp}</p>
          {tools.isPending && <Loading label={surveyTexts.toolsLoading} />}
          {tools.isError && <ErrorNotice error={tools.error} />}
          <CheckboxOptions options={toolOptions} chosen={chosen} onChange={setPicked} />
        </fieldset>
        <button
          type="submit"
          className="bouton-principal"
          disabled={create.isPending || tools.isPending}
        >
          {surveyTexts.create}
        </button>
      </form>
    </div>
  )
}
