export { SessionTimerToolkit } from './SessionTimerToolkit.tsx'
