import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { Events } from '../../cms/collections/Events'
import { Offices } from '../../cms/collections/Offices'
import { locales, type Locale } from '../../cms/core/locales'
import { openDoorDayOf, quarterOf } from '../../cms/core/openDoorDays'
import { eventKinds, publicationKinds, specializations as specializationOptions, weekdays } from '../../cms/core/vocabulary'
import { repoRoot } from '../../cms/lib/paths'
import { checkReferences, loadSeedContent, type SeedContent } from '../../cms/seed/content'

const seed = loadSeedContent()

// ---------------------------------------------------------------------------------------------
// helpers

type Localizedish = Partial<Record<Locale, unknown>>

function isLocalizedObject(value: unknown): value is Localizedish {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((k) => (locales as readonly string[]).includes(k))
}

function present(v: unknown): boolean {
  if (typeof v === 'string') return v.trim().length > 0
  if (Array.isArray(v)) return v.length > 0 && v.every((p) => typeof p === 'string' && p.trim().length > 0)
  return false
}

/** Every localized value ({kk, ru, en}-shaped object) inside a document, with its path. */
function localizedValues(doc: unknown, path = ''): Array<{ path: string; value: Localizedish }> {
  const out: Array<{ path: string; value: Localizedish }> = []
  if (isLocalizedObject(doc)) return [{ path, value: doc }]
  if (Array.isArray(doc)) doc.forEach((d, i) => out.push(...localizedValues(d, `${path}[${i}]`)))
  else if (doc && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) out.push(...localizedValues(v, path ? `${path}.${k}` : k))
  return out
}

function missingLanguages(doc: unknown, id: string): string[] {
  const problems: string[] = []
  for (const { path, value } of localizedValues(doc)) {
    for (const l of locales) if (!present(value[l])) problems.push(`${id} ${path}: ${l}`)
  }
  return problems
}

function selectValues(fields: unknown[], name: string): string[] {
  for (const raw of fields) {
    const f = raw as { name?: string; type?: string; options?: Array<{ value: string } | string>; fields?: unknown[] }
    if (f.type === 'select' && f.name === name) return (f.options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
    if (Array.isArray(f.fields) && !f.name) {
      const inner = selectValues(f.fields, name)
      if (inner.length) return inner
    }
  }
  return []
}

// Kazakhstan mobile prefixes after +7 / 8 (Beeline, Kcell/Activ, Tele2/Altel and MVNOs).
const mobilePrefix = /^7(70[0-9]|747|75[01]|76[0-4]|77[0-9])/
function looksLikePersonalMobile(phone: string): boolean {
  let digits = phone.replace(/\D/g, '')
  if (digits.length === 11 && digits.startsWith('8')) digits = `7${digits.slice(1)}`
  return digits.length === 11 && mobilePrefix.test(digits)
}

const freeMail = /@(gmail\.com|mail\.ru|inbox\.ru|list\.ru|bk\.ru|yandex\.(ru|kz|com)|ya\.ru|rambler\.ru|icloud\.com|me\.com|outlook\.com|hotmail\.com|live\.com|yahoo\.com|proton(mail)?\.(me|com))$/i
function looksLikePersonalEmail(email: string): boolean {
  return freeMail.test(email.trim())
}

// ---------------------------------------------------------------------------------------------

describe('the helpers themselves', () => {
  it('recognize personal mobile numbers and free-mail addresses', () => {
    expect(looksLikePersonalMobile('+7 701 123 45 67')).toBe(true)
    expect(looksLikePersonalMobile('8 (777) 555-44-33')).toBe(true)
    expect(looksLikePersonalMobile('+7 (7172) 55-55-55')).toBe(false)
    expect(looksLikePersonalMobile('8 727 250 00 00')).toBe(false)
    expect(looksLikePersonalEmail('aigerim.sample@gmail.com')).toBe(true)
    expect(looksLikePersonalEmail('ivanov@mail.ru')).toBe(true)
    expect(looksLikePersonalEmail('info@assembly.kz')).toBe(false)
  })

  it('find localized values nested in arrays', () => {
    const found = localizedValues({ a: { kk: 'x', ru: 'y' }, list: [{ name: { en: 'z' } }], n: 1 })
    expect(found.map((f) => f.path)).toEqual(['a', 'list[0].name'])
    expect(missingLanguages({ t: { kk: 'x', ru: ' ', en: 'z' } }, 'doc')).toEqual(['doc t: ru'])
  })
})

describe('regions', () => {
  it('are the 17 regions and 3 cities of republican significance', () => {
    expect(seed.regions.length).toBeGreaterThanOrEqual(20)
    expect(seed.regions.filter((r) => r.kind === 'region')).toHaveLength(17)
    expect(seed.regions.filter((r) => r.kind === 'city').map((r) => r.code).sort()).toEqual(['almaty-city', 'astana', 'shymkent'])
  })

  it('have unique codes usable as registration region codes', () => {
    const codes = seed.regions.map((r) => r.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of codes) expect(c).toMatch(/^[a-z0-9-]{2,40}$/)
  })

  it('have a name and a centre in kk, ru and en', () => {
    const problems = seed.regions.flatMap((r) => [
      ...missingLanguages({ name: r.name, centre: r.centre }, r.code),
      ...(isLocalizedObject(r.name) ? [] : [`${r.code} name`]),
      ...(isLocalizedObject(r.centre) ? [] : [`${r.code} centre`]),
    ])
    expect(problems).toEqual([])
  })

  it('lie inside Kazakhstan', () => {
    for (const r of seed.regions) {
      expect(r.lat, r.code).toBeGreaterThan(40)
      expect(r.lat, r.code).toBeLessThan(56)
      expect(r.lng, r.code).toBeGreaterThan(46)
      expect(r.lng, r.code).toBeLessThan(88)
    }
  })
})

describe('offices', () => {
  it('number at least 20 with unique slugs', () => {
    expect(seed.offices.length).toBeGreaterThanOrEqual(20)
    const slugs = seed.offices.map((o) => o.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('include exactly one House of Friendship office per region', () => {
    const perRegion = new Map<string, number>()
    for (const o of seed.offices) if (o.kind === 'house-of-friendship') perRegion.set(o.region, (perRegion.get(o.region) ?? 0) + 1)
    const wrong = seed.regions.filter((r) => perRegion.get(r.code) !== 1).map((r) => `${r.code}: ${perRegion.get(r.code) ?? 0}`)
    expect(wrong).toEqual([])
  })

  it('use kinds, platform types and weekdays the CMS accepts', () => {
    const kinds = selectValues(Offices.fields, 'kind')
    const platformTypes = selectValues(Offices.fields, 'platformType')
    expect(kinds.length).toBeGreaterThan(0)
    expect(platformTypes.length).toBeGreaterThan(0)
    for (const o of seed.offices) {
      expect(kinds, o.slug).toContain(o.kind)
      if (o.kind === 'dialogue-platform') expect(platformTypes, o.slug).toContain(o.platformType)
      else expect(o.platformType, o.slug).toBeNull()
      for (const h of o.hours) {
        expect(weekdays as readonly string[], o.slug).toContain(h.day)
        expect(h.opens, o.slug).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
        expect(h.closes, o.slug).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
        expect(h.opens < h.closes, `${o.slug} ${h.day}`).toBe(true)
      }
      for (const l of o.languages) expect(locales as readonly string[]).toContain(l)
    }
  })

  it('have every localized field in kk, ru and en', () => {
    const problems = seed.offices.flatMap((o) => [
      ...missingLanguages(o, o.slug),
      ...(['name', 'settlement', 'address'] as const).filter((f) => o[f] !== null && !isLocalizedObject(o[f])).map((f) => `${o.slug} ${f} not localized`),
    ])
    expect(problems).toEqual([])
  })

  it('publish no personal mobile number or private e-mail', () => {
    const bad = seed.offices.filter((o) => looksLikePersonalMobile(o.phone ?? '') || looksLikePersonalEmail(o.email ?? ''))
    expect(bad.map((o) => `${o.slug}: ${o.phone} ${o.email}`)).toEqual([])
  })

  it('carry no street address or hours the documents do not give, unless demo', () => {
    // The client's documents name the offices and their cities, never a street or opening hours.
    for (const o of seed.offices.filter((o) => !o.demo)) {
      expect(o.address, o.slug).toBeNull()
      expect(o.hours, o.slug).toEqual([])
    }
    // Only the offices the documents name (Houses of Friendship, the Turan-Astana university) are real.
    expect(seed.offices.filter((o) => !o.demo).every((o) => o.kind !== 'dialogue-platform')).toBe(true)
  })

  it('have coordinates inside Kazakhstan', () => {
    for (const o of seed.offices) {
      expect(o.lat, o.slug).toBeGreaterThan(40)
      expect(o.lat, o.slug).toBeLessThan(56)
      expect(o.lng, o.slug).toBeGreaterThan(46)
      expect(o.lng, o.slug).toBeLessThan(88)
    }
  })
})

describe('events', () => {
  const past = seed.events.filter((e) => e.outcomes)
  const upcoming = seed.events.filter((e) => !e.outcomes)
  const latestPastStart = past.map((e) => e.start).sort().at(-1) ?? ''

  it('use kinds, formats and statuses the CMS accepts', () => {
    const formats = selectValues(Events.fields, 'format')
    const statuses = selectValues(Events.fields, 'status')
    expect(formats.length).toBeGreaterThan(0)
    expect(statuses.length).toBeGreaterThan(0)
    for (const e of seed.events) {
      expect(eventKinds as readonly string[], e.slug).toContain(e.kind)
      expect(formats, e.slug).toContain(e.format)
      expect(statuses, e.slug).toContain(e.status)
      expect(e.start, e.slug).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
      if (e.end) expect(e.end >= e.start, e.slug).toBe(true)
    }
  })

  it('include past events with a participant count', () => {
    expect(past.length).toBeGreaterThanOrEqual(5)
    for (const e of past) expect(e.outcomes!.participants, e.slug).toBeGreaterThan(0)
  })

  it('include the 2023 open-door day', () => {
    const openDoor = seed.events.find((e) => e.start.startsWith(openDoorDayOf(2023, 3)))
    expect(openDoor).toBeDefined()
    expect(openDoor!.outcomes!.participants).toBeGreaterThan(0)
  })

  it('include at least one upcoming event taking registrations, with a sane window', () => {
    const open = upcoming.filter((e) => e.registrationEnabled && e.status === 'scheduled')
    expect(open.length).toBeGreaterThanOrEqual(1)
    for (const e of open) {
      expect(e.start > latestPastStart, e.slug).toBe(true)
      if (e.registrationOpens && e.registrationCloses) expect(e.registrationOpens <= e.registrationCloses, e.slug).toBe(true)
      if (e.registrationCloses) expect(e.registrationCloses <= e.start.slice(0, 10), e.slug).toBe(true)
    }
  })

  it('past events do not take registrations', () => {
    expect(past.filter((e) => e.registrationEnabled).map((e) => e.slug)).toEqual([])
  })

  it('have kk and ru everywhere; en is missing only as a whole translation, and only for a few', () => {
    const kkRuProblems = seed.events.flatMap((e) =>
      localizedValues(e).flatMap(({ path, value }) => (['kk', 'ru'] as const).filter((l) => !present(value[l])).map((l) => `${e.slug} ${path}: ${l}`)),
    )
    expect(kkRuProblems).toEqual([])

    const withoutEn = seed.events.filter((e) => missingLanguages(e, e.slug).length > 0)
    // Some events deliberately lack English so the site's fallback is exercised…
    expect(withoutEn.length).toBeGreaterThanOrEqual(1)
    expect(withoutEn.length).toBeLessThanOrEqual(Math.ceil(seed.events.length * 0.2))
    for (const e of withoutEn) {
      // …and then the title (the key field for documentLanguage) is missing in en too, and
      // nothing else but en is missing.
      expect(present(e.title.en), e.slug).toBe(false)
      expect(missingLanguages(e, e.slug).every((p) => p.endsWith(': en')), e.slug).toBe(true)
    }
    // Every event with an English title is fully translated.
    const partial = seed.events.filter((e) => present(e.title.en) && missingLanguages(e, e.slug).length > 0)
    expect(partial.map((e) => missingLanguages(e, e.slug))).toEqual([])
  })
})

describe('mediators', () => {
  it('are all fictional samples, and marked demo', () => {
    for (const m of seed.mediators) {
      expect(m.registryNumber, m.slug).toMatch(/^SAMPLE-/)
      expect(m.demo, m.slug).toBe(true)
    }
  })

  it('never publish contacts and carry no phone or e-mail at all', () => {
    expect(seed.mediators.length).toBeGreaterThan(0)
    for (const m of seed.mediators) {
      expect(m.publishContacts, m.slug).toBe(false)
      expect(Object.keys(m), m.slug).not.toContain('phone')
      expect(Object.keys(m), m.slug).not.toContain('email')
    }
  })

  it('contain no phone number or e-mail address hidden in their texts', () => {
    const text = JSON.stringify(seed.mediators)
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/)
    expect(text).not.toMatch(/(\+7|\b8)[\s(-]*7\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}/)
  })

  it('use valid kinds and specializations and have every text in kk, ru and en', () => {
    for (const m of seed.mediators) {
      expect(['professional', 'public']).toContain(m.kind)
      for (const s of m.specializations) expect(specializationOptions as readonly string[], m.slug).toContain(s)
    }
    expect(seed.mediators.flatMap((m) => missingLanguages(m, m.slug))).toEqual([])
  })
})

describe('publications and open-door results', () => {
  it('publications use valid kinds and dates and are fully translated', () => {
    expect(seed.publications.length).toBeGreaterThan(0)
    for (const p of seed.publications) {
      expect(publicationKinds as readonly string[], p.slug).toContain(p.kind)
      expect(p.date, p.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    expect(seed.publications.flatMap((p) => missingLanguages(p, p.slug))).toEqual([])
  })

  it('press contacts are not private phones', () => {
    const bad = seed.publications.filter((p) =>
      Object.values(p.pressContact ?? {}).some((v) => /(\+7|\b8)[\s(-]*7(0\d|47|5[01]|6[0-4]|7\d)[\s)-]*\d{3}/.test(String(v))),
    )
    expect(bad.map((p) => p.slug)).toEqual([])
  })

  it('open-door results are dated on open-door days and add up', () => {
    expect(seed.openDoorResults.length).toBeGreaterThan(0)
    for (const r of seed.openDoorResults) {
      const { year, quarter } = quarterOf(new Date(`${r.date}T12:00:00+05:00`))
      expect(r.date).toBe(openDoorDayOf(year, quarter))
      expect(r.professional + r.public, r.date).toBe(r.mediators)
      expect(r.agreements, r.date).toBeLessThanOrEqual(r.appeals)
    }
    expect(seed.openDoorResults.flatMap((r) => missingLanguages(r, r.date))).toEqual([])
  })
})

describe('checkReferences', () => {
  const copy = (): SeedContent => structuredClone(seed)

  it('accepts the real content', () => {
    expect(() => checkReferences(copy())).not.toThrow()
  })

  it('throws on an office in an unknown region, naming it', () => {
    const c = copy()
    c.offices[0].region = 'atlantis'
    expect(() => checkReferences(c)).toThrow(/office .*: region atlantis/)
  })

  it('throws on an event in an unknown region or at an unknown office', () => {
    const c = copy()
    const e = c.events.find((x) => x.office)!
    e.office = 'no-such-office'
    expect(() => checkReferences(c)).toThrow(/event .*: office no-such-office/)
    const d = copy()
    d.events[0].region = 'atlantis'
    expect(() => checkReferences(d)).toThrow(/event .*: region atlantis/)
  })

  it('throws on a publication or mediator pointing nowhere', () => {
    const c = copy()
    c.publications[0].region = 'atlantis'
    expect(() => checkReferences(c)).toThrow(/publication .*: region atlantis/)
    const d = copy()
    d.mediators[0].offices = [...d.mediators[0].offices, 'ghost-office']
    expect(() => checkReferences(d)).toThrow(/mediator .*: office ghost-office/)
    const m = copy()
    m.mediators[0].region = 'atlantis'
    expect(() => checkReferences(m)).toThrow(/mediator .*: region atlantis/)
  })

  it('throws when a region referenced by offices is removed', () => {
    const c = copy()
    c.regions = c.regions.filter((r) => r.code !== 'astana')
    expect(() => checkReferences(c)).toThrow(/region astana/)
  })

  it('does not touch the loaded content', () => {
    expect(seed.offices[0].region).not.toBe('atlantis')
    expect(seed.regions.some((r) => r.code === 'astana')).toBe(true)
  })
})

describe('loadSeedContent at the file boundary', () => {
  /** A copy of content/seed with one record of one file changed, as a person editing it might. */
  function seedDirWith(file: string, change: (records: Array<Record<string, unknown>>) => void): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-seed-content-'))
    fs.cpSync(path.join(repoRoot, 'content', 'seed'), dir, { recursive: true })
    const records = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
    change(records)
    fs.writeFileSync(path.join(dir, file), JSON.stringify(records))
    return dir
  }

  function loadError(dir: string): string {
    try {
      loadSeedContent(dir)
      return 'loaded without an error'
    } catch (error) {
      return (error as Error).message
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }

  it('names the file, the record and the allowed values when a value is not in the vocabulary', () => {
    const message = loadError(seedDirWith('events.json', (events) => void (events[0]!.format = 'in-person')))
    expect(message).toContain('events.json')
    expect(message).toContain(`event ${seed.events[0]!.slug}: format "in-person" is not one of offline, online, hybrid`)
  })

  it('checks nested values and language codes too', () => {
    const weekday = loadError(seedDirWith('offices.json', (offices) => void (offices[1]!.hours = [{ day: 'monday', opens: '09:00', closes: '18:00' }])))
    expect(weekday).toContain(`offices.json, office ${seed.offices[1]!.slug}: hours.day "monday" is not one of mon, tue,`)
    const language = loadError(seedDirWith('mediators.json', (mediators) => void (mediators[0]!.languages = ['kz'])))
    expect(language).toContain(`mediators.json, mediator ${seed.mediators[0]!.slug}: languages "kz" is not one of kk, ru, en`)
  })

  it('loads an unchanged copy as the same content', () => {
    const dir = seedDirWith('regions.json', () => {})
    try {
      expect(loadSeedContent(dir)).toEqual(seed)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('indicators.json', () => {
  it('has every text in kk, ru and en, and only rows the rules accept', async () => {
    const { indicatorProblems } = await import('../../cms/core/statistics')
    expect(seed.indicators.flatMap((r) => missingLanguages({ source: r.source, periodNote: r.periodNote, note: r.note }, `${r.year}`))).toEqual([])
    for (const r of seed.indicators) expect(indicatorProblems({ ...r.values, year: r.year, quarter: r.quarter }, new Date('2026-11-23T00:00:00Z'))).toEqual([])
  })

  it('holds the quarterly report’s Q3 2023 figures as national totals, and no regional row the documents do not give', () => {
    const q3 = seed.indicators.find((r) => r.year === 2023 && r.quarter === 3)!
    expect(q3.region).toBeNull()
    expect(q3.values).toMatchObject({ sitesTotal: 485, mediatorsTotal: 1596, mediatorsProfessional: 270, mediatorsPublic: 1326, appeals: 1724, courtReferrals: 161, consultations: 1081, agreements: 643, events: 345, peopleReached: 12223, publications: 546 })
    expect(seed.indicators.filter((r) => r.region !== null)).toEqual([])
  })
})
