import { useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { ConsideredToolView } from '@maillage/protocol'
import { OUTIL_THEMATIQUE_OPTIONS, OUTIL_TYPE_OPTIONS } from '@maillage/schema'
import { CheckboxOptions } from '../../ui/CheckboxOptions.tsx'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { proposalTexts, toolboxTexts } from './texts.ts'
import { useCatalogue, useCreateProposal } from './useToolbox.ts'

const ALL_TOOLS = {
  type: '',
  theme: '',
  porteur: '',
  echelle: '',
  statut: '',
  q: '',
  sort: 'title',
} as const

const OTHER_TOOL = ''

// The id of each field's control, in the order of the form, for the error summary's links.
const FIELD_IDS = {
  title: 'proposition-titre',
  description: 'proposition-description',
  porteur: 'proposition-porteur',
  lien: 'proposition-lien',
  type: 'proposition-type',
  thematiques: 'proposition-thematiques',
  consideredTools: 'proposition-examines',
} as const

function fieldIdsOf(considered: readonly ConsideredToolView[]): Record<string, string> {
  const ids: Record<string, string> = { ...FIELD_IDS }
  considered.forEach((_, index) => {
    ids[`consideredTools.${index}.name`] = `examine-nom-${index}`
    ids[`consideredTools.${index}.whyNotAdaptable`] = `pourquoi-${index}`
  })
  return ids
}

/**
 * Proposing a new tool: what it is for, and the existing tools considered and why none fits. A
 * refused submission shows the error summary, which takes the focus.
 */
export function ProposalFormPage(): ReactNode {
  usePageTitle(proposalTexts.formTitle)
  const navigate = useNavigate()
  const catalogue = useCatalogue(ALL_TOOLS)
  const create = useCreateProposal()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [porteur, setPorteur] = useState('')
  const [lien, setLien] = useState('')
  const [type, setType] = useState('')
  const [thematiques, setThematiques] = useState<string[]>([])
  const [considered, setConsidered] = useState<ConsideredToolView[]>([
    { documentId: null, name: '', whyNotAdaptable: '' },
  ])
  const [attempt, setAttempt] = useState(0)
  const errors = fieldErrors(create.error)
  const tools = catalogue.data?.tools ?? []

  function updateConsidered(index: number, patch: Partial<ConsideredToolView>): void {
    setConsidered((previous) =>
      previous.map((entry, position) => (position === index ? { ...entry, ...patch } : entry)),
    )
  }

  return (
    <div className="page-etroite page-proposition">
      <h1 tabIndex={-1}>{proposalTexts.formTitle}</h1>
      <p>{proposalTexts.formIntro}</p>
      <form
        className="formulaire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          create.mutate(
            {
              title: title.trim(),
              description: description.trim(),
              porteur: porteur.trim(),
              lien: lien.trim(),
              type,
              thematiques,
              consideredTools: considered.map((entry) => ({
                ...entry,
                name: entry.name.trim(),
                whyNotAdaptable: entry.whyNotAdaptable.trim(),
              })),
            },
            {
              onSuccess: (proposal) => void navigate(`/boite-a-outils/propositions/${proposal.id}`),
              onError: () => {
                setAttempt((previous) => previous + 1)
              },
            },
          )
        }}
      >
        <ErrorSummary
          errors={formErrorsOf({ apiError: create.error, fieldIds: fieldIdsOf(considered) })}
          attempt={attempt}
        />
        <TextField
          id={FIELD_IDS.title}
          label={proposalTexts.title}
          value={title}
          maxLength={120}
          error={errors.title}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
        <div className={errors.description === undefined ? 'champ' : 'champ champ-en-erreur'}>
          <label htmlFor={FIELD_IDS.description}>{proposalTexts.description}</label>
          <textarea
            id={FIELD_IDS.description}
            rows={4}
            value={description}
            aria-invalid={errors.description !== undefined}
            aria-describedby={
              errors.description === undefined ? undefined : 'proposition-description-erreur'
            }
            onChange={(event) => {
              setDescription(event.target.value)
            }}
          />
          {errors.description !== undefined && (
            <p className="message-erreur" id="proposition-description-erreur">
              {errors.description}
            </p>
          )}
        </div>
        <TextField
          id={FIELD_IDS.porteur}
          label={proposalTexts.porteur}
          value={porteur}
          error={errors.porteur}
          onChange={(event) => {
            setPorteur(event.target.value)
          }}
        />
        <TextField
          id={FIELD_IDS.lien}
          label={proposalTexts.lien}
          type="url"
          value={lien}
          error={errors.lien}
          onChange={(event) => {
            setLien(event.target.value)
          }}
        />
        <div className="champ">
          <label htmlFor={FIELD_IDS.type}>{proposalTexts.type}</label>
          <select
            id={FIELD_IDS.type}
            value={type}
            onChange={(event) => {
              setType(event.target.value)
            }}
          >
            <option value="">—</option>
            {OUTIL_TYPE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="champ cases" id={FIELD_IDS.thematiques}>
          <legend>{proposalTexts.thematiques}</legend>
          <CheckboxOptions
            options={OUTIL_THEMATIQUE_OPTIONS}
            chosen={thematiques}
            onChange={setThematiques}
          />
        </fieldset>
        <fieldset className="champ liste-champ" id={FIELD_IDS.consideredTools}>
          <legend>{proposalTexts.considered}</legend>
          <p className="aide">{proposalTexts.consideredHint}</p>
          {errors.consideredTools !== undefined && (
            <p className="message-erreur">{errors.consideredTools}</p>
          )}
          <ol className="elements">
            {considered.map((entry, index) => (
              <li key={index} className="element">
                <fieldset>
                  <legend>{proposalTexts.consideredTool(index + 1)}</legend>
                  <div className="champ">
                    <label htmlFor={`examine-${index}`}>{proposalTexts.consideredChoice}</label>
                    <select
                      id={`examine-${index}`}
                      value={entry.documentId ?? OTHER_TOOL}
                      onChange={(event) => {
                        const tool = tools.find((t) => t.documentId === event.target.value)
                        updateConsidered(index, {
                          documentId: tool?.documentId ?? null,
                          name: tool?.title ?? '',
                        })
                      }}
                    >
                      <option value={OTHER_TOOL}>{proposalTexts.consideredOther}</option>
                      {tools.map((tool) => (
                        <option key={tool.documentId} value={tool.documentId}>
                          {tool.title}
                        </option>
                      ))}
                    </select>
                  </div>
                  {entry.documentId === null && (
                    <TextField
                      id={`examine-nom-${index}`}
                      label={proposalTexts.consideredName}
                      value={entry.name}
                      error={errors[`consideredTools.${index}.name`]}
                      onChange={(event) => {
                        updateConsidered(index, { name: event.target.value })
                      }}
                    />
                  )}
                  <div
                    className={
                      errors[`consideredTools.${index}.whyNotAdaptable`] === undefined
                        ? 'champ'
                        : 'champ champ-en-erreur'
                    }
                  >
                    <label htmlFor={`pourquoi-${index}`}>{proposalTexts.why}</label>
                    <textarea
                      id={`pourquoi-${index}`}
                      rows={3}
                      value={entry.whyNotAdaptable}
                      aria-invalid={
                        errors[`consideredTools.${index}.whyNotAdaptable`] !== undefined
                      }
                      aria-describedby={`pourquoi-${index}-erreur`}
                      onChange={(event) => {
                        updateConsidered(index, { whyNotAdaptable: event.target.value })
                      }}
                    />
                    <p className="message-erreur" id={`pourquoi-${index}-erreur`}>
                      {errors[`consideredTools.${index}.whyNotAdaptable`]}
                    </p>
                  </div>
                  {considered.length > 1 && (
                    <button
                      type="button"
                      className="bouton-secondaire"
                      onClick={() => {
                        setConsidered((previous) => previous.filter((_, p) => p !== index))
                      }}
                    >
                      {proposalTexts.removeConsidered(index + 1)}
                    </button>
                  )}
                </fieldset>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="bouton-secondaire"
            onClick={() => {
              setConsidered((previous) => [
                ...previous,
                { documentId: null, name: '', whyNotAdaptable: '' },
              ])
            }}
          >
            {proposalTexts.addConsidered}
          </button>
        </fieldset>
        <button type="submit" className="bouton-principal" disabled={create.isPending}>
          {create.isPending ? proposalTexts.submitting : proposalTexts.submit}
        </button>
      </form>
      <p>
        <Link to="/boite-a-outils">{toolboxTexts.pageTitle}</Link>
      </p>
    </div>
  )
}
