import { useState, type SubmitEvent, type ReactNode } from 'react'
import type { VersionSummaryView } from '@maillage/protocol'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import { CURRENT_VERSION } from './historyApi.ts'
import { historyTexts as texts } from './texts.ts'

/**
 * « Comparer deux versions »: any two of the list or the current state; by default the newest
 * version against the current state. `pair` is the comparison shown, which a row's « Comparer
 * avec la précédente » also sets.
 */
export function CompareForm(props: {
  versions: readonly VersionSummaryView[]
  pair: { from: string; to: string } | null
  onCompare: (pair: { from: string; to: string }) => void
}): ReactNode {
  const options = [
    { value: CURRENT_VERSION, label: texts.current },
    ...props.versions.map((version) => ({
      value: version.id,
      label: texts.optionOf(version.createdAt, version.name),
    })),
  ]
  const [from, setFrom] = useState(props.pair?.from ?? props.versions[0]?.id ?? CURRENT_VERSION)
  const [to, setTo] = useState(props.pair?.to ?? CURRENT_VERSION)
  const [shownPair, setShownPair] = useState(props.pair)
  // A comparison chosen from a row is reflected in the selects.
  if (props.pair !== shownPair) {
    setShownPair(props.pair)
    if (props.pair !== null) {
      setFrom(props.pair.from)
      setTo(props.pair.to)
    }
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    props.onCompare({ from, to })
  }

  return (
    <section className="comparer-versions" aria-labelledby="titre-comparer">
      <h2 id="titre-comparer">{texts.compareHeading}</h2>
      <form className="formulaire formulaire-en-ligne" onSubmit={handleSubmit}>
        <SelectFilter label={texts.compareFrom} options={options} value={from} onChange={setFrom} />
        <SelectFilter label={texts.compareTo} options={options} value={to} onChange={setTo} />
        <button type="submit" className="bouton-principal">
          {texts.compareSubmit}
        </button>
      </form>
    </section>
  )
}
