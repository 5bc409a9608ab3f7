/**
 * The sub-type that follows {@link MessageType.Auth}; the value is `messagePermissionDenied` of
 * `y-protocols/auth`.
 */
export const AuthMessageType = {
  /** Access refused; a varString reason follows. */
  PermissionDenied: 0,
} as const

/** One of the values of {@link AuthMessageType}. */
export type AuthMessageType = (typeof AuthMessageType)[keyof typeof AuthMessageType]

const authMessageTypes: ReadonlySet<number> = new Set(Object.values(AuthMessageType))

/** Tells whether a decoded varUint is one of the known {@link AuthMessageType} values. */
export function isAuthMessageType(value: number): value is AuthMessageType {
  return authMessageTypes.has(value)
}
