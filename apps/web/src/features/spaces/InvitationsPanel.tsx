import { useEffect, useId, useRef, useState, type SubmitEvent, type ReactNode } from 'react'
import type { InvitationView, SpaceRoleName } from '@maillage/protocol'
import { SPACE_ROLE_LABELS, SpaceRole } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formatDateTime } from '../../ui/formatDate.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { spaceTexts } from './texts.ts'
import { useCreateInvitation, useInvitations, useRevokeInvitation } from './useSpaceData.ts'

/**
 * For animateurs: create invitation links (shown once), see and revoke pending ones. Once a link
 * is made, the address field is emptied (the next invitation is for someone else) and the focus
 * goes to the link, ready to copy; a refused one shows the error summary, which takes the focus.
 * After « Annuler l’invitation » the focus goes to the next pending one's button (else the
 * previous one's, else the address field).
 */
export function InvitationsPanel(props: { spaceId: string }): ReactNode {
  const invitations = useInvitations(props.spaceId, true)
  const create = useCreateInvitation(props.spaceId)
  const revoke = useRevokeInvitation(props.spaceId)
  const [role, setRole] = useState<SpaceRoleName>(SpaceRole.Contributeur)
  const [email, setEmail] = useState('')
  const [copied, setCopied] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const headingId = useId()
  const roleId = useId()
  const emailId = useId()
  const linkId = useId()
  const focusLink = useRef(false)
  const requestFocus = useFocusRequest()

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    setCopied(false)
    create.mutate(
      { role, ...(email.trim() === '' ? {} : { email: email.trim() }) },
      {
        onSuccess: () => {
          setEmail('')
          focusLink.current = true
        },
        onError: () => {
          setAttempt((previous) => previous + 1)
        },
      },
    )
  }

  const link =
    create.data === undefined ? null : new URL(create.data.path, window.location.origin).href
  // The link field exists only once the answer is rendered.
  useEffect(() => {
    if (!focusLink.current || link === null) return
    focusLink.current = false
    document.getElementById(linkId)?.focus()
  }, [link, linkId])

  return (
    <section className="carte" aria-labelledby={headingId}>
      <h2 id={headingId}>{spaceTexts.invitationsHeading}</h2>
      <p className="aide">{spaceTexts.invitationsIntro}</p>
      <form className="formulaire formulaire-en-ligne" onSubmit={handleSubmit} noValidate>
        <ErrorSummary
          errors={formErrorsOf({
            apiError: create.error,
            fieldIds: { role: roleId, email: emailId },
          })}
          attempt={attempt}
        />
        <div className="champ">
          <label htmlFor={roleId}>{spaceTexts.invitationRole}</label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => {
              setRole(event.target.value as SpaceRoleName)
            }}
          >
            {[SpaceRole.Contributeur, SpaceRole.Lecteur, SpaceRole.Animateur].map((value) => (
              <option key={value} value={value}>
                {SPACE_ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={emailId}
          label={spaceTexts.invitationEmail}
          type="email"
          value={email}
          error={fieldErrors(create.error).email}
          onChange={(event) => {
            setEmail(event.target.value)
          }}
        />
        <button type="submit" className="bouton-principal" disabled={create.isPending}>
          {create.isPending ? spaceTexts.inviting : spaceTexts.invite}
        </button>
      </form>
      {link !== null && (
        <div className="lien-cree" role="status">
          <p>{spaceTexts.invitationCreated}</p>
          <TextField id={linkId} label={spaceTexts.invitationLink} value={link} readOnly />
          <button
            type="button"
            className="bouton-secondaire"
            onClick={() => {
              void navigator.clipboard.writeText(link).then(() => {
                setCopied(true)
              })
            }}
          >
            {copied ? spaceTexts.copied : spaceTexts.copy}
          </button>
        </div>
      )}
      {invitations.isPending && <Loading label={spaceTexts.membersLoading} />}
      {invitations.isError && <ErrorNotice error={invitations.error} />}
      {revoke.isError && <ErrorNotice error={revoke.error} />}
      {invitations.data !== undefined && (
        <InvitationList
          invitations={invitations.data}
          onRevoke={(id, nextFocusId) => {
            revoke.mutate(id, {
              onSuccess: () => {
                requestFocus(nextFocusId ?? emailId)
              },
            })
          }}
        />
      )}
    </section>
  )
}

function InvitationList(props: {
  invitations: readonly InvitationView[]
  /** `nextFocusId`: the button that takes the focus once it is gone; none when it was the last. */
  onRevoke: (invitationId: string, nextFocusId: string | undefined) => void
}): ReactNode {
  const pending = props.invitations.filter(
    (invitation) => invitation.usedAt === undefined && invitation.revokedAt === undefined,
  )
  if (pending.length === 0) return <p>{spaceTexts.noInvitations}</p>
  return (
    <ul className="liste-invitations">
      {pending.map((invitation, index) => (
        <li key={invitation.id}>
          <span>
            {SPACE_ROLE_LABELS[invitation.role]}
            {invitation.email !== undefined && ` · ${invitation.email}`}
          </span>
          <span className="aide">
            {spaceTexts.pending} {formatDateTime(invitation.expiresAt)}
          </span>
          <button
            type="button"
            id={revokeButtonId(invitation.id)}
            className="bouton-secondaire"
            onClick={() => {
              const neighbour = pending[index + 1] ?? pending[index - 1]
              props.onRevoke(
                invitation.id,
                neighbour === undefined ? undefined : revokeButtonId(neighbour.id),
              )
            }}
          >
            {spaceTexts.revoke}
          </button>
        </li>
      ))}
    </ul>
  )
}

function revokeButtonId(invitationId: string): string {
  return `annuler-invitation-${invitationId}`
}
