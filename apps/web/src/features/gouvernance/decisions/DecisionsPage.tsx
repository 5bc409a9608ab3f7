import { useState, type SubmitEvent, type ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import type { DecisionStatusName, DecisionSubjectKindName } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import '../../../styles/decisions.css'
import { AddDecisionForm } from './AddDecisionForm.tsx'
import { DecisionItem } from './DecisionItem.tsx'
import { decisionsCsvPath } from './decisionsApi.ts'
import { DECISION_STATUS_LABELS, DECISION_SUBJECT_LABELS, decisionTexts as texts } from './texts.ts'
import { useDecisionList } from './useDecisions.ts'

/** The filters the page keeps in its address, in this order. */
const FILTER_KEYS = [
  'q',
  'instance',
  'status',
  'subject',
  'from',
  'to',
  'owner',
  'overdue',
] as const
type FilterKey = (typeof FILTER_KEYS)[number]
const PAGE_SIZE = 20

function filtersOf(params: URLSearchParams): Record<FilterKey, string> {
  const entries = FILTER_KEYS.map((key) => [key, params.get(key) ?? ''] as const)
  return Object.fromEntries(entries) as Record<FilterKey, string>
}

/**
 * « Registre des décisions »: every decision one may read, filtered (instance, status, object,
 * dates, owner, overdue) and searched, the filters kept in the address; its CSV; the managers of
 * an instance add a decision; the managers and owners follow one up.
 */
export function DecisionsPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const [params, setParams] = useSearchParams()
  const applied = filtersOf(params)
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1)
  const query = new URLSearchParams(
    [...FILTER_KEYS.filter((key) => applied[key] !== '').map((key) => [key, applied[key]])].concat([
      ['page', String(page)],
      ['pageSize', String(PAGE_SIZE)],
    ]),
  ).toString()
  const csvQuery = new URLSearchParams(
    FILTER_KEYS.filter((key) => applied[key] !== '').map((key) => [key, applied[key]]),
  ).toString()
  const list = useDecisionList(query)
  const [draft, setDraft] = useState(applied)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const next = new URLSearchParams()
    for (const key of FILTER_KEYS) if (draft[key] !== '') next.set(key, draft[key])
    setParams(next)
  }

  function handleReset(): void {
    setDraft(filtersOf(new URLSearchParams()))
    setParams(new URLSearchParams())
  }

  function goTo(target: number): void {
    const next = new URLSearchParams(params)
    next.set('page', String(target))
    setParams(next)
  }

  function change(key: FilterKey, value: string): void {
    setDraft((current) => ({ ...current, [key]: value }))
  }

  const pages = list.data === undefined ? 1 : Math.max(1, Math.ceil(list.data.total / PAGE_SIZE))
  return (
    <div className="page-decisions">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      <p>{texts.intro}</p>
      {list.data !== undefined && list.data.manageableInstances.length > 0 && (
        <AddDecisionForm instances={list.data.manageableInstances} />
      )}
      <form className="carte filtres-decisions" onSubmit={handleSubmit} aria-label={texts.filters}>
        <div className="champ">
          <label htmlFor="filtre-q">{texts.search}</label>
          <input
            id="filtre-q"
            type="search"
            maxLength={200}
            aria-describedby="filtre-q-aide"
            value={draft.q}
            onChange={(event) => {
              change('q', event.target.value)
            }}
          />
          <p className="aide" id="filtre-q-aide">
            {texts.searchHint}
          </p>
        </div>
        <div className="champ">
          <label htmlFor="filtre-instance">{texts.instance}</label>
          <select
            id="filtre-instance"
            value={draft.instance}
            onChange={(event) => {
              change('instance', event.target.value)
            }}
          >
            <option value="">{texts.allInstances}</option>
            {list.data?.readableInstances.map((instance) => (
              <option key={instance.id} value={instance.id}>
                {instance.name}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor="filtre-statut">{texts.status}</label>
          <select
            id="filtre-statut"
            value={draft.status}
            onChange={(event) => {
              change('status', event.target.value)
            }}
          >
            <option value="">{texts.allStatuses}</option>
            {(Object.keys(DECISION_STATUS_LABELS) as DecisionStatusName[]).map((status) => (
              <option key={status} value={status}>
                {DECISION_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor="filtre-objet">{texts.subject}</label>
          <select
            id="filtre-objet"
            value={draft.subject}
            onChange={(event) => {
              change('subject', event.target.value)
            }}
          >
            <option value="">{texts.allSubjects}</option>
            {(Object.keys(DECISION_SUBJECT_LABELS) as DecisionSubjectKindName[]).map((kind) => (
              <option key={kind} value={kind}>
                {DECISION_SUBJECT_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor="filtre-du">{texts.from}</label>
          <input
            id="filtre-du"
            type="date"
            value={draft.from}
            onChange={(event) => {
              change('from', event.target.value)
            }}
          />
        </div>
        <div className="champ">
          <label htmlFor="filtre-au">{texts.to}</label>
          <input
            id="filtre-au"
            type="date"
            value={draft.to}
            onChange={(event) => {
              change('to', event.target.value)
            }}
          />
        </div>
        <div className="champ">
          <label htmlFor="filtre-responsable">{texts.owner}</label>
          <input
            id="filtre-responsable"
            type="text"
            maxLength={120}
            value={draft.owner}
            onChange={(event) => {
              change('owner', event.target.value)
            }}
          />
        </div>
        <div className="champ champ-case">
          <input
            id="filtre-retard"
            type="checkbox"
            checked={draft.overdue === 'true'}
            onChange={(event) => {
              change('overdue', event.target.checked ? 'true' : '')
            }}
          />
          <label htmlFor="filtre-retard">{texts.overdue}</label>
        </div>
        <div className="actions">
          <button type="submit" className="bouton-principal">
            {texts.apply}
          </button>
          <button type="button" className="bouton-secondaire" onClick={handleReset}>
            {texts.reset}
          </button>
        </div>
      </form>
      <p>
        <a href={decisionsCsvPath(csvQuery)} download>
          {texts.csv}
        </a>
      </p>
      {list.isPending && <Loading label={texts.loading} />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data !== undefined && (
        <section aria-labelledby="titre-liste-decisions">
          <h2 id="titre-liste-decisions" className="visuellement-cache">
            {texts.pageTitle}
          </h2>
          <p role="status">{texts.count(list.data.total)}</p>
          {list.data.items.map((decision) => (
            <DecisionItem key={decision.id} decision={decision} headingLevel="h3" withFollowUp />
          ))}
          {pages > 1 && (
            <nav aria-label={texts.pageOf(page, pages)} className="pagination">
              <button
                type="button"
                className="bouton-secondaire"
                disabled={page <= 1}
                onClick={() => {
                  goTo(page - 1)
                }}
              >
                {texts.previous}
              </button>
              <span>{texts.pageOf(page, pages)}</span>
              <button
                type="button"
                className="bouton-secondaire"
                disabled={page >= pages}
                onClick={() => {
                  goTo(page + 1)
                }}
              >
                {texts.next}
              </button>
            </nav>
          )}
        </section>
      )}
    </div>
  )
}
