import { isMailKind, MAIL_KIND_LABELS } from '../mail/MailKind.ts'
import type { ContributionLine, Contributions, PersonalData } from './PersonalData.ts'
import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

const DATE_TIME = lazyDateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})

const FREQUENCIES: Readonly<Record<string, string>> = {
  immediat: 'immédiatement',
  quotidien: 'dans le résumé quotidien',
  jamais: 'jamais',
}

const PROFILE_LABELS: Readonly<Record<string, string>> = {
  id: 'Identifiant',
  email: 'Adresse électronique',
  name: 'Nom',
  organisation: 'Organisation',
  color: 'Couleur (curseur et avatar)',
  platformRole: 'Rôle sur la plateforme',
  createdAt: 'Compte créé le',
  lastSeenAt: 'Dernière visite de l’accueil',
  previousVisitAt: 'Visite précédente',
  oidcIssuer: 'Fournisseur d’identité (ProConnect)',
  oidcSubject: 'Identifiant chez ce fournisseur',
  siret: 'SIRET de l’organisation',
  motDePasseDefini: 'Mot de passe défini',
  deletedAt: 'Compte supprimé le',
}

const CONTRIBUTION_SECTIONS: readonly [
  Exclude<keyof Contributions, 'messages' | 'commentaires'>,
  string,
][] = [
  ['documentsCrees', 'Documents créés'],
  ['documentsModifies', 'Documents dont vous êtes le dernier auteur d’une modification'],
  ['echangesOuverts', 'Échanges ouverts'],
  ['nousAussi', '« Nous aussi » exprimés'],
  ['reponsesEnquetes', 'Réponses aux enquêtes'],
  ['propositionsOutils', 'Propositions d’outils'],
  ['decisionsPropositions', 'Décisions sur des propositions d’outils'],
  ['usagesOutils', 'Usages d’outils indiqués'],
  ['inscriptionsAteliers', 'Inscriptions aux ateliers'],
  ['presencesAteliers', 'Présences aux ateliers'],
  ['autoEvaluations', 'Auto-évaluations envoyées (démarche de progression)'],
  ['mesures', 'Mesures d’indicateurs saisies'],
  ['adoptionsAvis', 'Adoption des avis : vos positions, soumissions et adoptions'],
  ['versionsNommees', 'Versions nommées de documents'],
  ['veille', 'Éléments de veille proposés ou retenus par vous'],
]

/**
 * « Mes données » as a readable, self-contained HTML page in French (`GET /api/me/donnees.html`):
 * one heading per part, lists, dates in words (Europe/Paris). Every value is escaped.
 */
export function renderPersonalDataHtml(data: PersonalData): string {
  const name = typeof data.profil['name'] === 'string' ? data.profil['name'] : ''
  const sections = [
    section(
      'Profil',
      `<dl>${Object.entries(data.profil)
        .map(
          ([key, value]) =>
            `<dt>${escape(PROFILE_LABELS[key] ?? key)}</dt><dd>${profileValue(key, value)}</dd>`,
        )
        .join('')}</dl>`,
    ),
    section(
      'Vos espaces',
      list(
        data.espaces.map(
          (space) =>
            `${anchor(space.lien, space.espace)} — ${escape(space.role)}, depuis le ${date(space.depuis)}`,
        ),
      ),
    ),
    `<section aria-labelledby="contributions"><h2 id="contributions">Vos contributions</h2>${CONTRIBUTION_SECTIONS.map(
      ([key, title]) => subsection(title, list(data.contributions[key].map(contributionItem))),
    ).join('')}${subsection(
      'Messages postés dans les échanges',
      list(
        data.contributions.messages.map(
          (message) =>
            `${anchor(message.lien, message.discussion)}, le ${date(message.le)} :<blockquote>${escape(message.texte)}</blockquote>`,
        ),
      ),
    )}${subsection(
      'Commentaires sur les documents',
      list(
        data.contributions.commentaires.map(
          (comment) =>
            `${anchor(comment.lien, comment.document)}, le ${date(comment.le)}${comment.modifieLe === undefined ? '' : `, modifié le ${date(comment.modifieLe)}`} :<blockquote>${escape(comment.texte)}</blockquote>`,
        ),
      ),
    )}</section>`,
    section(
      'Notifications',
      list(
        data.notifications.map(
          (notification) =>
            `${anchor(notification.lien, notification.type)}, le ${date(notification.le)}${notification.lueLe === undefined ? ' (non lue)' : `, lue le ${date(notification.lueLe)}`}`,
        ),
      ),
    ),
    section(
      'Sessions ouvertes',
      list(
        data.sessions.map(
          (session) => `Ouverte le ${date(session.ouverteLe)}, expire le ${date(session.expireLe)}`,
        ),
      ),
    ),
    section(
      'Jetons d’accès personnels',
      list(
        data.jetonsAcces.map(
          (token) =>
            `${escape(token.nom)} : créé le ${date(token.creeLe)}${token.expireLe === undefined ? '' : `, expire le ${date(token.expireLe)}`}${token.revoqueLe === undefined ? '' : `, révoqué le ${date(token.revoqueLe)}`}`,
        ),
      ),
    ),
    section(
      'Abonnements au calendrier des ateliers',
      list(
        data.abonnementsCalendrier.map(
          (feed) =>
            `Créé le ${date(feed.creeLe)}${feed.revoqueLe === undefined ? '' : `, révoqué le ${date(feed.revoqueLe)}`}`,
        ),
      ),
    ),
    section(
      'Adresses de vos flux de veille',
      list(
        data.abonnementsVeille.map(
          (feed) =>
            `Créée le ${date(feed.creeLe)}${feed.revoqueLe === undefined ? '' : `, révoquée le ${date(feed.revoqueLe)}`}`,
        ),
      ),
    ),
    section(
      'Courriels',
      `<h3>Vos préférences</h3>${list(
        Object.entries(data.courriels.preferences).map(
          ([kind, frequency]) =>
            `${escape(isMailKind(kind) ? MAIL_KIND_LABELS[kind] : kind)} : ${escape(FREQUENCIES[frequency] ?? frequency)}`,
        ),
      )}<h3>Courriels envoyés ou en attente d’envoi</h3>${list(
        data.courriels.envois.map(
          (mail) =>
            `${escape(mail.type)}, créé le ${date(mail.creeLe)}${mail.envoyeLe === undefined ? ' (pas encore envoyé)' : `, envoyé le ${date(mail.envoyeLe)}`}`,
        ),
      )}<p>Événements en attente du résumé quotidien : ${String(data.courriels.resumeEnAttente)}.</p>`,
    ),
    section(
      'Journal des actions vous concernant',
      list(
        data.journal.map(
          (line) =>
            `${date(line.le)} : <code>${escape(line.action)}</code>${line.parVous ? ' (par vous)' : ''}${line.cible === undefined ? '' : `, cible ${escape(line.cible)}`}${line.ip === undefined ? '' : `, adresse IP ${escape(line.ip)}`}`,
        ),
      ),
    ),
  ]
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mes données — Maillage${name === '' ? '' : ` — ${escape(name)}`}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1e1e1e}dt{font-weight:bold}dd{margin:0 0 .5rem 0}blockquote{margin:.25rem 0 .5rem 1rem;white-space:pre-wrap}a{color:#000091}</style>
</head>
<body>
<main>
<h1>Mes données sur Maillage</h1>
<p>Ce fichier rassemble les données que Maillage conserve sur vous, à la date du ${date(data.genereLe)}. Il ne contient aucune donnée personnelle d’une autre personne : les personnes mentionnées dans vos messages et vos commentaires apparaissent comme « @personne mentionnée ».</p>
${sections.join('\n')}
</main>
</body>
</html>
`
}

function section(title: string, body: string): string {
  const id = slug(title)
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escape(title)}</h2>${body}</section>`
}

function subsection(title: string, body: string): string {
  return `<h3>${escape(title)}</h3>${body}`
}

function list(items: readonly string[]): string {
  if (items.length === 0) return '<p>Aucun élément.</p>'
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
}

function contributionItem(line: ContributionLine): string {
  const where = line.espace === undefined ? '' : ` (${escape(line.espace)})`
  const what = line.precisions === undefined ? '' : ` — ${escape(line.precisions)}`
  return `${anchor(line.lien, line.titre)}${where}, le ${date(line.le)}${what}`
}

function profileValue(key: string, value: string | boolean): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  return key.endsWith('At') ? date(value) : escape(value)
}

function anchor(href: string, text: string): string {
  return `<a href="${escape(href)}">${escape(text === '' ? 'Sans titre' : text)}</a>`
}

function date(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return escape(iso)
  return `<time datetime="${escape(iso)}">${escape(DATE_TIME.format(time))}</time>`
}

function slug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
