import { enTranslations } from '@payloadcms/translations/languages/en'
import { ruTranslations } from '@payloadcms/translations/languages/ru'
import { describe, expect, it } from 'vitest'

import { kk, kkLexicalTranslations, kkTranslations } from '../../../cms/admin/translations/kk'

type Tree = { [key: string]: Tree | string }

/** Every leaf of a translations object as 'namespace:key' → text. */
export function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

/** `{{vars}}` and `<0>`-style tags: a translation must keep them all. */
const markers = (text: string) => [...text.matchAll(/\{\{\s*\w+\s*\}\}|<\/?\d+>|<a href="\{\{\w+\}\}">/g)].map((m) => m[0].replace(/\s/g, '')).sort()

function compare(reference: Tree, translation: Tree) {
  const ref = leaves(reference)
  const ours = leaves(translation)
  const missing = [...ref.keys()].filter((k) => !ours.has(k))
  const empty = [...ours].filter(([, v]) => v.trim() === '').map(([k]) => k)
  const extra = [...ours.keys()].filter((k) => !ref.has(k))
  const placeholders = [...ref]
    .filter(([k, v]) => ours.has(k) && markers(v).join(' ') !== markers(ours.get(k)!).join(' '))
    .map(([k]) => k)
  return { ref, ours, missing, empty, extra, placeholders }
}

describe('Kazakh admin interface (Payload keys)', () => {
  const result = compare(ruTranslations as unknown as Tree, kkTranslations as unknown as Tree)

  it('has every key Payload\'s Russian has, none empty', () => {
    expect(result.missing, `missing in cms/admin/translations/kk.ts: ${result.missing.join(', ')}`).toEqual([])
    expect(result.empty, `empty in kk: ${result.empty.join(', ')}`).toEqual([])
    expect(result.extra, `keys Payload no longer has: ${result.extra.join(', ')}`).toEqual([])
  })

  it('keeps every {{placeholder}} and <0> tag of the original (English: the Russian drops some)', () => {
    const fromEnglish = compare(enTranslations as unknown as Tree, kkTranslations as unknown as Tree)
    expect(fromEnglish.placeholders, `placeholders differ from English: ${fromEnglish.placeholders.join(', ')}`).toEqual([])
    expect(fromEnglish.missing).toEqual([])
    const dropped = ['general:filterWhere', 'general:noLabel', 'general:noResults', 'general:searchBy']
    expect(result.placeholders.filter((k) => !dropped.includes(k)), `placeholders differ: ${result.placeholders.join(', ')}`).toEqual([])
  })

  it('is not Russian copied over', () => {
    const same = [...result.ref].filter(([k, v]) => result.ours.get(k) === v && v.length > 12).map(([k]) => k)
    expect(same).toEqual([])
    expect(kk.translations.general.thisLanguage).toBe('Қазақша')
  })

  it('declares a date-fns locale Payload can load', () => {
    expect(kk.dateFNSKey).toBe('ru')
  })
})

describe('Kazakh rich-text editor strings', () => {
  it('cover every string the editor registers for Russian', async () => {
    const config = await (await import('../../../cms/payload.config')).default
    const translations = config.i18n.translations as Record<string, Tree>
    const ruLexical = translations.ru?.lexical as Tree
    const kkLexical = translations.kk?.lexical as Tree
    expect(ruLexical, 'the editor registered no Russian strings').toBeTruthy()
    const result = compare(ruLexical, kkLexical)
    expect(result.missing, `missing in kkLexicalTranslations: ${result.missing.join(', ')}`).toEqual([])
    expect(result.empty).toEqual([])
    expect(result.placeholders).toEqual([])
    expect(kkLexical).toEqual(kkLexicalTranslations.lexical)
  })

  it('are offered by the config as the kk admin language, the default', async () => {
    const config = await (await import('../../../cms/payload.config')).default
    expect(Object.keys(config.i18n.supportedLanguages)).toEqual(['kk', 'ru', 'en'])
    expect(config.i18n.fallbackLanguage).toBe('kk')
  })
})
