/**
 * The search that answers without JavaScript: a small per-language list of the site's pages
 * (written at build time from the built HTML, see cms/publish/searchIndex.ts) matched word by word
 * after folding, so "Туркистан" finds "Түркістан". The pagefind search in the browser goes deeper
 * (full text); this one covers titles, descriptions and the names pages are known by.
 */
import { foldLetters } from './fold'
import type { Locale } from './locales'
import { searchKindList, type SearchKind } from './searchKinds'

/** [url, title, kind, folded words to match, description]. */
export type SearchEntry = [url: string, title: string, kind: SearchKind, folded: string, description: string]

export const searchKindLabels: Record<Locale, Record<SearchKind | 'all', string>> = {
  kk: { all: 'Барлығы', office: 'Кабинет', event: 'Іс-шара', publication: 'Жарияланым', mediator: 'Медиатор', page: 'Бет' },
  ru: { all: 'Все', office: 'Кабинет', event: 'Мероприятие', publication: 'Публикация', mediator: 'Медиатор', page: 'Страница' },
  en: { all: 'All', office: 'Office', event: 'Event', publication: 'Publication', mediator: 'Mediator', page: 'Page' },
}

export const isSearchKind = (value: unknown): value is SearchKind => searchKindList.includes(value as SearchKind)

const words = (text: string) => foldLetters(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * Pages whose folded text holds every word of the query (as the start of a word), titles that
 * match first; optionally one kind only. At most `limit` results.
 */
export function searchEntries(entries: SearchEntry[], query: string, kind?: SearchKind, limit = 50): SearchEntry[] {
  const terms = words(query)
  if (!terms.length) return []
  const scored: Array<{ entry: SearchEntry; score: number }> = []
  for (const entry of entries) {
    if (kind && entry[2] !== kind) continue
    const text = ` ${words(entry[3]).join(' ')}`
    if (!terms.every((t) => text.includes(` ${t}`))) continue
    const title = ` ${words(entry[1]).join(' ')}`
    scored.push({ entry, score: terms.filter((t) => title.includes(` ${t}`)).length })
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.entry)
}

/** Texts of the server's answer page (the search without JavaScript). */
export const searchPageStrings: Record<Locale, { title: string; label: string; kind: string; submit: string; found: string; none: string; home: string }> = {
  kk: { title: 'Іздеу', label: 'Сайттан іздеу', kind: 'Түрі', submit: 'Іздеу', found: 'Табылды: {{count}}', none: '«{{query}}» бойынша ештеңе табылмады.', home: 'Басты бет' },
  ru: { title: 'Поиск', label: 'Поиск по сайту', kind: 'Тип', submit: 'Найти', found: 'Найдено: {{count}}', none: 'По запросу «{{query}}» ничего не найдено.', home: 'Главная' },
  en: { title: 'Search', label: 'Search the site', kind: 'Kind', submit: 'Search', found: 'Found: {{count}}', none: 'Nothing found for “{{query}}”.', home: 'Home' },
}
