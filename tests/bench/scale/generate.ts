/**
 * A reproducible national-scale data set for benchmarks: offices, mediators, events and
 * publications in kk/ru/en, shaped like content/seed (so the seed's own loader stores it) with
 * realistic text lengths. The real regions and vocabularies are used; everything else is made up
 * and marked as such: every slug starts with `gen-` and every title or name with `[GEN]`.
 *
 * Pure: no file writes, no CMS imports, so a test can check what it produces.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Localized, LocalizedParagraphs, SeedContent } from '../../../cms/seed/content'
import type { Locale } from '../../../cms/core/locales'
import {
  eventFormats,
  eventKinds,
  officeKinds,
  platformTypes,
  publicationKinds,
  specializations,
  vocabularyLabels,
  weekdays,
  type VocabularyKey,
} from '../../../cms/core/vocabulary'

/** The network's real size (DESIGN.md): scale 1 is this; CI runs 1/20. */
export const nationalSize = { offices: 500, mediators: 1600, events: 5000, publications: 600 } as const

/** Marks that no reader can take for real content. */
export const GENERATED_SLUG_PREFIX = 'gen-'
export const GENERATED_TITLE_PREFIX = '[GEN] '

const here = path.dirname(fileURLToPath(import.meta.url))
const regionsFile = path.resolve(here, '../../../content/seed/regions.json')
const openDoorDayTextsFile = path.resolve(here, '../../../content/seed/open-door-day-texts.json')

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const shuffled = [...list].sort(() => next() - 0.5)
    return shuffled.slice(0, int(min, Math.min(max, list.length)))
  }
  return { next, int, pick, some }
}
type Random = ReturnType<typeof seededRandom>

const locales: Locale[] = ['kk', 'ru', 'en']
const label = (key: VocabularyKey): Localized => Object.fromEntries(locales.map((l) => [l, vocabularyLabels[l][key]]))

// Phrase banks per language; sentences are assembled from them so lengths vary like real copy.
const topics: Record<Locale, string[]> = {
  kk: ['отбасылық дауларды шешу', 'мектеп медиациясы', 'еңбек ұжымындағы келісім', 'көршілер арасындағы татулық', 'этносаралық диалог', 'жер дауларындағы медиация', 'тұтынушылар құқығы', 'жастар арасындағы қақтығыстар'],
  ru: ['урегулирование семейных споров', 'школьная медиация', 'согласие в трудовом коллективе', 'добрососедские отношения', 'межэтнический диалог', 'медиация в земельных спорах', 'права потребителей', 'конфликты в молодёжной среде'],
  en: ['resolving family disputes', 'school mediation', 'agreement in the workplace', 'good neighbourly relations', 'interethnic dialogue', 'mediation in land disputes', 'consumer rights', 'conflicts among young people'],
}
const sentences: Record<Locale, string[]> = {
  kk: [
    'Іс-шараға өңірдегі медиаторлар, мемлекеттік органдардың өкілдері және үкіметтік емес ұйымдардың белсенділері қатысты.',
    'Қатысушылар медиация процедурасының кезеңдерімен, келісім жасау тәртібімен және медиатордың бейтараптық қағидатымен танысты.',
    'Практикалық бөлімде рөлдік ойындар арқылы нақты даулы жағдайлар талданып, тараптардың мүдделерін анықтау дағдылары пысықталды.',
    'Сот төрелігі жүйесіндегі медиацияның рөлі және сотқа дейінгі реттеудің артықшылықтары туралы баяндамалар тыңдалды.',
    'Кездесу соңында қатысушыларға сертификаттар табысталып, келесі оқыту кезеңінің жоспары талқыланды.',
    'Медиация кабинеттері азаматтарды тегін қабылдайды және отбасылық, еңбек және тұрмыстық даулар бойынша кеңес береді.',
  ],
  ru: [
    'В мероприятии приняли участие медиаторы региона, представители государственных органов и активисты неправительственных организаций.',
    'Участники познакомились с этапами процедуры медиации, порядком заключения соглашения и принципом беспристрастности медиатора.',
    'В практической части на ролевых играх разобрали реальные конфликтные ситуации и отработали навыки выявления интересов сторон.',
    'Прозвучали доклады о роли медиации в системе правосудия и преимуществах досудебного урегулирования споров.',
    'В завершение встречи участникам вручили сертификаты и обсудили план следующего этапа обучения.',
    'Кабинеты медиации принимают граждан бесплатно и консультируют по семейным, трудовым и бытовым спорам.',
  ],
  en: [
    'Mediators of the region, representatives of state bodies and activists of non-governmental organizations took part in the event.',
    'Participants learned the stages of the mediation procedure, how an agreement is concluded and the principle of the mediator’s impartiality.',
    'In the practical part, role plays analysed real conflict situations and trained the skills of finding out the parties’ interests.',
    'Talks covered the role of mediation in the justice system and the advantages of settling disputes before court.',
    'At the end of the meeting participants received certificates and discussed the plan for the next stage of training.',
    'Mediation offices receive citizens free of charge and advise on family, labour and household disputes.',
  ],
}
const firstNames: Record<Locale, string[]> = {
  kk: ['Айгерім', 'Ерлан', 'Гүлнар', 'Нұрлан', 'Сәуле', 'Бауыржан', 'Динара', 'Асхат', 'Мәдина', 'Қайрат'],
  ru: ['Айгерим', 'Ерлан', 'Гульнар', 'Нурлан', 'Сауле', 'Бауыржан', 'Динара', 'Асхат', 'Мадина', 'Кайрат'],
  en: ['Aigerim', 'Yerlan', 'Gulnar', 'Nurlan', 'Saule', 'Baurzhan', 'Dinara', 'Askhat', 'Madina', 'Kairat'],
}
const lastNames: Record<Locale, string[]> = {
  kk: ['Сейітова', 'Ахметов', 'Жұмабаева', 'Оспанов', 'Қасымова', 'Бекенов', 'Тұрсынова', 'Әлиев'],
  ru: ['Сеитова', 'Ахметов', 'Жумабаева', 'Оспанов', 'Касымова', 'Бекенов', 'Турсынова', 'Алиев'],
  en: ['Seitova', 'Akhmetov', 'Zhumabayeva', 'Ospanov', 'Kassymova', 'Bekenov', 'Tursynova', 'Aliyev'],
}
const roles: Record<Locale, string[]> = {
  kk: ['кәсіби медиатор', 'судья', 'психолог', 'ҚХА медиация кабинетінің жетекшісі', 'заңгер'],
  ru: ['профессиональный медиатор', 'судья', 'психолог', 'руководитель кабинета медиации АНК', 'юрист'],
  en: ['professional mediator', 'judge', 'psychologist', 'head of the APK mediation office', 'lawyer'],
}

type Region = SeedContent['regions'][number]

function loadRegions(): Region[] {
  return JSON.parse(fs.readFileSync(regionsFile, 'utf8')) as Region[]
}

/** The same phrase positions in every language, so the three translations say the same thing. */
function paragraph(random: Random, sentenceCount: number): Localized {
  const picks = Array.from({ length: sentenceCount }, () => random.int(0, sentences.ru.length - 1))
  return Object.fromEntries(locales.map((l) => [l, picks.map((i) => sentences[l][i]).join(' ')]))
}
function paragraphs(random: Random, min: number, max: number): LocalizedParagraphs {
  const list = Array.from({ length: random.int(min, max) }, () => paragraph(random, random.int(2, 4)))
  return Object.fromEntries(locales.map((l) => [l, list.map((p) => p[l]!)]))
}
function personName(random: Random): Localized {
  const f = random.int(0, firstNames.ru.length - 1)
  const s = random.int(0, lastNames.ru.length - 1)
  return Object.fromEntries(locales.map((l) => [l, `${GENERATED_TITLE_PREFIX}${firstNames[l][f]} ${lastNames[l][s]}`]))
}
const eachLocale = (make: (l: Locale) => string): Localized => Object.fromEntries(locales.map((l) => [l, make(l)]))
const pad = (n: number, width = 5) => String(n).padStart(width, '0')
const two = (n: number) => String(n).padStart(2, '0')

export type ScaleCounts = Record<keyof typeof nationalSize, number>

export function countsAt(scale: number): ScaleCounts {
  if (!(scale > 0)) throw new Error(`The scale must be a positive number, got ${scale}.`)
  return Object.fromEntries(Object.entries(nationalSize).map(([k, n]) => [k, Math.max(1, Math.round(n * scale))])) as ScaleCounts
}

/** Generates the data set at a scale (1 = the national size) from a seed; same inputs, same output. */
export function generateNationalDataSet(scale = 1, seed = 20260301): SeedContent {
  const random = seededRandom(seed)
  const counts = countsAt(scale)
  const regions = loadRegions()

  const offices: SeedContent['offices'] = Array.from({ length: counts.offices }, (_, i) => {
    const region = random.pick(regions)
    const kind = i < 20 ? 'house-of-friendship' : i === 20 ? 'university' : 'dialogue-platform'
    const platformType = kind === 'dialogue-platform' ? random.pick(platformTypes) : null
    const kindLabel = label(`office.kind.${kind}` as VocabularyKey)
    const hostLabel = platformType ? label(`office.platform.${platformType}` as VocabularyKey) : kindLabel
    const opens = random.pick(['08:30', '09:00', '10:00'])
    return {
      slug: `${GENERATED_SLUG_PREFIX}office-${pad(i + 1)}`,
      kind: officeKinds.includes(kind) ? kind : 'dialogue-platform',
      platformType,
      region: region.code,
      name: eachLocale((l) => `${GENERATED_TITLE_PREFIX}${kindLabel[l]} № ${i + 1} — ${region.centre[l]}`),
      hostOrganization: eachLocale((l) => `${hostLabel[l]}, ${region.centre[l]}`),
      settlement: region.centre,
      address: eachLocale((l) => `${l === 'en' ? 'Street' : l === 'ru' ? 'ул.' : 'көше'} ${random.int(1, 120)}`),
      lat: Number((region.lat + (random.next() - 0.5) * 0.2).toFixed(4)),
      lng: Number((region.lng + (random.next() - 0.5) * 0.2).toFixed(4)),
      phone: `+7 7${random.int(0, 9)}${random.int(0, 9)} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      email: '',
      languages: random.next() < 0.2 ? ['kk', 'ru', 'en'] : ['kk', 'ru'],
      // Five working days, sometimes a Saturday: the shape of real opening hours.
      hours: [...weekdays.slice(0, random.next() < 0.2 ? 6 : 5)].map((day) => ({ day, opens, closes: day === 'sat' ? '13:00' : '18:00' })),
      description: paragraph(random, random.int(2, 3)),
    }
  })

  const mediators: SeedContent['mediators'] = Array.from({ length: counts.mediators }, (_, i) => {
    const office = random.pick(offices)
    const professional = random.next() < 270 / 1596
    return {
      slug: `${GENERATED_SLUG_PREFIX}mediator-${pad(i + 1)}`,
      name: personName(random),
      kind: professional ? 'professional' : 'public',
      registryNumber: `GEN-${pad(i + 1, 6)}`,
      region: office.region,
      offices: random.next() < 0.15 ? [office.slug, random.pick(offices).slug].filter((s, k, all) => all.indexOf(s) === k) : [office.slug],
      languages: office.languages,
      specializations: random.some(specializations, 1, 3),
      bio: paragraph(random, random.int(1, 3)),
      publishContacts: false,
    }
  })

  // Events spread over six years, a few a day, most of them past.
  const firstDay = Date.UTC(2021, 0, 1)
  const events: SeedContent['events'] = Array.from({ length: counts.events }, (_, i) => {
    const kind = random.pick(eventKinds)
    const format = random.pick(eventFormats)
    const office = random.pick(offices)
    const day = new Date(firstDay + random.int(0, 6 * 365) * 86_400_000)
    const date = `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`
    const hour = random.int(9, 16)
    const topic = random.int(0, topics.ru.length - 1)
    const kindLabel = label(`event.kind.${kind}` as VocabularyKey)
    const capacity = random.int(15, 104)
    const past = day.getTime() < Date.UTC(2026, 0, 1)
    return {
      slug: `${GENERATED_SLUG_PREFIX}event-${pad(i + 1)}`,
      kind,
      format,
      start: `${date}T${two(hour)}:00`,
      end: `${date}T${two(hour + 2)}:00`,
      region: office.region,
      office: format === 'online' ? null : office.slug,
      venue: null,
      onlineUrl: format === 'offline' ? '' : `https://example.org/gen/${i + 1}`,
      audience: eachLocale((l) => sentences[l][0]!.slice(0, 90)),
      languages: office.languages,
      title: eachLocale((l) => `${GENERATED_TITLE_PREFIX}${kindLabel[l]}: ${topics[l][topic]}`),
      summary: paragraph(random, random.int(1, 2)),
      body: paragraphs(random, 2, 4),
      speakers: Array.from({ length: random.int(1, 4) }, () => ({ name: personName(random), role: eachLocale((l) => random.pick(roles[l])) })),
      capacity,
      registrationOpens: null,
      registrationCloses: null,
      registrationEnabled: !past && random.next() < 0.5,
      status: random.next() < 0.95 ? 'scheduled' : random.pick(['postponed', 'cancelled']),
      outcomes: past ? { participants: random.int(15, capacity), certificates: random.next() < 0.5 ? random.int(10, 15) : null, summary: paragraph(random, 1) } : null,
    }
  })

  const publications: SeedContent['publications'] = Array.from({ length: counts.publications }, (_, i) => {
    const kind = random.pick(publicationKinds)
    const day = new Date(firstDay + random.int(0, 6 * 365) * 86_400_000)
    const topic = random.int(0, topics.ru.length - 1)
    const kindLabel = label(`publication.kind.${kind}` as VocabularyKey)
    const region = random.next() < 0.7 ? random.pick(regions) : null
    return {
      slug: `${GENERATED_SLUG_PREFIX}publication-${pad(i + 1)}`,
      kind,
      date: `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`,
      title: eachLocale((l) => `${GENERATED_TITLE_PREFIX}${kindLabel[l]}: ${topics[l][topic]}${region ? ` — ${region.name[l]}` : ''}`),
      summary: paragraph(random, 2),
      body: paragraphs(random, 3, 6),
      region: region?.code ?? null,
      pressContact: eachLocale((l) => (l === 'en' ? 'Press service, +7 7172 00 00 00' : l === 'ru' ? 'Пресс-служба, +7 7172 00 00 00' : 'Баспасөз қызметі, +7 7172 00 00 00')),
    }
  })

  // The real open-door-day texts: the seed adds the next days from the rule, as it does for the portal.
  const openDoorDayTexts: SeedContent['openDoorDayTexts'] = JSON.parse(fs.readFileSync(openDoorDayTextsFile, 'utf8'))
  return { openDoorDayTexts, regions, offices, mediators, events, publications, openDoorResults: [], indicators: [] }
}
