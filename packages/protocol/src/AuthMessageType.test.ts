import { describe, expect, it } from 'vitest'
import * as authProtocol from 'y-protocols/auth'
import { AuthMessageType, isAuthMessageType } from './AuthMessageType.ts'

describe('AuthMessageType', () => {
  it('has the value y-protocols/auth writes for permission denied', () => {
    expect(AuthMessageType.PermissionDenied).toBe(authProtocol.messagePermissionDenied)
  })

  it('recognises only 0 as an auth message type', () => {
    expect([0, 1, 2].map(isAuthMessageType)).toEqual([true, false, false])
  })
})
