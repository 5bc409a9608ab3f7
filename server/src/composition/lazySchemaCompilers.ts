import { createRequire } from 'node:module'
import type { FastifyServerOptions } from 'fastify'

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>
type ValidatorFactory = NonNullable<CompilersFactory['buildValidator']>
type SerializerFactory = NonNullable<CompilersFactory['buildSerializer']>

// Fastify's own default compilers, resolved from Fastify (they are its dependencies, not ours).
const requireFromServer = createRequire(import.meta.url)
const requireFromFastify = createRequire(requireFromServer.resolve('fastify'))

let validatorFactory: ValidatorFactory | undefined
let serializerFactory: SerializerFactory | undefined

/**
 * Fastify's default schema compilers (Ajv for validation, fast-json-stringify for responses),
 * loaded the first time a route declares a schema rather than when Fastify is created: Maillage's
 * routes validate their input with zod and declare none, so Ajv (some 240 modules, 8 MiB
 * resident) is never loaded. Given as `schemaController.compilersFactory`; Fastify then takes
 * them for custom compilers, which changes one thing only: header schemas are not lower-cased.
 */
export const lazySchemaCompilers: CompilersFactory = {
  buildValidator(externalSchemas, options) {
    validatorFactory ??= (requireFromFastify('@fastify/ajv-compiler') as () => ValidatorFactory)()
    return validatorFactory(externalSchemas, options)
  },
  buildSerializer(externalSchemas, options) {
    serializerFactory ??= (
      requireFromFastify('@fastify/fast-json-stringify-compiler') as () => SerializerFactory
    )()
    return serializerFactory(externalSchemas, options)
  },
}
