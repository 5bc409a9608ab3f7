import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptedEncodings, WebAppFiles } from './WebAppFiles.ts'

const SCRIPT = 'console.log("Maillage")\n'

describe('WebAppFiles', () => {
  let root: string

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'maillage-web-files-'))
    await mkdir(join(root, 'assets'))
    await mkdir(join(root, '.vite'))
    await writeFile(join(root, 'assets', 'a-1.js'), SCRIPT)
    await writeFile(join(root, 'assets', 'a-1.js.gz'), gzipSync(SCRIPT))
    await writeFile(join(root, '.vite', 'manifest.json'), '{}')
    await writeFile(join(root, 'page.html'), '<p>un</p>')
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('sends the first accepted copy the build has, else the file itself', async () => {
    const files = new WebAppFiles(root)
    const gzipped = await files.read('assets/a-1.js', ['br', 'gzip'])
    expect(gzipped?.encoding).toBe('gzip')
    expect(gzipped?.type).toMatch(/javascript/)
    const plain = await files.read('assets/a-1.js', ['br'])
    expect(plain?.encoding).toBe('identity')
    expect(plain?.body.toString()).toBe(SCRIPT)
    expect(plain?.etag).toBe(gzipped?.etag)
  })

  it('refuses hidden files, parent directories, the copies themselves and directories', async () => {
    const files = new WebAppFiles(root)
    for (const path of [
      '.vite/manifest.json',
      'assets/../page.html',
      'assets/a-1.js.gz',
      'assets',
      '',
    ]) {
      expect(await files.read(path, []), path).toBeNull()
    }
  })

  it('keeps one copy of a file however its address is spelled', async () => {
    const files = new WebAppFiles(root)
    const first = await files.read('assets/a-1.js', [])
    const again = await files.read('/assets//a-1.js', [])
    expect(again?.body).toBe(first?.body)
  })

  it('reads a file again once it changed, unless it is a hashed asset', async () => {
    const files = new WebAppFiles(root)
    expect((await files.read('page.html', []))?.body.toString()).toBe('<p>un</p>')
    await writeFile(join(root, 'page.html'), '<p>deux, plus long</p>')
    expect((await files.read('page.html', []))?.body.toString()).toBe('<p>deux, plus long</p>')
  })

  it('reads a copy again after a failure other than its absence, not only after a restart', async () => {
    // A directory where the copy should be: reading it fails (EISDIR), as a read fails when the
    // process has too many open files, and neither says that the build has no such copy.
    await writeFile(join(root, 'assets', 'b-2.js'), SCRIPT)
    await mkdir(join(root, 'assets', 'b-2.js.gz'))
    const files = new WebAppFiles(root)
    expect((await files.read('assets/b-2.js', ['gzip']))?.encoding).toBe('identity')
    await rm(join(root, 'assets', 'b-2.js.gz'), { recursive: true })
    await writeFile(join(root, 'assets', 'b-2.js.gz'), gzipSync(SCRIPT))
    expect((await files.read('assets/b-2.js', ['gzip']))?.encoding).toBe('gzip')
  })

  it('reads Accept-Encoding, without the encodings refused with q=0', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip'])
    expect(acceptedEncodings(undefined)).toEqual([])
  })
})
