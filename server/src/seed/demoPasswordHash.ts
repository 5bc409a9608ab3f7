/**
 * The scrypt hash of `DEMO_PASSWORD` (`seedMetadata.ts`), made once by `hashPassword` at the
 * current cost and kept here, so that seeding the demo accounts does not spend a deliberately slow
 * hash at every start (the test servers start hundreds of times). The password is published and
 * the demo accounts are never seeded in production, so a fixed salt hides nothing. Logins still
 * verify it with scrypt like any other hash; `demoPasswordHash.test.ts` fails when the cost changes
 * or the hash stops matching the password, and tells how to make a new one.
 */
export const DEMO_PASSWORD_HASH =
  'scrypt$16384$8$5$dAVSu7ZomqQ4pRRfOY34qA==$2KSh489NUXlFp+f5xB3XRrN2OP/lMeVdYRPkpzl5/qk='
