export { SessionPolls } from './SessionPolls.tsx'
