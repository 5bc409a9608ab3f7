import { parseDocumentId, type RichTextJson } from '@maillage/protocol'
import { DocumentRoot, seanceKind, SeanceField } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { writeRichText } from '../documents/writeRichText.ts'
import type { MeetingServices } from '../meetings/createMeetingServices.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import { MEETING_SEEDS, type MeetingSeed } from './meetingSeeds.ts'
import { seedAuthors } from './pilotage/seedAuthors.ts'
import { writeListItems } from './pilotage/writeListItems.ts'

function releveBody(paragraphs: readonly string[]): RichTextJson {
  return {
    type: 'doc',
    content: [
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: 'Relevé des échanges' }],
      },
      ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    ],
  }
}

/** The held séance: opened, every active member present, its relevé written, then closed. */
async function hold(
  services: MeetingServices,
  actor: Actor,
  meeting: MeetingRecord,
): Promise<void> {
  await services.lifecycle.open(actor, meeting.id)
  const { members } = await services.meetings.load(actor, meeting.id)
  for (const member of members) {
    await services.lifecycle.recordAttendance(actor, meeting.id, {
      memberId: member.id,
      status: 'present',
    })
  }
  await services.lifecycle.close(actor, meeting.id)
}

async function seedMeeting(
  services: MeetingServices,
  options: { actor: Actor; content: DocumentContent; seed: MeetingSeed },
): Promise<void> {
  const { actor, seed } = options
  const meeting = await services.meetings.create(actor, {
    instanceId: seed.instanceId,
    title: seed.title,
    date: seed.date,
    time: seed.time,
    durationMinutes: seed.durationMinutes,
    ...(seed.place === undefined ? {} : { place: seed.place }),
    ...(seed.visioLink === undefined ? {} : { visioLink: seed.visioLink }),
  })
  await options.content.change(parseDocumentId(meeting.documentId), (doc) => {
    const fields = doc.getMap<unknown>(DocumentRoot.Fields)
    writeListItems(fields, seanceKind, SeanceField.OrdreDuJour, seed.agenda)
    if (seed.releve === undefined) return
    writeListItems(fields, seanceKind, SeanceField.Decisions, seed.releve.decisions)
    const body = doc.getXmlFragment(DocumentRoot.Body)
    body.delete(0, body.length)
    writeRichText(body, releveBody(seed.releve.paragraphs))
  })
  if (seed.releve !== undefined) await hold(services, actor, meeting)
}

/**
 * The demo's séances (`meetingSeeds.ts`), created by the demo admin (the regional team) through
 * the séances' services, the held one closed so that its decisions enter the register through the
 * same path as a real closing. An instance the data directory lacks is skipped.
 */
export async function seedMeetings(
  services: MeetingServices,
  options: { store: MetadataStore; content: DocumentContent; now: string },
): Promise<void> {
  const { actor } = await seedAuthors(options.store, options.now)('admin@demo.maillage.fr')
  for (const seed of MEETING_SEEDS) {
    if ((await options.store.instances.findInstance(seed.instanceId)) === null) continue
    await seedMeeting(services, { actor, content: options.content, seed })
  }
}
