/**
 * What the web build gives y-tiptap where it imports `lib0/dom` (`vite.config.ts`): the page's
 * document, the only name it uses. lib0's module also defines schemas of DOM nodes when loaded,
 * which bring lib0's whole schema library (2 kB gzipped) to every document.
 */
export const doc: Document = document
