export { CalendarSubscriptions } from './CalendarSubscriptions.ts'
