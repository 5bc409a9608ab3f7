export { DecisionsAbout } from './DecisionsAbout.tsx'
