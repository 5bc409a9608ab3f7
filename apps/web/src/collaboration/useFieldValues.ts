import { useDeferredValue, useMemo } from 'react'
import type * as Y from 'yjs'
import {
  readFields,
  type FieldProblem,
  type FieldValues,
  type KindDefinition,
} from '@maillage/schema'
import { readBoundedJson } from './readBoundedJson.ts'
import { useYDeepVersion } from './useYMapEntry.ts'

/**
 * The validated values of a document's fields and the values of the wrong type found there,
 * recomputed after changes (deferred, so typing never waits for it).
 */
export function useFieldValues(
  fields: Y.Map<unknown>,
  definition: KindDefinition,
): { values: FieldValues; problems: readonly FieldProblem[] } {
  const version = useDeferredValue(useYDeepVersion(fields))
  return useMemo(() => readAt(fields, definition, version), [fields, definition, version])
}

// `version` is only there to say when to read again: the map itself is mutable.
function readAt(
  fields: Y.Map<unknown>,
  definition: KindDefinition,
  _version: number,
): { values: FieldValues; problems: readonly FieldProblem[] } {
  return readFields(definition, readBoundedJson(fields))
}
