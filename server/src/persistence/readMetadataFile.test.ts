import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableJsonFile } from './DurableJsonFile.ts'
import { MetadataError } from './MetadataError.ts'
import { createEmptyMetadataFile, type MetadataFile } from './metadataFileSchema.ts'
import { readMetadataFile } from './readMetadataFile.ts'

describe('readMetadataFile', () => {
  let directory: string
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-read-metadata-'))
  })
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('reads a missing file as an empty one of the version the migrations lead to', async () => {
    const path = join(directory, 'metadata.json')
    const migrations = [{ from: 1, to: 2, migrate: (data: unknown) => data }]
    const adapter = new DurableJsonFile<MetadataFile>(path)
    expect(await readMetadataFile(adapter, { path, migrations })).toEqual(
      createEmptyMetadataFile(2),
    )
  })

  it('passes on a failure to read that says nothing about the content', async () => {
    const path = join(directory, 'metadata.json')
    await mkdir(path)
    const adapter = new DurableJsonFile<MetadataFile>(path)
    const reading = readMetadataFile(adapter, { path, migrations: [] })
    await expect(reading).rejects.toMatchObject({ code: 'EISDIR' })
    await expect(reading).rejects.not.toBeInstanceOf(MetadataError)
  })
})
