import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 7 → 8: the metadata file gains the governance's records — instances and their members'
 * mandates, séances and their attendance, the register of decisions and the calendar's milestones,
 * the programme d'accompagnement's versions, lines and links —, all empty. A server of version 7
 * then refuses the file rather than dropping them.
 */
export const addGovernanceRecords: MetadataMigration = {
  from: 7,
  to: 8,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return {
      ...file,
      instances: [],
      instanceMandates: [],
      meetings: [],
      meetingAttendance: [],
      decisions: [],
      governanceMilestones: [],
      programmeVersions: [],
      programmeLines: [],
      programmeLinks: [],
    }
  },
}
