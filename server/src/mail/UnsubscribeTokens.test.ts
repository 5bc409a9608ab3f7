import { describe, expect, it } from 'vitest'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { systemTimers } from '../time/Timers.ts'
import { UnsubscribeTokens } from './UnsubscribeTokens.ts'

describe('UnsubscribeTokens', () => {
  it('verifies its own tokens, with the secret every instance of the store shares', async () => {
    const store = LowdbMetadataStore.inMemory()
    const signer = new UnsubscribeTokens({ store, timers: systemTimers })
    const token = await signer.sign({ address: 'Zoe@Exemple.fr', kinds: ['mention'] })
    const other = new UnsubscribeTokens({ store, timers: systemTimers })
    expect(await other.verify(token)).toEqual({ address: 'zoe@exemple.fr', kinds: ['mention'] })
  })

  it('refuses a token of another workspace, a changed address, garbage and huge input', async () => {
    const ours = new UnsubscribeTokens({
      store: LowdbMetadataStore.inMemory(),
      timers: systemTimers,
    })
    const theirs = new UnsubscribeTokens({
      store: LowdbMetadataStore.inMemory(),
      timers: systemTimers,
    })
    const token = await theirs.sign({ address: 'zoe@exemple.fr', kinds: ['mention'] })
    expect(await ours.verify(token)).toBeNull()
    const [, mac] = (await ours.sign({ address: 'zoe@exemple.fr', kinds: ['mention'] })).split('.')
    const changed = Buffer.from(JSON.stringify({ a: 'max@exemple.fr', k: ['mention'] })).toString(
      'base64url',
    )
    expect(await ours.verify(`${changed}.${mac}`)).toBeNull()
    for (const bad of ['', '.', 'a.b.c', 'x'.repeat(5000)]) {
      expect(await ours.verify(bad)).toBeNull()
    }
  })
})
