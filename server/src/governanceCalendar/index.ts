export { GovernanceCalendarService, governanceFeedPath } from './GovernanceCalendarService.ts'
export { calendarWindowSchema } from './calendarWindow.ts'
export { seedGovernanceMilestones, GOVERNANCE_MILESTONE_SEEDS } from './governanceMilestoneSeeds.ts'
