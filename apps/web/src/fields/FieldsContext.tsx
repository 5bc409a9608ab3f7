import { createContext, use } from 'react'
import type { DocumentView } from '@maillage/protocol'

/** What field inputs need from the document around them. */
export interface FieldsEnvironment {
  readonly readOnly: boolean
  /** The documents of the same space, for document-link fields. */
  readonly spaceDocuments: readonly DocumentView[]
  /** Creates a document of `kind` titled `title` in the same space; resolves with its id. */
  readonly createLinkedDocument: (kind: string, title: string) => Promise<string>
  /**
   * The fiche action whose indicators take new measurements through the API (« Saisir une
   * nouvelle mesure », written by the server with who and when); absent where fields have no
   * such form.
   */
  readonly measurementDocumentId?: string
  /** The name of the person editing, written into the items they add to a stamped list. */
  readonly personName?: string
  /**
   * « Commenter ce champ » beside the labels of the fields named in `names` (the kind's own, not
   * the fields of a list's items); absent where one may not comment.
   */
  readonly commentField?: {
    readonly names: ReadonlySet<string>
    readonly start: (name: string, label: string) => void
  }
}

const FieldsContext = createContext<FieldsEnvironment | null>(null)

/** Provides the {@link FieldsEnvironment} to the field inputs below. */
export const FieldsProvider = FieldsContext.Provider

/** The {@link FieldsEnvironment} of the document being edited. */
export function useFieldsEnvironment(): FieldsEnvironment {
  const environment = use(FieldsContext)
  if (environment === null) throw new Error('field inputs must be rendered below <FieldsProvider>')
  return environment
}
