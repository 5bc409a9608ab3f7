export { ProgrammeLineMention } from './ProgrammeLineMention.tsx'
export { ProgrammePage } from './ProgrammePage.tsx'
