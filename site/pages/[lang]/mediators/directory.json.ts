import type { APIRoute } from 'astro'

import { pickAny } from '../../../../cms/core/localize'
import type { Locale } from '../../../../cms/core/locales'
import { directoryRow } from '../../../../cms/core/mediatorDirectory'
import { mediatorKinds, specializations } from '../../../../cms/core/vocabulary'
import { useTranslations } from '../../../i18n'
import { getMediators, getRegions } from '../../../lib/cms'
import { perLanguage } from '../../../lib/routes'

export const getStaticPaths = perLanguage

/** The mediator directory the filter script downloads, per language (cms/core/mediatorDirectory.ts). */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Locale }
  const t = useTranslations(lang)
  const regions = Object.fromEntries((await getRegions()).map((r) => [r.code, pickAny(r.name, lang) ?? r.code]))
  const collator = new Intl.Collator(lang)
  const rows = (await getMediators())
    .map((m) => directoryRow({ slug: m.slug, name: pickAny(m.name, lang) ?? m.slug, kind: m.kind, region: m.region?.code ?? '', specializations: m.specializations, languages: m.languages }))
    .sort((a, b) => collator.compare(a[1], b[1]))
  const labels = { kinds: mediatorKinds.map((k) => t(`mediator.kind.${k}`)), specializations: specializations.map((s) => t(`specialization.${s}`)) }
  return new Response(JSON.stringify({ regions, labels, rows }), { headers: { 'content-type': 'application/json' } })
}
