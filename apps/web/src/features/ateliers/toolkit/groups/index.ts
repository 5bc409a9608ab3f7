export { BreakoutPanel } from './BreakoutPanel.tsx'
export { useBreakout } from './useBreakout.ts'
export { myGroup } from './readBreakout.ts'
