import { createHash } from 'node:crypto'
import type * as Y from 'yjs'
import { DocumentRoot, lettreKind, numberValue, readFields, stringValue } from '@maillage/schema'
import { readFieldsJson } from '../documents/readFieldsJson.ts'

/** The `meta` key where the server records a numéro's proof-reading. */
export const PROOFREAD_META_KEY = 'relecture'
/** The `meta` key where the server records a numéro's publication. */
export const PUBLICATION_META_KEY = 'publication'

/** The fields the workflow itself sets, left out of the content's fingerprint. */
const WORKFLOW_FIELDS: ReadonlySet<string> = new Set(['statut', 'dateParution'])

/** A proof-reading, as kept in the numéro's `meta`. */
export interface LettreProofreading {
  readonly at: string
  readonly byId: string
  readonly byName: string
  /** The content's fingerprint when it was proof-read (see {@link contentFingerprint}). */
  readonly fingerprint: string
  /** The named version « Bon à diffuser », when the history made one. */
  readonly versionId?: string
}

/** A publication, as kept in the numéro's `meta`. */
export interface LettrePublication {
  readonly at: string
  readonly byId: string
  readonly byName: string
}

/** What the workflow reads of a numéro's Y.Doc. */
export interface LettreEditionState {
  readonly title: string
  /** 0 when not set. */
  readonly numero: number
  readonly statut: string
  readonly dateParution: string
  readonly proofreading: LettreProofreading | null
  readonly publication: LettrePublication | null
  /** The fingerprint of its content now. */
  readonly fingerprint: string
}

/**
 * A digest of what readers of the numéro read (title, fields but the workflow's, body): equal
 * before and after a change only if nothing readers see changed. Comparing it with the one taken
 * at proof-reading tells whether the numéro changed since; the Yjs state vector would not, as
 * every save of the server's own (the proof-reading itself) moves it.
 */
export function contentFingerprint(doc: Y.Doc): string {
  const fields = Object.entries(readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields)
    .filter(([name]) => !WORKFLOW_FIELDS.has(name))
    .sort(([a], [b]) => a.localeCompare(b))
  return createHash('sha256')
    .update(doc.getText(DocumentRoot.Title).toString())
    .update('\u0000')
    .update(JSON.stringify(fields))
    .update('\u0000')
    .update(doc.getXmlFragment(DocumentRoot.Body).toString())
    .digest('base64url')
}

function recordOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
}

function textOf(record: Record<string, unknown>, key: string): string | null {
  const value = record[key]
  return typeof value === 'string' ? value : null
}

function readProofreading(value: unknown): LettreProofreading | null {
  const record = recordOf(value)
  if (record === null) return null
  const [at, byId, byName, fingerprint] = ['at', 'byId', 'byName', 'fingerprint'].map((key) =>
    textOf(record, key),
  )
  if (at == null || byId == null || byName == null || fingerprint == null) return null
  const versionId = textOf(record, 'versionId')
  return { at, byId, byName, fingerprint, ...(versionId === null ? {} : { versionId }) }
}

function readPublication(value: unknown): LettrePublication | null {
  const record = recordOf(value)
  if (record === null) return null
  const [at, byId, byName] = ['at', 'byId', 'byName'].map((key) => textOf(record, key))
  return at == null || byId == null || byName == null ? null : { at, byId, byName }
}

/** Reads a numéro (synchronous: call inside `DocumentContent.read` or `change`). */
export function readLettreEdition(doc: Y.Doc): LettreEditionState {
  const { values } = readFields(lettreKind, readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields)
  const meta = doc.getMap<unknown>(DocumentRoot.Meta)
  return {
    title: doc.getText(DocumentRoot.Title).toString().trim(),
    numero: numberValue(values, 'numero') ?? 0,
    statut: stringValue(values, 'statut'),
    dateParution: stringValue(values, 'dateParution'),
    proofreading: readProofreading(meta.get(PROOFREAD_META_KEY)),
    publication: readPublication(meta.get(PUBLICATION_META_KEY)),
    fingerprint: contentFingerprint(doc),
  }
}

/** Proof-read, and unchanged since. */
export function isProofread(state: LettreEditionState): boolean {
  return state.proofreading !== null && state.proofreading.fingerprint === state.fingerprint
}
