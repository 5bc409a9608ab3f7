import { useId, type ReactNode } from 'react'
import type { SpaceRoleName } from '@maillage/protocol'
import { SPACE_ROLE_LABELS, SpaceRole } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { useSession } from '../../api/useSession.ts'
import { MemberModeSelect } from './MemberModeSelect.tsx'
import { MemberSignOut } from './MemberSignOut.tsx'
import { spaceTexts } from './texts.ts'
import { useChangeMember, useMembers } from './useSpaceData.ts'

const ROLES: readonly SpaceRoleName[] = [
  SpaceRole.Animateur,
  SpaceRole.Contributeur,
  SpaceRole.Lecteur,
]

/**
 * The members of a space with their roles; animateurs change roles and remove members. Role
 * selects and « Retirer » stay enabled while a change is saved (disabled, they would drop the
 * keyboard's focus, and Tab right after a role change would skip « Retirer »);
 * after a removal the focus goes to the next member's « Retirer » (else the previous one's, else
 * the heading). Platform admins (`canSignOut`) may also end every session of another member.
 */
export function MembersPanel(props: {
  spaceId: string
  canManage: boolean
  canSignOut: boolean
}): ReactNode {
  const { session } = useSession()
  const members = useMembers(props.spaceId, true)
  const change = useChangeMember(props.spaceId)
  const headingId = useId()
  const requestFocus = useFocusRequest()
  const list = members.data ?? []
  return (
    <section className="carte" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {spaceTexts.membersHeading}
      </h2>
      {change.isError && <ErrorNotice error={change.error} />}
      {members.isPending && <Loading label={spaceTexts.membersLoading} />}
      {members.isError && (
        <ErrorNotice error={members.error} onRetry={() => void members.refetch()} />
      )}
      {members.data !== undefined && (
        <ul className="liste-membres">
          {members.data.map((member, index) => (
            <li key={member.accountId} className="membre">
              <span className="nom">{member.name}</span>
              {member.organisation !== '' && (
                <span className="organisation">{member.organisation}</span>
              )}
              {props.canManage ? (
                <>
                  <label className="visuellement-cache" htmlFor={`role-${member.accountId}`}>
                    {spaceTexts.memberRole} {member.name}
                  </label>
                  <select
                    id={`role-${member.accountId}`}
                    value={member.role}
                    onChange={(event) => {
                      change.mutate({
                        accountId: member.accountId,
                        role: event.target.value as SpaceRoleName,
                      })
                    }}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {SPACE_ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    id={removeButtonId(member.accountId)}
                    className="bouton-secondaire"
                    aria-label={`${spaceTexts.remove} ${member.name}`}
                    onClick={() => {
                      if (!window.confirm(spaceTexts.removeConfirm(member.name))) return
                      const neighbour = list[index + 1] ?? list[index - 1]
                      change.mutate(
                        { accountId: member.accountId, role: null },
                        {
                          onSuccess: () => {
                            requestFocus(
                              neighbour === undefined
                                ? headingId
                                : removeButtonId(neighbour.accountId),
                            )
                          },
                        },
                      )
                    }}
                  >
                    {spaceTexts.remove}
                  </button>
                </>
              ) : (
                <span className="role">{SPACE_ROLE_LABELS[member.role]}</span>
              )}
              {member.role !== SpaceRole.Lecteur &&
                (props.canManage || member.accountId === session?.account.id) && (
                  <MemberModeSelect spaceId={props.spaceId} member={member} />
                )}
              {props.canSignOut && member.accountId !== session?.account.id && (
                <MemberSignOut accountId={member.accountId} name={member.name} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function removeButtonId(accountId: string): string {
  return `retirer-${accountId}`
}
