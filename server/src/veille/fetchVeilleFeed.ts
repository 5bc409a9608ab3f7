import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { isPublicAddress } from './isPublicAddress.ts'
import type { VeilleImportLimits } from './VeilleImportLimits.ts'

/** What a feed's server answered: the final address (after redirects) and the text. */
export interface FetchedFeed {
  readonly url: string
  readonly text: string
}

const XML_MEDIA_TYPE = /^(application|text)\/([a-z0-9.+-]*\+)?xml$/i

/**
 * Fetches an RSS or Atom feed for the import, as a server must fetch an address a person typed:
 * http(s) only; the host's addresses resolved here and the one connected to checked (no
 * loopback, private or link-local address unless `limits.allowPrivate`), so that DNS cannot
 * point the server at its own network; at most `maxRedirects` redirects, each checked again; at
 * most `maxBytes` read; `timeoutMs` for everything; an XML media type. Rejects with
 * `VEILLE_URL_FORBIDDEN`, `VEILLE_FEED_TOO_LARGE`, `VEILLE_FEED_TIMEOUT`, `VEILLE_FEED_INVALID`
 * or `VEILLE_FEED_UNREACHABLE`, with a French message.
 */
export async function fetchVeilleFeed(
  url: string,
  limits: VeilleImportLimits,
): Promise<FetchedFeed> {
  const controller = new AbortController()
  const timer = setTimeout(() => {
    controller.abort()
  }, limits.timeoutMs)
  try {
    let current = url
    for (let redirects = 0; ; redirects += 1) {
      const answer = await requestOnce(current, limits, controller.signal)
      if (answer.kind === 'feed') return { url: current, text: answer.text }
      if (redirects >= limits.maxRedirects) {
        throw new AppError(
          ErrorCode.VeilleFeedUnreachable,
          `Le flux redirige plus de ${limits.maxRedirects} fois : donnez l’adresse finale du flux.`,
        )
      }
      current = answer.location
    }
  } catch (error) {
    if (controller.signal.aborted) {
      throw new AppError(
        ErrorCode.VeilleFeedTimeout,
        `Le serveur du flux n’a pas répondu en ${Math.round(limits.timeoutMs / 1000)} s : réessayez plus tard.`,
        { cause: error },
      )
    }
    throw error
  } finally {
    clearTimeout(timer)
  }
}

type Answer = { kind: 'feed'; text: string } | { kind: 'redirect'; location: string }

function requestOnce(
  address: string,
  limits: VeilleImportLimits,
  signal: AbortSignal,
): Promise<Answer> {
  const target = parseTarget(address, limits)
  // An error thrown by the lookup reaches the request as a generic one: kept here to rethrow it.
  let refusal: AppError | undefined
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { all: true }, (error, found: LookupAddress[]) => {
      if (error !== null) {
        callback(error, '', 0)
        return
      }
      const allowed = found.filter((entry) => limits.allowPrivate || isPublicAddress(entry.address))
      const first = allowed[0]
      if (first === undefined || allowed.length !== found.length) {
        refusal = forbidden(`l’adresse ${hostname} mène à un réseau privé ou local`)
        callback(refusal, '', 0)
      } else if (options.all === true) {
        callback(null, allowed)
      } else {
        callback(null, first.address, first.family)
      }
    })
  }
  const client = target.protocol === 'https:' ? https : http
  return new Promise<Answer>((resolve, reject) => {
    const request = client.get(
      target,
      {
        lookup,
        signal,
        headers: {
          accept:
            'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8',
          'user-agent': 'Maillage-veille/1.0',
        },
      },
      (response) => {
        readAnswer(response, { base: target, limits }).then(resolve, reject)
      },
    )
    request.on('error', (error) => {
      if (refusal !== undefined || signal.aborted) {
        reject(refusal ?? error)
        return
      }
      reject(
        new AppError(
          ErrorCode.VeilleFeedUnreachable,
          'Le serveur du flux est injoignable : vérifiez l’adresse ou réessayez plus tard.',
          { cause: error },
        ),
      )
    })
  })
}

function parseTarget(address: string, limits: VeilleImportLimits): URL {
  let target: URL
  try {
    target = new URL(address)
  } catch (error) {
    throw forbidden('ce n’est pas une adresse web complète', error)
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw forbidden('seules les adresses http et https sont acceptées')
  }
  if (target.username !== '' || target.password !== '') {
    throw forbidden('une adresse avec identifiant et mot de passe n’est pas acceptée')
  }
  // An IP literal is connected to without a lookup: judged here.
  const host = target.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) !== 0 && !limits.allowPrivate && !isPublicAddress(host)) {
    throw forbidden(`l’adresse ${host} est celle d’un réseau privé ou local`)
  }
  return target
}

async function readAnswer(
  response: http.IncomingMessage,
  context: { base: URL; limits: VeilleImportLimits },
): Promise<Answer> {
  const status = response.statusCode ?? 0
  const location = response.headers.location
  if (status >= 300 && status < 400 && location !== undefined) {
    response.resume()
    return { kind: 'redirect', location: new URL(location, context.base).toString() }
  }
  if (status < 200 || status >= 300) {
    response.resume()
    throw new AppError(
      ErrorCode.VeilleFeedUnreachable,
      `Le serveur du flux a répondu par une erreur (${status}) : vérifiez l’adresse.`,
    )
  }
  const [mediaType = '', ...parameters] = (response.headers['content-type'] ?? '').split(';')
  if (!XML_MEDIA_TYPE.test(mediaType.trim())) {
    response.resume()
    throw new AppError(
      ErrorCode.VeilleFeedInvalid,
      'Cette adresse ne renvoie pas un flux RSS ou Atom (XML) : donnez l’adresse du flux lui-même.',
    )
  }
  const bytes = await readBounded(response, context.limits.maxBytes)
  return { kind: 'feed', text: decodeText(bytes, charsetOf(parameters)) }
}

async function readBounded(response: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): AppError =>
    new AppError(
      ErrorCode.VeilleFeedTooLarge,
      `Le flux dépasse ${Math.round(maxBytes / 1024 / 1024)} Mio : importez un flux plus court.`,
    )
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of response) {
    const buffer = chunk as Buffer
    total += buffer.length
    if (total > maxBytes) {
      response.destroy()
      throw tooLarge()
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

function charsetOf(parameters: readonly string[]): string | undefined {
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=')
    if (name?.trim().toLowerCase() === 'charset' && value !== undefined) {
      return value.trim().replace(/^"|"$/g, '')
    }
  }
  return undefined
}

/** The text of the feed: the charset of the header, else of the XML declaration, else UTF-8. */
function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]
  try {
    return new TextDecoder(charset ?? declared ?? 'utf-8').decode(bytes)
  } catch (error) {
    throw new AppError(
      ErrorCode.VeilleFeedInvalid,
      'Le flux est écrit dans un encodage inconnu : il ne peut pas être lu.',
      { cause: error },
    )
  }
}

function forbidden(reason: string, cause?: unknown): AppError {
  return new AppError(
    ErrorCode.VeilleUrlForbidden,
    `Cette adresse ne peut pas être importée : ${reason}.`,
    cause === undefined ? {} : { cause },
  )
}
