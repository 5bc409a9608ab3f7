export { DecisionsAbout } from './DecisionsAbout.tsx'
export { DecisionsAboutWhenAny } from './DecisionsAboutWhenAny.tsx'
