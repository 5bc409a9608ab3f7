import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A local HTTP server of external feeds for the veille's import, on port 0. */
export interface VeilleFeedServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  close(): Promise<void>
}

const ITEM_COUNT = 3

/** An RSS 2.0 feed of a regional observatory, with one entry without link. */
export const LOCAL_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Observatoire local de l’emploi</title>
  <link>https://observatoire.exemple.fr/</link>
  <description>Études et notes</description>
  ${Array.from(
    { length: ITEM_COUNT },
    (_, index) => `<item>
    <title>Étude n° ${index + 1} &amp; emploi</title>
    <link>https://observatoire.exemple.fr/etudes/${index + 1}</link>
    <pubDate>Mon, 0${index + 1} Sep 2026 08:00:00 +0200</pubDate>
    <description><![CDATA[<p>Résumé de l’étude ${index + 1}.</p>]]></description>
  </item>`,
  ).join('\n')}
  <item><title>Sans lien</title><pubDate>Mon, 01 Sep 2026 08:00:00 +0200</pubDate></item>
</channel></rss>`

/** An Atom 1.0 feed, one entry of which points at a page the RSS feed also has. */
export const LOCAL_ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Agence régionale — publications</title>
  <id>urn:exemple:agence</id>
  <updated>2026-10-02T08:00:00Z</updated>
  <author><name>Agence</name></author>
  <entry>
    <title>Les métiers de la transition écologique</title>
    <link href="https://agence.exemple.fr/publications/transition"/>
    <id>urn:exemple:agence:1</id>
    <updated>2026-10-02T08:00:00Z</updated>
    <summary>Un panorama régional.</summary>
  </entry>
  <entry>
    <title>Reprise d’une étude de l’observatoire</title>
    <link href="https://www.observatoire.exemple.fr/etudes/1/"/>
    <id>urn:exemple:agence:2</id>
    <updated>2026-10-01T08:00:00Z</updated>
  </entry>
</feed>`

function send(response: ServerResponse, type: string, body: string): void {
  response.writeHead(200, { 'content-type': type })
  response.end(body)
}

/**
 * Serves `/rss.xml`, `/atom.xml`, `/redirection` (to the RSS feed), `/page.html` (not a feed),
 * `/enorme.xml` (3 MiB, no length announced), `/lent.xml` (headers, then nothing) and
 * `/boucle` (redirects to itself).
 */
export async function startVeilleFeedServer(): Promise<VeilleFeedServer> {
  const server: Server = createServer((request, response) => {
    switch (request.url ?? '') {
      case '/rss.xml':
        send(response, 'application/rss+xml; charset=utf-8', LOCAL_RSS)
        return
      case '/atom.xml':
        send(response, 'application/atom+xml', LOCAL_ATOM)
        return
      case '/redirection':
        response.writeHead(302, { location: '/rss.xml' }).end()
        return
      case '/boucle':
        response.writeHead(301, { location: '/boucle' }).end()
        return
      case '/page.html':
        send(response, 'text/html; charset=utf-8', '<html><body>Bonjour</body></html>')
        return
      case '/enorme.xml': {
        response.writeHead(200, { 'content-type': 'application/xml' })
        const chunk = `<!-- ${'x'.repeat(64 * 1024)} -->\n`
        for (let index = 0; index < 48; index += 1) response.write(chunk)
        response.end('<rss version="2.0"><channel><title>t</title></channel></rss>')
        return
      }
      case '/lent.xml':
        response.writeHead(200, { 'content-type': 'application/xml' })
        response.write('<?xml version="1.0"?>')
        return
      default:
        response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => {
          if (error === undefined) resolve()
          else reject(error)
        })
      }),
  }
}
