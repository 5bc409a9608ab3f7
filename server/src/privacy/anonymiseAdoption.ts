import type * as Y from 'yjs'
import {
  AVIS_ADOPTION_META_KEY,
  DocumentRoot,
  readAvisAdoption,
  type AvisAdoption,
  type AvisPerson,
} from '@maillage/schema'
import { FORMER_MEMBER_IN_CONTENT } from './formerMember.ts'

/**
 * Replaces a deleted person's name by « ancien membre » in the adoption of an avis (`meta`, key
 * `adoption`, written by the server only): their position, who submitted, who adopted, and among
 * the approvers. Positions and their comments stay (the avis's record of who approved). Returns
 * whether anything changed; a document without adoption is left alone.
 */
export function anonymiseAdoption(doc: Y.Doc, accountId: string): boolean {
  const meta = doc.getMap<unknown>(DocumentRoot.Meta)
  if (!meta.has(AVIS_ADOPTION_META_KEY)) return false
  const adoption = readAvisAdoption(meta.get(AVIS_ADOPTION_META_KEY))
  const rename = (person: AvisPerson): AvisPerson =>
    person.id === accountId && person.name !== FORMER_MEMBER_IN_CONTENT
      ? { id: accountId, name: FORMER_MEMBER_IN_CONTENT }
      : person
  const positions = adoption.positions.map((entry) => {
    const account = rename(entry.account)
    return account === entry.account ? entry : { ...entry, account }
  })
  const approvers = adoption.approvers?.map(rename)
  const next: AvisAdoption = {
    ...adoption,
    positions,
    ...(adoption.submittedBy === undefined ? {} : { submittedBy: rename(adoption.submittedBy) }),
    ...(adoption.adoptedBy === undefined ? {} : { adoptedBy: rename(adoption.adoptedBy) }),
    ...(approvers === undefined ? {} : { approvers }),
  }
  const changed =
    next.submittedBy !== adoption.submittedBy ||
    next.adoptedBy !== adoption.adoptedBy ||
    positions.some((entry, index) => entry !== adoption.positions[index]) ||
    (approvers ?? []).some((person, index) => person !== adoption.approvers?.[index])
  if (changed) meta.set(AVIS_ADOPTION_META_KEY, next)
  return changed
}
