import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { SynergySubjectView, TerritoryRefView } from '@maillage/protocol'
import { ExchangeBadges } from './ExchangeBadges.tsx'
import { synergyTexts } from './texts.ts'
import { TerritoriesByDepartement } from './TerritoriesByDepartement.tsx'

/**
 * A remontée or signal faible in the synergies: its title, type, status, flag, how many CLPE
 * raised it and which, grouped by département.
 */
export function SynergySubject(props: {
  subject: SynergySubjectView
  headingLevel: 3 | 4
  /** Also list the territories the author said are concerned (for the CoRE's overview). */
  withConcerned?: boolean
}): ReactNode {
  const { subject } = props
  const { thread } = subject
  const territories = props.withConcerned === true ? concernedBy(subject) : subject.raisedBy
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4'
  return (
    <li className="sujet-synergie">
      <Heading className="titre-echange">
        <Link to={`/echanges/${encodeURIComponent(thread.id)}`}>{thread.title}</Link>
      </Heading>
      <p className="ligne-badges">
        <ExchangeBadges thread={{ ...thread, supraTerritorial: subject.supraTerritorial }} />
        <span className="nombre-clpe">{synergyTexts.clpeCount(subject.raisedBy.length)}</span>
      </p>
      <TerritoriesByDepartement
        territories={territories}
        label={
          props.withConcerned === true ? synergyTexts.territoriesConcerned : synergyTexts.raisedBy
        }
      />
    </li>
  )
}

// The CLPE that raised the subject, then the other territories its author named.
function concernedBy(subject: SynergySubjectView): readonly TerritoryRefView[] {
  const ids = new Set(subject.raisedBy.map((territory) => territory.spaceId))
  return [
    ...subject.raisedBy,
    ...subject.thread.territories.filter((territory) => !ids.has(territory.spaceId)),
  ]
}
