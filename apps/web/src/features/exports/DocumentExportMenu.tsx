import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { DocumentView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { fileNameOf } from './fileNameOf.ts'
import { exportTexts } from './texts.ts'
import '../../styles/exports.css'

const FORMATS = ['odt', 'docx', 'pdf', 'md'] as const
type Format = (typeof FORMATS)[number]

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending'; readonly label: string }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly error: unknown }

// The object URL is kept long enough for the browser to start the download it was clicked for.
const REVOKE_AFTER_MS = 60_000

/**
 * « Exporter »: a disclosure listing the document's file formats (ODT, DOCX, PDF, Markdown) and,
 * for a feuille de route, its complete dossier. The file is fetched first, so that a refusal (no
 * LibreOffice on the server: 503) shows its French message here instead of downloading it.
 */
export function DocumentExportMenu(props: { record: DocumentView }): ReactNode {
  const { record } = props
  const api = useApi()
  const [open, setOpen] = useState(false)
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const toggle = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const dossierId = useId()
  const timers = useRef<number[]>([])
  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const timer of pending) window.clearTimeout(timer)
    }
  }, [])

  async function handleExport(route: 'export' | 'dossier', format: Format): Promise<void> {
    const label =
      route === 'export'
        ? exportTexts.formats[format]
        : exportTexts.dossierFormat(exportTexts.formats[format])
    setState({ kind: 'pending', label })
    try {
      const path = `/api/documents/${encodeURIComponent(record.id)}/${route}.${format}`
      const { blob, disposition } = await api.download(path)
      const fileName = fileNameOf(disposition, `${record.title}.${format}`)
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      document.body.append(link)
      link.click()
      link.remove()
      timers.current.push(
        window.setTimeout(() => {
          URL.revokeObjectURL(url)
        }, REVOKE_AFTER_MS),
      )
      setState({ kind: 'done', fileName })
    } catch (error) {
      setState({ kind: 'failed', error })
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    toggle.current?.focus()
  }

  const pending = state.kind === 'pending'
  const formatButtons = (route: 'export' | 'dossier'): ReactNode =>
    FORMATS.map((format) => (
      <li key={format}>
        <button
          type="button"
          className="bouton-secondaire"
          disabled={pending}
          onClick={() => void handleExport(route, format)}
        >
          {route === 'export'
            ? exportTexts.formats[format]
            : exportTexts.dossierFormat(exportTexts.formats[format])}
        </button>
      </li>
    ))

  return (
    <div className="menu-export" onKeyDown={handleKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="bouton-secondaire"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open)
        }}
      >
        {exportTexts.toggle}
      </button>
      <div id={panelId} className="menu-export-panneau" hidden={!open}>
        <ul aria-label={exportTexts.documentGroup}>{formatButtons('export')}</ul>
        {record.kind === 'feuille-de-route' && (
          <>
            <p id={dossierId}>{exportTexts.dossierGroup}</p>
            <ul aria-labelledby={dossierId}>{formatButtons('dossier')}</ul>
          </>
        )}
      </div>
      <p className="etat-export" aria-live="polite">
        {state.kind === 'pending' && exportTexts.preparing(state.label)}
        {state.kind === 'done' && exportTexts.downloaded(state.fileName)}
      </p>
      {state.kind === 'failed' && <ErrorNotice error={state.error} />}
    </div>
  )
}
