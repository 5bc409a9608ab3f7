import type { ComponentType } from 'react'
import type { DocumentView } from '@maillage/protocol'

/** The « Exporter » menu shown in a document's header, handed in by the app (features/exports). */
export type DocumentExportMenuComponent = ComponentType<{ record: DocumentView }>
