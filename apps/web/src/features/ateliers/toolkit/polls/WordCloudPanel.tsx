import { useId, useState, type SyntheticEvent, type ReactNode } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AtelierWordCloudLiveView, AtelierWordCloudView } from '@maillage/protocol'
import { useApi } from '../../../../api/ApiProvider.tsx'
import { messageOf } from '../../../../api/ApiError.ts'
import { actOnCloud, moderateCloud, ownWords, sendWords } from './pollsApi.ts'
import { pollTexts as texts } from './texts.ts'

/** Font sizes of the cloud's words, from the least to the most sent (rem). */
const MIN_SIZE = 0.9
const MAX_SIZE = 2.4

/**
 * A word cloud: its prompt, the words sized by how many people sent them (and the same as a list,
 * « mot — N fois », for screen readers and keyboards), the form of one's one to three words while
 * it is open (seat holders and facilitators), and, for facilitators, closing, merging and hiding.
 */
export function WordCloudPanel(props: {
  atelierId: string
  cloud: AtelierWordCloudLiveView
  participant: boolean
  /** The facilitators' view of this cloud (hidden words, merges), null for participants. */
  moderation: AtelierWordCloudView | null
  onModerated: () => void
}): ReactNode {
  const { cloud } = props
  const titleId = useId()
  const top = cloud.words[0]?.count ?? 1
  return (
    <article className="nuage-direct" aria-labelledby={titleId}>
      <h3 id={titleId}>{cloud.prompt}</h3>
      <p className="aide">
        {cloud.state === 'open' ? texts.states.open : texts.cloudClosed} ·{' '}
        {texts.submissions(cloud.submissionCount)}
      </p>
      {cloud.words.length === 0 ? (
        <p className="aide">{texts.noWords}</p>
      ) : (
        <>
          <p className="nuage-mots" aria-hidden="true">
            {cloud.words.map((word) => (
              <span
                key={word.key}
                style={{ fontSize: `${MIN_SIZE + ((MAX_SIZE - MIN_SIZE) * word.count) / top}rem` }}
              >
                {word.word}
              </span>
            ))}
          </p>
          <ul className="liste-mots" aria-label={texts.cloudAsList}>
            {cloud.words.map((word) => (
              <li key={word.key}>{texts.wordCount(word.word, word.count)}</li>
            ))}
          </ul>
        </>
      )}
      {props.participant && cloud.state === 'open' && (
        <WordsForm atelierId={props.atelierId} cloudId={cloud.id} />
      )}
      {props.moderation !== null && (
        <CloudModeration
          atelierId={props.atelierId}
          cloud={props.moderation}
          onDone={props.onModerated}
        />
      )}
    </article>
  )
}

function WordsForm(props: { atelierId: string; cloudId: string }): ReactNode {
  const { atelierId, cloudId } = props
  const api = useApi()
  const client = useQueryClient()
  const id = useId()
  const key = ['atelier-cloud-words', atelierId, cloudId]
  const own = useQuery({ queryKey: key, queryFn: () => ownWords(api, atelierId, cloudId) })
  // Untouched (null), the form shows the words saved.
  const [edited, setWords] = useState<readonly string[] | null>(null)
  const [empty, setEmpty] = useState(false)
  const saved = own.data?.words ?? null
  const words = edited ?? [0, 1, 2].map((index) => saved?.[index] ?? '')
  const send = useMutation({
    mutationFn: (list: readonly string[]) => sendWords(api, atelierId, cloudId, list),
    onSuccess: (view) => client.setQueryData(key, view),
  })

  function submit(event: SyntheticEvent): void {
    event.preventDefault()
    const list = words.map((word) => word.trim()).filter((word) => word !== '')
    setEmpty(list.length === 0)
    if (list.length > 0) send.mutate(list)
  }

  return (
    <form className="formulaire-mots" onSubmit={submit} noValidate>
      <fieldset disabled={send.isPending} aria-describedby={`${id}-aide`}>
        <legend>{texts.words}</legend>
        <p id={`${id}-aide`} className="aide">
          {texts.wordHint}
        </p>
        {words.map((word, index) => (
          <div className="champ" key={index}>
            <label htmlFor={`${id}-${index}`}>{texts.word(index + 1)}</label>
            <input
              id={`${id}-${index}`}
              maxLength={40}
              value={word}
              onChange={(event) => {
                setWords(words.map((found, at) => (at === index ? event.target.value : found)))
              }}
            />
          </div>
        ))}
      </fieldset>
      <p role="status" className="confirmation-sondage">
        {saved !== null && !send.isPending ? texts.wordsSaved : ''}
      </p>
      {empty && (
        <p className="erreur" role="alert">
          {texts.oneWordAtLeast}
        </p>
      )}
      {send.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(send.error)}
        </p>
      )}
      <button type="submit" className="bouton-principal" disabled={send.isPending}>
        {texts.sendWords}
      </button>
    </form>
  )
}

function CloudModeration(props: {
  atelierId: string
  cloud: AtelierWordCloudView
  onDone: () => void
}): ReactNode {
  const { atelierId, cloud } = props
  const api = useApi()
  const id = useId()
  const [from, setFrom] = useState('')
  const [into, setInto] = useState('')
  const moderate = useMutation({
    mutationFn: (body: Parameters<typeof moderateCloud>[3]) =>
      moderateCloud(api, atelierId, cloud.id, body),
    onSuccess: props.onDone,
  })
  const state = useMutation({
    mutationFn: (action: 'cloturer' | 'rouvrir') => actOnCloud(api, atelierId, cloud.id, action),
    onSuccess: props.onDone,
  })
  const error = moderate.error ?? state.error

  return (
    <div className="moderation-nuage">
      <button
        type="button"
        className="bouton-secondaire"
        disabled={state.isPending}
        onClick={() => {
          state.mutate(cloud.state === 'open' ? 'cloturer' : 'rouvrir')
        }}
      >
        {cloud.state === 'open' ? texts.close : texts.reopen}
      </button>
      {cloud.words.length >= 2 && (
        <form
          className="fusion-mots"
          onSubmit={(event) => {
            event.preventDefault()
            if (from !== '' && into !== '') moderate.mutate({ action: 'fusionner', from, into })
          }}
        >
          <div className="champ">
            <label htmlFor={`${id}-de`}>{texts.mergeFrom}</label>
            <select
              id={`${id}-de`}
              value={from}
              onChange={(event) => {
                setFrom(event.target.value)
              }}
            >
              <option value="" />
              {cloud.words.map((word) => (
                <option key={word.key} value={word.key}>
                  {word.word}
                </option>
              ))}
            </select>
          </div>
          <div className="champ">
            <label htmlFor={`${id}-dans`}>{texts.mergeInto}</label>
            <select
              id={`${id}-dans`}
              value={into}
              onChange={(event) => {
                setInto(event.target.value)
              }}
            >
              <option value="" />
              {cloud.words.map((word) => (
                <option key={word.key} value={word.key}>
                  {word.word}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="bouton-secondaire" disabled={moderate.isPending}>
            {texts.merge}
          </button>
        </form>
      )}
      <ul className="mots-a-moderer">
        {cloud.words.map((word) => (
          <li key={word.key}>
            {texts.wordCount(word.word, word.count)}{' '}
            <button
              type="button"
              className="bouton-secondaire"
              aria-label={texts.hideWord(word.word)}
              disabled={moderate.isPending}
              onClick={() => {
                moderate.mutate({ action: 'masquer', word: word.key })
              }}
            >
              {texts.hideShort}
            </button>
          </li>
        ))}
      </ul>
      {cloud.hidden.length > 0 && (
        <>
          <h4>{texts.hiddenWords}</h4>
          <ul className="mots-masques">
            {cloud.hidden.map((word) => (
              <li key={word.key}>
                {texts.wordCount(word.word, word.count)}{' '}
                <button
                  type="button"
                  className="bouton-secondaire"
                  aria-label={texts.showWord(word.word)}
                  disabled={moderate.isPending}
                  onClick={() => {
                    moderate.mutate({ action: 'afficher', word: word.key })
                  }}
                >
                  {texts.showShort}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error !== null && (
        <p className="erreur" role="alert">
          {messageOf(error)}
        </p>
      )}
    </div>
  )
}
