import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { DocumentView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { ADOPTED_EXPORT_FORMATS, adoptedExportHref } from './avisApi.ts'
import { avisTexts } from './texts.ts'

// The object URL is kept long enough for the browser to start the download it was clicked for.
const REVOKE_AFTER_MS = 60_000

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly error: unknown }

/**
 * The adopted version's files (ODT, DOCX, PDF, Markdown). Each is fetched before it is saved, so
 * that a refusal (no LibreOffice on the server: 503) shows its French message here rather than
 * downloading it; what happened is announced.
 */
export function AdoptedExports(props: { record: DocumentView }): ReactNode {
  const { record } = props
  const api = useApi()
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const urls = useRef<number[]>([])
  useEffect(() => {
    const pending = urls.current
    return () => {
      for (const timer of pending) window.clearTimeout(timer)
    }
  }, [])

  async function handleDownload(format: string): Promise<void> {
    setState({ kind: 'pending' })
    try {
      const { blob } = await api.download(adoptedExportHref(record.id, format))
      const fileName = avisTexts.exportFileName(record.title, format)
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      document.body.append(link)
      link.click()
      link.remove()
      urls.current.push(
        window.setTimeout(() => {
          URL.revokeObjectURL(url)
        }, REVOKE_AFTER_MS),
      )
      setState({ kind: 'done', fileName })
    } catch (error) {
      setState({ kind: 'failed', error })
    }
  }

  return (
    <>
      <h3 id="titre-version-adoptee">{avisTexts.exportHeading}</h3>
      <ul className="exports-avis" aria-labelledby="titre-version-adoptee">
        {ADOPTED_EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a
              href={adoptedExportHref(record.id, format)}
              download
              onClick={(event) => {
                event.preventDefault()
                void handleDownload(format)
              }}
            >
              {avisTexts.exportFormats[format]}
            </a>
          </li>
        ))}
      </ul>
      <p role="status" className="aide">
        {state.kind === 'pending' && avisTexts.exportPending}
        {state.kind === 'done' && avisTexts.exportDone(state.fileName)}
      </p>
      {state.kind === 'failed' && <ErrorNotice error={state.error} />}
    </>
  )
}
