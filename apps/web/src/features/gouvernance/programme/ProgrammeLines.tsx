import { useId, useState, type ReactNode } from 'react'
import type { ProgrammeLineView, ProgrammeVersionView } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { LineFollowUp } from './LineFollowUp.tsx'
import { LineForm } from './LineForm.tsx'
import { LinkForm } from './LinkForm.tsx'
import { KIND_LABELS, programmeTexts as texts } from './texts.ts'
import { useDeleteLine, useFollowUp } from './useProgramme.ts'

type Grouping = 'partner' | 'kind'

/** What `editing` holds while the form of a new line is open (lines are edited by their id). */
const NEW_LINE = 'nouvelle'

/**
 * The lines of a version grouped by partner or by kind, each with its suivi; the regional team
 * adds, changes and removes lines while the version is « proposé ». `onChanged` receives the
 * message to announce.
 */
export function ProgrammeLines(props: {
  version: ProgrammeVersionView
  onChanged: (message: string) => void
}): ReactNode {
  const { version } = props
  const [grouping, setGrouping] = useState<Grouping>('partner')
  const [editing, setEditing] = useState<string | null>(null)
  const followUp = useFollowUp(version.id)
  const remove = useDeleteLine()
  const selectId = useId()
  const byKey = new Map(followUp.data?.lines.map((line) => [line.lineKey, line]))
  const groups = new Map<string, ProgrammeLineView[]>()
  for (const line of version.lines) {
    const key = grouping === 'partner' ? line.partner : KIND_LABELS[line.kind]
    groups.set(key, [...(groups.get(key) ?? []), line])
  }
  const editable = version.rights.canEditLines

  return (
    <section aria-labelledby="lignes-programme">
      <h3 id="lignes-programme">{texts.lines}</h3>
      <div className="champ champ-en-ligne">
        <label htmlFor={selectId}>{texts.groupBy}</label>
        <select
          id={selectId}
          value={grouping}
          onChange={(event) => {
            setGrouping(event.target.value as Grouping)
          }}
        >
          <option value="partner">{texts.byPartner}</option>
          <option value="kind">{texts.byKind}</option>
        </select>
      </div>
      {remove.isError && (
        <p className="erreur" role="alert">
          {messageOf(remove.error)}
        </p>
      )}
      {version.lines.length === 0 && <p>{texts.noLines}</p>}
      {[...groups.entries()].map(([group, lines]) => (
        <section key={group} className="groupe-lignes" aria-label={group}>
          <h4>{group}</h4>
          <ul className="lignes-programme">
            {lines.map((line) => (
              <li key={line.id} id={`ligne-${line.lineKey}`} className="carte ligne-programme">
                {editing === line.id ? (
                  <LineForm
                    versionId={version.id}
                    line={line}
                    onSaved={() => {
                      setEditing(null)
                      props.onChanged(texts.lineSaved)
                    }}
                    onCancel={() => {
                      setEditing(null)
                    }}
                  />
                ) : (
                  <>
                    <h5>{line.title}</h5>
                    <p className="surtitre">
                      {grouping === 'partner' ? KIND_LABELS[line.kind] : line.partner}
                    </p>
                    {line.description !== '' && <p>{line.description}</p>}
                    <dl className="details-ligne">
                      {line.audience !== undefined && (
                        <>
                          <dt>{texts.audience}</dt>
                          <dd>{line.audience}</dd>
                        </>
                      )}
                      {line.period !== undefined && (
                        <>
                          <dt>{texts.period}</dt>
                          <dd>{line.period}</dd>
                        </>
                      )}
                      <dt>{texts.clpe}</dt>
                      <dd>
                        {line.clpeSpaceIds === undefined
                          ? texts.allClpe
                          : line.clpeSpaceIds.join(', ')}
                        {line.targetClpeCount !== undefined &&
                          ` — ${texts.target(line.targetClpeCount)}`}
                      </dd>
                    </dl>
                    <LineFollowUp
                      followUp={byKey.get(line.lineKey)}
                      canLink={version.rights.canDraft}
                      onChanged={props.onChanged}
                    />
                    {version.rights.canDraft && <LinkForm line={line} onLinked={props.onChanged} />}
                    {editable && (
                      <div className="actions-ligne">
                        <button
                          type="button"
                          className="bouton-secondaire"
                          aria-label={texts.editLineOf(line.title)}
                          onClick={() => {
                            setEditing(line.id)
                          }}
                        >
                          {texts.editLine}
                        </button>
                        <button
                          type="button"
                          className="bouton-secondaire"
                          aria-label={texts.deleteLineOf(line.title)}
                          disabled={remove.isPending}
                          onClick={() => {
                            remove.mutate(line.id, {
                              onSuccess: () => {
                                props.onChanged(texts.lineDeleted)
                              },
                            })
                          }}
                        >
                          {texts.deleteLine}
                        </button>
                      </div>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {editable &&
        (editing === NEW_LINE ? (
          <LineForm
            versionId={version.id}
            onSaved={() => {
              setEditing(null)
              props.onChanged(texts.lineSaved)
            }}
            onCancel={() => {
              setEditing(null)
            }}
          />
        ) : (
          <button
            type="button"
            className="bouton-principal"
            onClick={() => {
              setEditing(NEW_LINE)
            }}
          >
            {texts.addLine}
          </button>
        ))}
    </section>
  )
}
