/**
 * The page `GET /` answers (503) when the web app has not been built: what is missing and the
 * command that builds it. Plain HTML without script or style, so the page's own CSP allows it.
 */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Maillage — application web non construite</title>
  </head>
  <body>
    <main>
      <h1>L’application web n’est pas encore construite</h1>
      <p>
        Le serveur Maillage fonctionne, mais il ne trouve pas l’application web à servir.
        Construisez-la avec <code>npm run build:web</code>, puis rechargez cette page.
      </p>
      <p>
        <code>npm start</code> la construit aussi avant de démarrer le serveur.
      </p>
    </main>
  </body>
</html>
`
