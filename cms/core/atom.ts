/**
 * Atom 1.0 (RFC 4287) writer for the site's feeds: pure, absolute URLs in, an XML document out.
 * Text is escaped; dates are RFC 3339 with Kazakhstan's offset.
 */
import { toAlmatyIso } from './time'

export type AtomEntry = {
  /** Absolute URL of the entry's page; also its permanent id. */
  url: string
  title: string
  /** The language the entry is shown in when it differs from the feed's (a fallback). */
  lang?: string
  summary?: string
  published: string | Date
  updated: string | Date
  category?: { term: string; label: string }
}

export type AtomFeed = {
  /** Absolute URL of the feed itself (rel="self", and its id). */
  selfUrl: string
  /** Absolute URL of the HTML page the feed follows. */
  pageUrl: string
  lang: string
  title: string
  subtitle?: string
  author: string
  entries: AtomEntry[]
  /** When nothing is in the feed: the feed's own date (the build's). */
  updatedIfEmpty: string | Date
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 forbids never reach a reader.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
}

const latest = (dates: Array<string | Date>) => dates.map((d) => new Date(d)).reduce((a, b) => (b > a ? b : a))

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.length ? latest(feed.entries.map((e) => e.updated)) : new Date(feed.updatedIfEmpty)
  const entries = feed.entries.map((e) =>
    [
      `  <entry${e.lang ? ` xml:lang="${escapeXml(e.lang)}"` : ''}>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${toAlmatyIso(e.published)}</published>`,
      `    <updated>${toAlmatyIso(e.updated)}</updated>`,
      e.category ? `    <category term="${escapeXml(e.category.term)}" label="${escapeXml(e.category.label)}"/>` : '',
      e.summary ? `    <summary>${escapeXml(e.summary)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>` : '',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${toAlmatyIso(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n')
}
