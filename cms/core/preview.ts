/**
 * Draft preview: which collections have a page on the site to preview, which pages a preview
 * builds, how the preview build is told its document (`KELISIM_PREVIEW_DOC=<collection>:<id>`),
 * and how a built page is served from the CMS under `/api/previews/<id>/site/` (its absolute
 * links rewritten into the preview). Pure: no payload, next, astro or file system.
 */
import { locales, type Locale } from './locales'
import { localizedUrl, type Section } from './urls'

/** Collections with drafts whose documents have a page of their own, and that page's section. */
export const previewSections = {
  events: 'events',
  'open-door-days': 'openDoorDays',
  publications: 'publications',
  offices: 'offices',
  mediators: 'mediators',
} as const satisfies Record<string, Section>
export type PreviewCollection = keyof typeof previewSections

export function isPreviewCollection(value: unknown): value is PreviewCollection {
  return typeof value === 'string' && Object.hasOwn(previewSections, value)
}

export type PreviewDoc = { collection: PreviewCollection; id: string }

/** `events:12` → { collection: 'events', id: '12' }; anything else → undefined. */
export function parsePreviewDoc(raw: string | undefined): PreviewDoc | undefined {
  const match = /^([a-z-]+):([A-Za-z0-9_-]{1,64})$/.exec(raw?.trim() ?? '')
  if (!match || !isPreviewCollection(match[1])) return undefined
  return { collection: match[1], id: match[2]! }
}

export const formatPreviewDoc = (doc: PreviewDoc) => `${doc.collection}:${doc.id}`

/** The document's page in one language: '/kk/events/some-slug/'. */
export function previewPagePath(collection: PreviewCollection, slug: string, lang: Locale): string {
  return localizedUrl(lang, previewSections[collection], slug)
}

/** Every page a preview build renders: the document's page in each language. */
export function previewPagePaths(collection: PreviewCollection, slug: string): string[] {
  return locales.map((lang) => previewPagePath(collection, slug, lang))
}

/** Where the CMS serves a preview: `/api/previews/<id>/site` + a site path. */
export const previewSitePrefix = (apiRoute: string, previewId: string) => `${apiRoute}/previews/${previewId}/site`

export const previewIdPattern = /^[a-f0-9]{16,64}$/

/**
 * A built page's root-relative URLs (`href="/…"`, `src`, `action`, `srcset`, CSS `url(/…)`) point
 * into the preview, so its stylesheet, scripts and the page in another language come from the
 * preview folder. The CMS's own API (uploads under /api/) and the admin stay as they are, and so do
 * protocol-relative and absolute URLs.
 */
export function rewritePreviewUrls(text: string, prefix: string): string {
  const keep = /^\/(?:\/|api\/|admin(?:\/|$))/
  const into = (url: string) => (url.startsWith('/') && !keep.test(url) ? prefix + url : url)
  return text
    .replace(/\b(href|src|action|poster|data-[a-z-]*url)=("|')(\/[^"']*)\2/gi, (_all, attr: string, q: string, url: string) => `${attr}=${q}${into(url)}${q}`)
    .replace(/\bsrcset=("|')([^"']*)\1/gi, (_all, q: string, list: string) =>
      `srcset=${q}${list
        .split(',')
        .map((part) => part.replace(/^(\s*)(\S+)/, (_m, space: string, url: string) => space + into(url)))
        .join(',')}${q}`,
    )
    .replace(/url\((["']?)(\/[^)"']*)\1\)/g, (_all, q: string, url: string) => `url(${q}${into(url)}${q})`)
}

/** A site path inside a preview folder, or undefined for anything that could leave it. */
export function previewFilePath(sitePath: string): string | undefined {
  const parts = sitePath.split('/').filter(Boolean)
  // No way up, and no dot folders (the build's own notes, `.kelisim/`).
  if (parts.some((p) => p.startsWith('.') || p.includes('\\') || p.includes('\0'))) return undefined
  const last = parts.at(-1) ?? ''
  // Directories (Astro builds every page as <path>/index.html).
  if (!last.includes('.')) parts.push('index.html')
  return parts.join('/')
}

/** The preview's state, kept beside its files (`preview.json`). */
export type PreviewState = 'preparing' | 'ready' | 'failed'

/** A preview still "preparing" after this long lost its build (a restart): it counts as failed. */
export const previewStaleAfterMs = 20 * 60_000
/** Previews are removed after this long. */
export const previewKeepMs = 2 * 3600_000
/** And never more than this many are kept. */
export const previewKeepCount = 30

export type PreviewLabels = {
  heading: string
  language: string
  button: string
  preparing: string
  ready: string
  open: (lang: string) => string
  failed: string
  saveFirst: string
  unsaved: string
  help: string
}

export const previewLabels: Record<Locale, PreviewLabels> = {
  kk: {
    heading: 'Алдын ала қарау',
    language: 'Тіл',
    button: 'Алдын ала қарау',
    preparing: 'Алдын ала қарау дайындалуда…',
    ready: 'Алдын ала қарау дайын.',
    open: (lang) => `Ашу (${lang})`,
    failed: 'Алдын ала қарауды жасау сәтсіз аяқталды.',
    saveFirst: 'Алдымен қараламаны сақтаңыз.',
    unsaved: 'Сақталмаған өзгерістер алдын ала қарауда көрінбейді: алдымен қараламаны сақтаңыз.',
    help: 'Бет сайтта қалай көрінетін болса, сақталған қараламадан солай көрсетіледі (жарияланбайды).',
  },
  ru: {
    heading: 'Предпросмотр',
    language: 'Язык',
    button: 'Предпросмотр',
    preparing: 'Готовится предпросмотр…',
    ready: 'Предпросмотр готов.',
    open: (lang) => `Открыть (${lang})`,
    failed: 'Не удалось подготовить предпросмотр.',
    saveFirst: 'Сначала сохраните черновик.',
    unsaved: 'Несохранённые изменения не попадут в предпросмотр: сначала сохраните черновик.',
    help: 'Страница так, как она будет выглядеть на сайте, из сохранённого черновика (не публикуется).',
  },
  en: {
    heading: 'Preview',
    language: 'Language',
    button: 'Preview',
    preparing: 'Preparing preview…',
    ready: 'The preview is ready.',
    open: (lang) => `Open (${lang})`,
    failed: 'The preview could not be built.',
    saveFirst: 'Save the draft first.',
    unsaved: 'Unsaved changes are not in the preview: save the draft first.',
    help: 'The page as it will look on the site, from the saved draft (nothing is published).',
  },
}

/** Refusals of the preview endpoints, in the staff member's language. */
export const previewMessages: Record<Locale, { signIn: string; forbidden: string; notFound: string; badRequest: string }> = {
  kk: {
    signIn: 'Алдын ала қарау үшін жүйеге кіріңіз.',
    forbidden: 'Бұл құжаттың қараламасын оқуға рұқсатыңыз жоқ.',
    notFound: 'Алдын ала қарау табылмады немесе мерзімі өтті.',
    badRequest: 'Құжат немесе тіл дұрыс көрсетілмеген.',
  },
  ru: {
    signIn: 'Войдите, чтобы открыть предпросмотр.',
    forbidden: 'У вас нет доступа к черновику этого документа.',
    notFound: 'Предпросмотр не найден или устарел.',
    badRequest: 'Документ или язык указаны неверно.',
  },
  en: {
    signIn: 'Sign in to open the preview.',
    forbidden: 'You may not read this document’s draft.',
    notFound: 'The preview was not found or has expired.',
    badRequest: 'The document or language is not valid.',
  },
}
