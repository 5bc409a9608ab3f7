import type { ReactNode } from 'react'
import { DecisionsAbout } from '../features/gouvernance/decisions/index.ts'
import { ProposalPage } from '../features/toolbox/ProposalPage.tsx'

/** A tool proposal's page with the register's decisions about it (the comité's validation). */
export function ProposalWithDecisions(): ReactNode {
  return <ProposalPage Decisions={DecisionsAbout} />
}
