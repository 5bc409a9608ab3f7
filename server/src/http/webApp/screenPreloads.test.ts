import { describe, expect, it } from 'vitest'
import { preloadTags, screenOf, withInlineScriptInHead, withTagsInHead } from './screenPreloads.ts'

// A build's manifest as Vite writes it: an entry, the document screen's modules, a shared chunk.
const MANIFEST = {
  'index.html': {
    file: 'assets/index-A1.js',
    isEntry: true,
    imports: ['_react-R1.js'],
    css: ['assets/index-C1.css'],
  },
  '_react-R1.js': { file: 'assets/react-R1.js' },
  'src/features/document/DocumentPage.tsx': {
    file: 'assets/DocumentPage-D1.js',
    imports: ['_react-R1.js', '_editeur-E1.js'],
    css: ['assets/DocumentPage-D1.css'],
  },
  '_editeur-E1.js': { file: 'assets/editeur-E1.js', imports: ['_react-R1.js'] },
  'src/features/comments/useDocumentCommentsBinding.tsx': {
    file: 'assets/useDocumentCommentsBinding-B1.js',
    imports: ['_editeur-E1.js'],
  },
  'src/features/home/HomePage.tsx': { file: 'assets/HomePage-H1.js' },
}

describe('screenPreloads', () => {
  it('names the document screen for a document address only', () => {
    expect(screenOf('/documents/abc')?.name).toBe('document')
    expect(screenOf('/documents/abc/')?.name).toBe('document')
    expect(screenOf('/documents/abc/historique')).toBeNull()
    expect(screenOf('/')).toBeNull()
  })

  it("names every file the screen's modules import, once, and none of the entry's", () => {
    const screen = screenOf('/documents/abc')
    if (screen === null) throw new Error('no document screen')
    const tags = preloadTags(MANIFEST, screen)
    expect(tags).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/DocumentPage-D1.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/editeur-E1.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/useDocumentCommentsBinding-B1.js">' +
        '<link rel="stylesheet" crossorigin href="/assets/DocumentPage-D1.css">',
    )
  })

  it('names nothing when the manifest does not know the screen', () => {
    const screen = screenOf('/documents/abc')
    if (screen === null) throw new Error('no document screen')
    expect(
      preloadTags({ 'index.html': { file: 'assets/index-A1.js', isEntry: true } }, screen),
    ).toBe('')
    expect(() => preloadTags({ 'index.html': { isEntry: true } }, screen)).toThrow()
  })

  it('puts the tags at the end of the head', () => {
    expect(withTagsInHead('<html><head><title>M</title></head><body></body></html>', '<x>')).toBe(
      '<html><head><title>M</title><x></head><body></body></html>',
    )
    expect(withTagsInHead('<p>sans tête</p>', '<x>')).toBe('<p>sans tête</p>')
  })

  it("runs the inline script before the head's first script and stylesheets", () => {
    expect(
      withInlineScriptInHead(
        '<head><title>M</title><script type="module" src="/a.js"></script><link rel="stylesheet"></head><body><script></script></body>',
        'go()',
      ),
    ).toBe(
      '<head><title>M</title><script>go()</script><script type="module" src="/a.js"></script><link rel="stylesheet"></head><body><script></script></body>',
    )
    expect(
      withInlineScriptInHead('<head><title>M</title></head><body><script></script></body>', 'go()'),
    ).toBe('<head><title>M</title><script>go()</script></head><body><script></script></body>')
    expect(withInlineScriptInHead('<p>sans tête</p>', 'go()')).toBe('<p>sans tête</p>')
  })

  it("gives the document screen the script that opens the document's websocket", () => {
    expect(screenOf('/documents/abc')?.inlineScript).toContain('/sync/')
  })
})
