import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type {
  MeetingCloseView,
  MeetingConvocationView,
  MeetingView,
  NotificationListView,
} from '@maillage/protocol'
import {
  addItem,
  listOf,
  SEANCE_INSTANCE,
  useSeanceFixture,
  type SeanceName,
} from '../helpers/seanceFixture.ts'
import { probeSyncAccess } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

// A séance of a comité de pilotage from its creation to its closing, on PostgreSQL (the stage and
// its people: ../helpers/seanceFixture.ts).

const INSTANCE = SEANCE_INSTANCE

describe('a séance of the comité de pilotage', () => {
  const f = useSeanceFixture()
  const { call, connect, connectEditor } = f
  let meeting: MeetingView
  const view = async (name: SeanceName) =>
    (await call<MeetingView>(name, 'GET', `/${meeting.id}`)).body

  it('is created by the regional team in Paris time, not by a lecteur', async () => {
    const body = {
      instanceId: INSTANCE,
      title: 'Séance de février',
      date: '2027-02-10',
      time: '09:30',
      durationMinutes: 120,
      place: 'Conseil régional, Lille',
      visioLink: 'https://visio.example.fr/copil-fevrier',
    }
    expect((await call('lecteur', 'POST', '', body)).body.error?.code).toBe('AUTH_FORBIDDEN')
    const created = await call<MeetingView>('admin', 'POST', '', body)
    expect(created.status, created.text).toBe(201)
    meeting = created.body
    expect(meeting).toMatchObject({
      status: 'preparation',
      startsAt: '2027-02-10T08:30:00.000Z',
      endsAt: '2027-02-10T10:30:00.000Z',
      instanceName: 'Comité de pilotage (essai)',
      visioLink: 'https://visio.example.fr/copil-fevrier',
    })
  })

  it('is read by the space and the instance, never by a stranger, who learns neither it nor its link', async () => {
    const lecteur = await call<MeetingView>('lecteur', 'GET', `/${meeting.id}`)
    expect(lecteur.status).toBe(200)
    expect(lecteur.body.can).toMatchObject({ manage: false, write: false })
    for (const path of [`/${meeting.id}`, `/${meeting.id}/seance.ics`]) {
      const stranger = await call('lens', 'GET', path)
      expect(stranger.status).toBe(404)
      expect(stranger.text).not.toContain('visio.example.fr')
    }
    const list = await call<{ meetings: { id: string }[] }>('lens', 'GET', '')
    expect(list.body.meetings.map((found) => found.id)).not.toContain(meeting.id)
    expect(await probeSyncAccess(f.server, meeting.documentId, f.demo.as.lens)).toBe(403)
    // A member of the instance outside its space reads the séance and its document, not more.
    const member = await call<MeetingView>('lille2', 'GET', `/${meeting.id}`)
    expect(member.status).toBe(200)
    expect(member.body.visioLink).toBe('https://visio.example.fr/copil-fevrier')
    expect(await probeSyncAccess(f.server, meeting.documentId, f.demo.as.lille2)).toBe('read')
    const ics = await call('copil', 'GET', `/${meeting.id}/seance.ics`)
    // Lines of an .ics fold at 75 octets.
    expect(ics.text.replace(/\r\n /gu, '')).toContain('visio.example.fr/copil-fevrier')
  })

  it('has its ordre du jour written live by two members, attachments titled only for who may read them', async () => {
    const sophie = await connect('copil', meeting.documentId)
    const nadia = await connect('lille', meeting.documentId)
    addItem(sophie, 'ordreDuJour', {
      titre: 'Cahier des charges du programme',
      presentateur: 'DREETS',
      duree: 45,
      documents: new Y.Array(),
    })
    const documents = new Y.Array<Y.Map<unknown>>()
    const attached = new Y.Map<unknown>()
    attached.set('id', 'piece-1')
    attached.set('order', 1)
    attached.set('document', f.lilleDocumentId)
    documents.push([attached])
    addItem(nadia, 'ordreDuJour', {
      titre: 'Retour du CLPE de Lille',
      presentateur: 'Nadia Benali',
      duree: 30,
      documents,
    })
    await waitFor(() => {
      expect(listOf(sophie, 'ordreDuJour').length).toBe(2)
      expect(listOf(nadia, 'ordreDuJour').length).toBe(2)
    })
    const seenBySophie = await waitFor(async () => {
      const found = await view('copil')
      expect(found.agenda).toHaveLength(2)
      return found
    })
    const lille = seenBySophie.agenda.find((item) => item.titre === 'Retour du CLPE de Lille')
    expect(lille?.documents).toEqual([{ id: f.lilleDocumentId }])
    const seenByNadia = await view('lille')
    const own = seenByNadia.agenda.find((item) => item.titre === 'Retour du CLPE de Lille')
    expect(own?.documents).toEqual([
      {
        id: f.lilleDocumentId,
        title: 'Note confidentielle de Lille',
        path: `/documents/${f.lilleDocumentId}`,
      },
    ])
    expect(JSON.stringify(seenBySophie)).not.toContain('Note confidentielle')
    // The picker offers each person the documents they may read, from any of their spaces.
    const offered = async (name: SeanceName) =>
      (
        await call<{ documents: { id: string }[] }>(
          name,
          'GET',
          `/${meeting.id}/documents-joignables`,
        )
      ).body.documents.map((document) => document.id)
    expect(await offered('lille')).toContain(f.lilleDocumentId)
    expect(await offered('copil')).not.toContain(f.lilleDocumentId)
    expect(await offered('copil')).toContain(meeting.documentId)
  })

  it('convokes the members with an account (notification and mail), not the others, and not by a lecteur', async () => {
    expect((await call('lecteur', 'POST', `/${meeting.id}/convocation`)).body.error?.code).toBe(
      'AUTH_FORBIDDEN',
    )
    const convoked = await call<MeetingConvocationView>(
      'admin',
      'POST',
      `/${meeting.id}/convocation`,
    )
    expect(convoked.status, convoked.text).toBe(200)
    expect(convoked.body).toMatchObject({ notified: 3, withoutAccount: 1, reconvocation: false })
    expect(convoked.body.meeting.status).toBe('convoquee')
    for (const [name, expected] of [
      ['copil', 1],
      ['lille', 1],
      ['lille2', 1],
      ['lecteur', 0],
      ['lens', 0],
    ] as const) {
      const listed = await f.api.request<NotificationListView>('GET', '/api/notifications', {
        as: f.demo.as[name],
      })
      const convocations = listed.body.notifications.filter((found) => found.kind === 'convocation')
      expect(convocations, name).toHaveLength(expected)
    }
    const mails = await waitFor(async () => {
      const queued = (await f.server.server.metadata.mail.listMails()).filter(
        (mail) => mail.kind === 'convocation-seance',
      )
      expect(queued).toHaveLength(3)
      return queued
    })
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      'copil@demo.maillage.fr',
      'lille2@demo.maillage.fr',
      'lille@demo.maillage.fr',
    ])
    expect(mails[0]?.text).toContain('Cahier des charges du programme')
    expect(mails[0]?.subject).toContain('Convocation')
  })

  it('says so when the séance is convoked again after a change of date', async () => {
    const moved = await call<MeetingView>('admin', 'PATCH', `/${meeting.id}`, {
      date: '2027-02-12',
      time: '14:00',
    })
    expect(moved.status, moved.text).toBe(200)
    expect(moved.body.startsAt).toBe('2027-02-12T13:00:00.000Z')
    const again = await call<MeetingConvocationView>('admin', 'POST', `/${meeting.id}/convocation`)
    expect(again.body.reconvocation).toBe(true)
    const listed = await f.api.request<NotificationListView>('GET', '/api/notifications', {
      as: f.demo.as.copil,
    })
    expect(listed.body.notifications[0]?.message).toMatch(
      /Nouvelle convocation.*La date a changé/su,
    )
  })

  it('records attendance: a member excuses themselves only, managers record everyone, the quorum follows', async () => {
    const presences = `/${meeting.id}/presences`
    const excused = await call<MeetingView>('lille', 'PUT', presences, {
      memberId: f.mandates.nadia,
      status: 'excuse',
    })
    expect(excused.status, excused.text).toBe(200)
    const forSomeoneElse = await call('lille', 'PUT', presences, {
      memberId: f.mandates.sophie,
      status: 'present',
    })
    expect(forSomeoneElse.body.error?.code).toBe('AUTH_FORBIDDEN')
    const byLecteur = await call('lecteur', 'PUT', presences, {
      memberId: f.mandates.sophie,
      status: 'present',
    })
    expect(byLecteur.body.error?.code).toBe('AUTH_FORBIDDEN')
    expect((await call('lecteur', 'POST', `/${meeting.id}/ouverture`)).status).toBe(403)
    const opened = await call<MeetingView>('admin', 'POST', `/${meeting.id}/ouverture`)
    expect(opened.body.status).toBe('en-cours')
    expect(opened.body.quorum).toEqual({ required: 2, present: 0, members: 4, reached: false })
    await call('admin', 'PUT', presences, { memberId: f.mandates.sophie, status: 'present' })
    const represented = await call<MeetingView>('admin', 'PUT', presences, {
      memberId: f.mandates.rectorat,
      status: 'represente',
      representedBy: 'Sophie Martin',
    })
    expect(represented.body.quorum).toEqual({ required: 2, present: 2, members: 4, reached: true })
    expect(represented.body.attendance).toContainEqual(
      expect.objectContaining({ memberId: f.mandates.nadia, status: 'excuse' }),
    )
    const late = await call('lille', 'PUT', presences, {
      memberId: f.mandates.nadia,
      status: 'excuse',
    })
    expect(late.body.error?.code).toBe('AUTH_FORBIDDEN')
  })

  it('closes once, even with two « Clore » at once: the relevé’s decisions go to the register and the document turns read-only', async () => {
    const sophie = await connectEditor('copil', meeting.documentId)
    const nadia = await connectEditor('lille', meeting.documentId)
    addItem(sophie, 'decisions', {
      texte: 'Le cahier des charges est validé.',
      objet: 'programme',
      responsable: 'Équipe régionale',
      echeance: '2027-03-17',
    })
    addItem(nadia, 'decisions', {
      texte: 'La note de Lille est diffusée aux CLPE.',
      objet: 'document',
      document: f.lilleDocumentId,
      responsable: 'Nadia Benali',
    })
    sophie.appendParagraph('Relevé de Sophie.')
    nadia.appendParagraph('Relevé de Nadia.')
    await waitFor(() => {
      expect(listOf(sophie, 'decisions').length).toBe(2)
      expect(listOf(nadia, 'decisions').length).toBe(2)
      expect(sophie.paragraphs()).toContain('Relevé de Nadia.')
      expect(nadia.paragraphs()).toContain('Relevé de Sophie.')
    })
    // The server has what both see once a fresh reader does.
    const reader = await connect('admin', meeting.documentId)
    await waitFor(() => {
      expect(listOf(reader, 'decisions').length).toBe(2)
    })
    expect((await call('lecteur', 'POST', `/${meeting.id}/cloture`)).status).toBe(403)

    const [first, second] = await Promise.all([
      call<MeetingCloseView>('admin', 'POST', `/${meeting.id}/cloture`),
      call<MeetingCloseView>('admin', 'POST', `/${meeting.id}/cloture`),
    ])
    expect([first.status, second.status]).toEqual([200, 200])
    expect([first.body.closed, second.body.closed].sort()).toEqual([false, true])
    expect(first.body.decisionIds).toHaveLength(2)
    expect(second.body.decisionIds).toEqual(first.body.decisionIds)
    const recorded = (await f.server.server.metadata.decisions.listDecisions()).filter(
      (decision) => decision.source.kind === 'seance' && decision.source.meetingId === meeting.id,
    )
    expect(recorded).toHaveLength(2)
    expect(recorded).toContainEqual(
      expect.objectContaining({
        instanceId: INSTANCE,
        decidedOn: '2027-02-12',
        text: 'La note de Lille est diffusée aux CLPE.',
        subject: { kind: 'document', id: f.lilleDocumentId, label: 'Note confidentielle de Lille' },
        owner: { name: 'Nadia Benali' },
        source: { kind: 'seance', meetingId: meeting.id },
      }),
    )
    const aboutProgramme = recorded.find((decision) => decision.dueOn === '2027-03-17')
    expect(aboutProgramme?.subject?.kind).toBe('programme')
    expect(aboutProgramme?.text).toBe('Le cahier des charges est validé.')
    expect((await view('copil')).status).toBe('close')
    expect(await probeSyncAccess(f.server, meeting.documentId, f.demo.as.lille)).toBe('read')
    expect(await probeSyncAccess(f.server, meeting.documentId, f.demo.as.admin)).toBe('write')
    const audit = await f.server.server.metadata.listAudit()
    const steps = audit.filter((entry) => entry.target === meeting.id).map((entry) => entry.action)
    expect(steps).toEqual(
      expect.arrayContaining([
        'meeting.created',
        'meeting.convoked',
        'meeting.updated',
        'meeting.opened',
        'meeting.attendance-recorded',
        'meeting.closed',
      ]),
    )
    expect(steps.filter((action) => action === 'meeting.closed')).toHaveLength(1)
  })
})
