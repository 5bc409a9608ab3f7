import type { DocumentStore } from './DocumentStore.ts'
import { documentFingerprint } from './documentFingerprint.ts'
import type { MetadataSnapshot } from './MetadataStore.ts'

/** One side of a copy: its documents and everything its metadata store holds. */
export interface CopySide {
  readonly documents: DocumentStore
  readonly metadata: MetadataSnapshot
}

/** What {@link verifyPostgresCopy} found: every difference, in French, for the operator. */
export interface CopyVerification {
  readonly documentsCompared: number
  /** Empty when the copy equals the source. */
  readonly mismatches: readonly string[]
}

/**
 * Compares a copy with its source: the same document ids, each document with the same content
 * ({@link documentFingerprint}: same items, same deletions), the same number of records of each
 * kind and the same records (whatever their order), the same audit entries in the same order.
 */
export async function verifyPostgresCopy(sides: {
  source: CopySide
  target: CopySide
}): Promise<CopyVerification> {
  const { source, target } = sides
  const mismatches: string[] = []
  const sourceIds = (await source.documents.list()).sort()
  const targetIds = new Set(await target.documents.list())
  for (const id of sourceIds) {
    if (!targetIds.has(id)) {
      mismatches.push(`document « ${id} » : absent de PostgreSQL`)
      continue
    }
    targetIds.delete(id)
    const [expected, copied] = await Promise.all([
      source.documents.load(id),
      target.documents.load(id),
    ])
    if (documentFingerprint(expected.updates) !== documentFingerprint(copied.updates)) {
      mismatches.push(`document « ${id} » : contenu différent de la source`)
    }
  }
  for (const id of targetIds) mismatches.push(`document « ${id} » : absent de la source`)
  mismatches.push(...compareMetadata(source.metadata, target.metadata))
  return { documentsCompared: sourceIds.length, mismatches }
}

function compareMetadata(source: MetadataSnapshot, target: MetadataSnapshot): string[] {
  const mismatches: string[] = []
  const targetData: Record<string, unknown> = target.data
  for (const [kind, records] of Object.entries(source.data)) {
    const copied = targetData[kind]
    if (!Array.isArray(records)) continue
    if (!Array.isArray(copied)) {
      mismatches.push(`« ${kind} » : absent de PostgreSQL`)
    } else if (copied.length !== records.length) {
      mismatches.push(
        `« ${kind} » : ${records.length} enregistrement(s) dans la source, ${copied.length} dans PostgreSQL`,
      )
    } else if (!sameElements(records, copied)) {
      mismatches.push(`« ${kind} » : enregistrements différents de la source`)
    }
  }
  if (target.audit.length !== source.audit.length) {
    mismatches.push(
      `journal d'audit : ${source.audit.length} entrée(s) dans la source, ${target.audit.length} dans PostgreSQL`,
    )
  } else if (!source.audit.every((entry, index) => sameJson(entry, target.audit[index]))) {
    mismatches.push(`journal d'audit : entrées différentes de la source`)
  }
  return mismatches
}

/** Whether two lists hold the same values, whatever their order. */
function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  const left = a.map(canonicalJson).sort()
  const right = b.map(canonicalJson).sort()
  return left.every((value, index) => value === right[index])
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** JSON with the keys of every object sorted, so that key order does not matter. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}
