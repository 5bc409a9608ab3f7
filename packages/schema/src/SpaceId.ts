/** Id of a space: `clpe-<code>` for a CLPE, fixed names for the regional spaces, random for groups. */
export type SpaceId = string & { readonly __brand: 'SpaceId' }

const SPACE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/

/** Tells whether a string has the shape of a {@link SpaceId}. */
export function isSpaceId(value: string): value is SpaceId {
  return SPACE_ID_PATTERN.test(value)
}

/** Makes a {@link SpaceId}; throws a message naming the value if it has the wrong shape. */
export function parseSpaceId(value: string): SpaceId {
  if (!isSpaceId(value)) {
    throw new TypeError(
      `invalid space id ${JSON.stringify(value.slice(0, 64))}: expected 1 to 64 of [a-z0-9-]`,
    )
  }
  return value
}
