import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { brotliSize, builtSite, htmlFiles, kb, langs, limits, record, refreshBuiltSite, viewports, wcagTags, type Lang } from './budgets-support'
import { adminToken, bearer, publishOpenEvent, waitForStatus } from './support'

/**
 * Quality budgets over the built site: every page kind in every language, measured in Chromium
 * and with the Nu HTML Checker. Each test records its worst figure before asserting, and
 * tests/budgets-reporter.ts prints one line per budget at the end (test-results/budgets.txt).
 */

// One per portal run (its data folder is temporary): a worker restarted after a failure reuses it
// instead of publishing another event and waiting for another rebuild.
const slug = 'e2e-budgets-open-event'

test.beforeAll(async ({ request }) => {
  // Seeded events age into the past: publish one open for registration so a form is always measured.
  const token = await adminToken(request)
  const existing = await request.get(`/api/events?where[slug][equals]=${slug}&limit=1&depth=0`, { headers: bearer(token) })
  if (!(await existing.json()).totalDocs) {
    await publishOpenEvent(request, token, slug, { kk: 'Бюджеттер: медиация бойынша семинар', ru: 'Бюджеты: семинар по медиации' })
  }
  await waitForStatus(request, `/en/events/${slug}/`, 200)
  refreshBuiltSite()
})

// ---------------------------------------------------------------------------------------------
// Whole site, from the files the server serves.

test('HTML weight: every built page is at most 14 KB brotli, and every image is sized', () => {
  let worst = { page: '', size: 0 }
  const unsized: string[] = []
  const files = htmlFiles()
  for (const [url, file] of files) {
    const html = fs.readFileSync(file)
    const size = brotliSize(html)
    if (size > worst.size) worst = { page: url, size }
    for (const img of html.toString('utf8').match(/<img\b[^>]*>/g) ?? []) {
      if (!/\swidth="\d+"/.test(img) || !/\sheight="\d+"/.test(img)) unsized.push(`${url}: ${img}`)
    }
  }
  record({ budget: 'HTML brotli', page: worst.page, value: worst.size, limit: limits.htmlBrotli, unit: 'bytes', checked: files.length })
  record({ budget: 'images without width/height', page: unsized[0]?.split(':')[0] ?? '', value: unsized.length, limit: 0, unit: 'count', checked: files.length })
  expect(worst.size, `${worst.page} weighs ${kb(worst.size)} brotli`).toBeLessThanOrEqual(limits.htmlBrotli)
  expect(unsized).toEqual([])
})

test('CSP: no inline script, style or event handler on any built page', () => {
  // The public server sends script-src 'self' and style-src 'self': inline code would not run.
  const found: string[] = []
  const files = htmlFiles()
  for (const [url, file] of files) {
    const html = fs.readFileSync(file, 'utf8')
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      // JSON-LD is data, never executed.
      if (!/\ssrc="/.test(tag) && !/type="application\/ld\+json"/.test(tag)) found.push(`${url}: ${tag}`)
    }
    for (const [inline] of html.matchAll(/<style\b[^>]*>|<[^>]+\s(?:style|on[a-z]+)=[^>]*>/g)) found.push(`${url}: ${inline.slice(0, 120)}`)
  }
  record({ budget: 'inline scripts, styles and handlers (CSP)', page: found[0]?.split(': ')[0] ?? '', value: found.length, limit: 0, unit: 'count', checked: files.length })
  expect(found).toEqual([])
})

test('Nu HTML Checker: no errors on any built page or server-rendered result page', async ({ request }) => {
  test.setTimeout(300_000)
  const java = spawnSync('java', ['-version'])
  expect(java.error, 'java is missing: tests/run-all.sh installs default-jre-headless').toBeUndefined()

  // The registration endpoint answers without JavaScript with its own pages: check them too.
  const extra = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-vnu-'))
  for (const lang of langs) {
    const refused = await request.post('/api/register', { form: { event: slug, lang, name: '', email: 'x@' } })
    fs.writeFileSync(path.join(extra, `register-refused-${lang}.html`), await refused.body())
  }
  const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
  // vnu exits 1 when it finds errors and writes its JSON report to stderr.
  const run = spawnSync('java', ['-Xss8m', '-jar', vnu, '--format', 'json', '--skip-non-html', builtSite(), extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  fs.rmSync(extra, { recursive: true, force: true })
  const report = JSON.parse(run.stderr) as { messages: Array<{ type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string }> }
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
  const perFile = new Map<string, number>()
  for (const e of errors) perFile.set(e.url, (perFile.get(e.url) ?? 0) + 1)
  const [worstFile, worstCount] = [...perFile].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  const short = (url: string) => url.replace(/^file:/, '').replace(builtSite(), '')
  const checked = htmlFiles().length + langs.length
  record({ budget: 'Nu HTML Checker errors', page: short(worstFile), value: errors.length, limit: 0, unit: 'count', checked })
  expect(
    errors.slice(0, 20).map((e) => `${short(e.url)}:${e.lastLine ?? '?'} ${e.message}`),
    `${errors.length} errors in ${perFile.size} files`,
  ).toEqual([])
})

test('links: every internal href and src on every built page resolves', async ({ request, baseURL }) => {
  test.setTimeout(300_000)
  const site = new URL(baseURL!)
  const targets = new Map<string, string>() // target path -> first page linking to it
  const brokenFragments: string[] = []
  for (const [url, file] of htmlFiles()) {
    const html = fs.readFileSync(file, 'utf8')
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const value = raw!.replace(/&amp;/g, '&')
      if (value.startsWith('#')) {
        if (value.length > 1 && !html.includes(`id="${value.slice(1)}"`)) brokenFragments.push(`${url} → ${value}`)
        continue
      }
      let target: URL
      try {
        target = new URL(value, new URL(url, site))
      } catch {
        brokenFragments.push(`${url} → ${value} (not a URL)`)
        continue
      }
      // Canonical and hreflang links use the configured public address, which is the test server.
      if (target.origin !== site.origin) continue
      if (!targets.has(target.pathname + target.search)) targets.set(target.pathname + target.search, url)
    }
  }
  const broken: string[] = [...brokenFragments]
  const queue = [...targets]
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [target, from] = next
        const response = await request.get(target, { maxRedirects: 0 })
        if (response.status() !== 200) broken.push(`${from} → ${target} (${response.status()})`)
      }
    }),
  )
  record({ budget: 'broken internal links', page: broken[0]?.split(' → ')[0] ?? '', value: broken.length, limit: 0, unit: 'count', checked: targets.size })
  expect(targets.size).toBeGreaterThan(100)
  expect(broken).toEqual([])
})

// ---------------------------------------------------------------------------------------------
// One page of every kind in every language, in Chromium.

type Kind = { name: string; interactive?: boolean; status?: number; url: (lang: Lang) => string }

/** The first page under a section, e.g. the first office, so the suite follows the data. */
function firstUnder(lang: Lang, section: string, accept: (html: string) => boolean = () => true): string {
  const dir = path.join(builtSite(), lang, section)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name, 'index.html')
    if (fs.existsSync(file) && accept(fs.readFileSync(file, 'utf8'))) return `/${lang}/${section}/${entry.name}/`
  }
  throw new Error(`no page under /${lang}/${section}/ fits`)
}

const hasForm = (html: string) => html.includes('data-registration-form')

const kinds: Kind[] = [
  { name: 'home', url: (l) => `/${l}/` },
  // The calendar's list loads its filter module; event pages load the viewer's-time-zone note.
  { name: 'events list', interactive: true, url: (l) => `/${l}/events/` },
  { name: 'events month grid', url: (l) => firstUnder(l, 'events', (html) => html.includes('class="cal-grid"')) },
  { name: 'events archive', url: (l) => `/${l}/events/archive/` },
  { name: 'events subscribe', url: (l) => `/${l}/events/subscribe/` },
  { name: 'event with registration form', interactive: true, url: (l) => `/${l}/events/${slug}/` },
  { name: 'event without form', interactive: true, url: (l) => firstUnder(l, 'events', (html) => !hasForm(html) && html.includes('data-local-start')) },
  { name: 'open-door day', interactive: true, url: (l) => firstUnder(l, 'open-door-days') },
  // The finder ("near me") and an office's "open now" are computed in the browser.
  { name: 'offices list with finder', interactive: true, url: (l) => `/${l}/offices/` },
  { name: 'offices of a region', url: (l) => firstUnder(l, 'offices/region') },
  { name: 'office', interactive: true, url: (l) => firstUnder(l, 'offices') },
  // The directory filters the whole registry in the browser; per-region lists work without it.
  { name: 'mediators list with filter', interactive: true, url: (l) => `/${l}/mediators/` },
  { name: 'mediators of a region', url: (l) => firstUnder(l, 'mediators/region') },
  { name: 'mediator', url: (l) => firstUnder(l, 'mediators') },
  { name: 'publications list', url: (l) => `/${l}/publications/` },
  { name: 'publication', url: (l) => firstUnder(l, 'publications') },
  { name: 'publications of a kind', url: (l) => `/${l}/publications/kind/press-release/` },
  { name: 'publications of a year', url: (l) => firstUnder(l, 'publications/year') },
  { name: 'about', url: (l) => `/${l}/about/` },
  { name: 'faq', url: (l) => `/${l}/faq/` },
  { name: 'search', interactive: true, url: (l) => `/${l}/search/` },
  { name: 'statistics', url: (l) => `/${l}/statistics/` },
  { name: '404', status: 404, url: (l) => `/${l}/no-such-page/` },
]

/** Brotli bytes of every script Chromium fetches, islands and dynamic imports included. */
function watchScripts(page: Page) {
  const pending: Array<Promise<number>> = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    const contentType = response.headers()['content-type'] ?? ''
    if (type === 'script' || /javascript/.test(contentType)) pending.push(response.body().then(brotliSize, () => 0))
  })
  return async () => (await Promise.all(pending)).reduce((a, b) => a + b, 0)
}

/** Scroll to the end in steps, so lazy images and client:visible islands load, then settle. */
async function scrollToEnd(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)))
    }
    window.scrollTo(0, document.documentElement.scrollHeight)
  })
  await page.waitForLoadState('networkidle')
}

/** Images below the first screen must be lazy, and every image needs its box reserved. */
async function imageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.images].flatMap((img) => {
      const problems: string[] = []
      if (!img.getAttribute('width') || !img.getAttribute('height')) problems.push(`${img.src}: no width/height`)
      if (img.getBoundingClientRect().top > window.innerHeight && img.loading !== 'lazy') problems.push(`${img.src}: below the fold, not lazy`)
      return problems
    }),
  )
}

/** Sum of layout shifts not caused by input (stricter than CLS's worst session window). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) total += entry.value
          }
        }).observe({ type: 'layout-shift', buffered: true })
        // Buffered entries arrive in the first callback; none at all means no shift.
        setTimeout(() => resolve(total), 300)
      }),
  )
}

async function axeBoth(page: Page, label: string) {
  const found: string[] = []
  for (const [name, size] of Object.entries(viewports)) {
    await page.setViewportSize(size)
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
    const nodes = violations.reduce((n, v) => n + v.nodes.length, 0)
    record({ budget: 'axe WCAG 2.2 AA violations', page: `${label} (${name})`, value: nodes, limit: 0, unit: 'count' })
    found.push(...violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes[0]?.target.join(' ')}`))
  }
  expect(found).toEqual([])
}

for (const lang of langs) {
  test.describe(`${lang}`, () => {
    for (const kind of kinds) {
      test(`${kind.name}: scripts, images and axe`, async ({ page }) => {
        const url = kind.url(lang)
        await page.setViewportSize(viewports.phone)
        const scriptBytes = watchScripts(page)
        const response = await page.goto(url)
        expect(response?.status()).toBe(kind.status ?? 200)
        const images = await imageProblems(page)
        await scrollToEnd(page)
        const js = await scriptBytes()
        record(
          kind.interactive
            ? { budget: 'JS brotli, interactive pages', page: url, value: js, limit: limits.jsInteractive, unit: 'bytes' }
            : { budget: 'JS brotli, content pages', page: url, value: js, limit: limits.jsContent, unit: 'bytes' },
        )
        record({ budget: 'images not sized or not lazy below the fold', page: url, value: images.length, limit: 0, unit: 'count' })
        // Soft: one page over one budget still gets measured against the others.
        expect.soft(js, `${url} loads ${kb(js)} of JavaScript`).toBeLessThanOrEqual(kind.interactive ? limits.jsInteractive : limits.jsContent)
        expect.soft(images).toEqual([])
        await axeBoth(page, url)
      })
    }

    test('search with results: results keep their reserved space, scripts and axe', async ({ page }) => {
      // Readable in the report; Chromium encodes it on the way.
      const url = `/${lang}/search/?q=${lang === 'en' ? 'mediation' : 'медиация'}`
      await page.setViewportSize(viewports.phone)
      const scriptBytes = watchScripts(page)
      await page.goto(url)
      await expect(page.locator('.search-results li').first()).toBeVisible()
      await page.waitForLoadState('networkidle')
      const cls = await layoutShift(page)
      const js = await scriptBytes()
      record({ budget: 'layout shift while results arrive', page: url, value: cls, limit: limits.cls, unit: 'score' })
      record({ budget: 'JS brotli, interactive pages', page: url, value: js, limit: limits.jsInteractive, unit: 'bytes' })
      expect.soft(cls, `${url} shifts by ${cls.toFixed(3)}`).toBeLessThanOrEqual(limits.cls)
      expect.soft(js, `${url} loads ${kb(js)} of JavaScript`).toBeLessThanOrEqual(limits.jsInteractive)
      await axeBoth(page, url)
    })

    test('registration form with errors shown: in place, no shift, axe', async ({ page }) => {
      const url = `/${lang}/events/${slug}/`
      await page.setViewportSize(viewports.phone)
      await page.goto(url)
      const form = page.locator('form[data-registration-form][data-enhanced]')
      await form.scrollIntoViewIfNeeded()
      await form.locator('button[type="submit"]').click()
      await expect(page.locator('#reg-email')).toHaveAttribute('aria-invalid', 'true')
      await expect(page).toHaveURL(new RegExp(`${url}$`))
      const cls = await layoutShift(page)
      record({ budget: 'layout shift while results arrive', page: `${url} (form errors)`, value: cls, limit: limits.cls, unit: 'score' })
      expect.soft(cls, `${url} shifts by ${cls.toFixed(3)} when errors show`).toBeLessThanOrEqual(limits.cls)
      await axeBoth(page, `${url} (form errors)`)
    })

    test('registration refused without the script: the server result page passes axe', async ({ page }) => {
      await page.goto(`/${lang}/events/${slug}/`)
      await page.fill('#reg-email', 'x@')
      // form.submit() skips the submit listener: the same request an old browser without JS sends.
      await page.locator('form[data-registration-form]').evaluate((form: HTMLFormElement) => form.submit())
      await page.waitForURL(/\/api\/register$/)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('.notice--error')).toBeVisible()
      await axeBoth(page, `/api/register (${lang}, refused)`)
    })
  })
}
