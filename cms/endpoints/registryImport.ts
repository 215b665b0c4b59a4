import type { Endpoint, PayloadRequest } from 'payload'

import { isPublisher } from '../access'
import { localeOr, type Locale } from '../core/locales'
import { applyImport, planImport, problemText, type ImportKind, type ImportPlan } from '../lib/registryImport'
import { escapeHtml } from './publicRequest'

/** Bigger than any registry: 1,600 mediators are about 300 KB. */
const maxBytes = 10 * 1024 * 1024

const t = {
  kk: { title: 'Тізілімнен импорт (CSV)', kind: 'Не импортталады', offices: 'Кабинеттер', mediators: 'Медиаторлар', file: 'CSV файлы (үтір немесе нүктелі үтір, UTF-8)', lang: 'Есеп тілі', dry: 'Тексеру (ештеңе жазылмайды)', apply: 'Импорттау', forbidden: 'Тек қызметкерлерге.', noFile: 'Файл таңдалмады немесе тым үлкен.', rows: 'Жолдар', create: 'жаңа', update: 'өзгерген', unchanged: 'өзгеріссіз', problems: 'қатесі бар (импортталмайды)', line: 'Жол', number: 'Тізілім нөмірі', problem: 'Қате', written: 'Жазылды', done: 'Дайын. Сайт қайта жиналады.', dryDone: 'Тексеру: ештеңе жазылған жоқ.' },
  ru: { title: 'Импорт из реестра (CSV)', kind: 'Что импортировать', offices: 'Кабинеты', mediators: 'Медиаторы', file: 'Файл CSV (запятая или точка с запятой, UTF-8)', lang: 'Язык отчёта', dry: 'Проверить (ничего не записывается)', apply: 'Импортировать', forbidden: 'Только для сотрудников.', noFile: 'Файл не выбран или слишком большой.', rows: 'Строк', create: 'новых', update: 'изменённых', unchanged: 'без изменений', problems: 'с ошибками (не импортируются)', line: 'Строка', number: 'Номер в реестре', problem: 'Ошибка', written: 'Записано', done: 'Готово. Сайт будет пересобран.', dryDone: 'Проверка: ничего не записано.' },
  en: { title: 'Import from the registry (CSV)', kind: 'What to import', offices: 'Offices', mediators: 'Mediators', file: 'CSV file (comma or semicolon, UTF-8)', lang: 'Report language', dry: 'Check (writes nothing)', apply: 'Import', forbidden: 'Staff only.', noFile: 'No file chosen, or too big.', rows: 'Rows', create: 'new', update: 'changed', unchanged: 'unchanged', problems: 'with problems (not imported)', line: 'Line', number: 'Registry number', problem: 'Problem', written: 'Written', done: 'Done. The site will be rebuilt.', dryDone: 'Check: nothing was written.' },
} satisfies Record<Locale, Record<string, string>>

const head = (locale: Locale) => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t[locale].title)}</title><link rel="stylesheet" href="/styles/site.css"></head><body><main class="container" id="main"><h1>${escapeHtml(t[locale].title)}</h1>`
const foot = '</main></body></html>'
const headers = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'",
}

function form(locale: Locale): string {
  const s = t[locale]
  return `<form method="post" enctype="multipart/form-data" action="/api/registry-import">
<p><label for="kind">${s.kind}</label> <select id="kind" name="kind"><option value="offices">${s.offices}</option><option value="mediators">${s.mediators}</option></select></p>
<p><label for="file">${s.file}</label> <input id="file" name="file" type="file" accept=".csv,text/csv" required></p>
<p><label for="lang">${s.lang}</label> <select id="lang" name="lang">${(['kk', 'ru', 'en'] as const).map((l) => `<option value="${l}"${l === locale ? ' selected' : ''}>${l}</option>`).join('')}</select></p>
<p><button class="button" name="mode" value="dry">${s.dry}</button> <button class="button" name="mode" value="apply">${s.apply}</button></p>
</form>`
}

function report(plan: ImportPlan, locale: Locale): string {
  const s = t[locale]
  const c = plan.counts
  const problems = plan.rows.filter((r) => r.problems.length)
  return `<p role="status">${s.rows}: ${c.rows} — ${s.create} ${c.create}, ${s.update} ${c.update}, ${s.unchanged} ${c.unchanged}, ${s.problems} ${c.problems}</p>${
    problems.length
      ? `<table><thead><tr><th scope="col">${s.line}</th><th scope="col">${s.number}</th><th scope="col">${s.problem}</th></tr></thead><tbody>${problems
          .map((r) => `<tr><td>${r.line}</td><td>${escapeHtml(r.registryNumber)}</td><td>${escapeHtml(r.problems.map((p) => problemText(p, locale)).join(' '))}</td></tr>`)
          .join('')}</tbody></table>`
      : ''
  }`
}

async function readUpload(req: PayloadRequest): Promise<{ kind: ImportKind; csv: string; locale: Locale; apply: boolean } | null> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes || !req.formData) return null
  const data = await req.formData()
  const file = data.get('file')
  if (!file || typeof file === 'string' || file.size > maxBytes) return null
  return {
    kind: data.get('kind') === 'mediators' ? 'mediators' : 'offices',
    csv: await file.text(),
    locale: localeOr(data.get('lang'), 'ru'),
    apply: data.get('mode') === 'apply',
  }
}

/** GET /api/registry-import: the upload form (staff only). */
export const registryImportPageEndpoint: Endpoint = {
  path: '/registry-import',
  method: 'get',
  handler: async (req) => {
    const locale = localeOr(req.i18n?.language, 'ru')
    if (!isPublisher(req.user as never)) return new Response(head(locale) + `<p>${t[locale].forbidden}</p>` + foot, { status: 403, headers })
    return new Response(head(locale) + form(locale) + foot, { status: 200, headers })
  },
}

/**
 * POST /api/registry-import (multipart: kind, file, lang, mode=dry|apply): the dry run's report, or
 * the import with its progress streamed into the page row by row, then the same report.
 */
export const registryImportEndpoint: Endpoint = {
  path: '/registry-import',
  method: 'post',
  handler: async (req) => {
    const adminLocale = localeOr(req.i18n?.language, 'ru')
    if (!isPublisher(req.user as never)) return new Response(head(adminLocale) + `<p>${t[adminLocale].forbidden}</p>` + foot, { status: 403, headers })
    const upload = await readUpload(req).catch(() => null)
    if (!upload) return new Response(head(adminLocale) + `<p role="alert">${t[adminLocale].noFile}</p>` + form(adminLocale) + foot, { status: 400, headers })
    const { kind, csv, locale, apply } = upload
    const plan = await planImport(req.payload, kind, csv)
    if (!apply) return new Response(head(locale) + `<p>${t[locale].dryDone}</p>` + report(plan, locale) + form(locale) + foot, { status: 200, headers })
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode(head(locale) + '<ol>'))
        let last = 0
        try {
          await applyImport(req.payload, plan, (done, total) => {
            if (done === total || Date.now() - last > 1000) {
              last = Date.now()
              controller.enqueue(encoder.encode(`<li>${t[locale].written} ${done}/${total}</li>`))
            }
          })
          controller.enqueue(encoder.encode(`</ol><p role="status">${t[locale].done}</p>` + report(plan, locale) + foot))
        } catch (error) {
          req.payload.logger.error({ err: error }, 'registry import failed')
          controller.enqueue(encoder.encode(`</ol><p role="alert">${escapeHtml(String((error as Error).message))}</p>` + foot))
        }
        controller.close()
      },
    })
    return new Response(body, { status: 200, headers })
  },
}
