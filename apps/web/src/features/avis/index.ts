export { AdoptionPanel } from './AdoptionPanel.tsx'
