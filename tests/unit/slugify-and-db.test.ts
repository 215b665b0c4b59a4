import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { databaseKind, sqliteUrl } from '../../cms/db'
import { repoRoot } from '../../cms/lib/paths'
import { slugify } from '../../cms/lib/slugify'

describe('slugify', () => {
  it('transliterates each Kazakh-specific letter', () => {
    expect(slugify('ә ғ қ ң ө ұ ү һ і')).toBe('a-g-q-n-o-u-u-h-i')
    expect(slugify('әғқңөұүһі')).toBe('agqnouuhi')
  })

  it('transliterates upper-case Kazakh letters too', () => {
    expect(slugify('ӘҒҚҢӨҰҮҺІ')).toBe('agqnouuhi')
    expect(slugify('ҚАЗАҚСТАН')).toBe('qazaqstan')
  })

  it('transliterates Kazakh words', () => {
    expect(slugify('Достық үйі')).toBe('dostyq-uyi')
    expect(slugify('Қоғамдық келісім')).toBe('qogamdyq-kelisim')
    expect(slugify('Медиация кабинеті – Өскемен')).toBe('mediatsiya-kabineti-oskemen')
  })

  it('transliterates Russian letters, including multi-letter ones and the signs', () => {
    expect(slugify('Щука ёж чай шар хор цирк юла яма')).toBe('shchuka-yozh-chay-shar-khor-tsirk-yula-yama')
    expect(slugify('съезд, объём, соль')).toBe('sezd-obyom-sol')
    expect(slugify('Круглый стол: медиация в школе')).toBe('kruglyy-stol-mediatsiya-v-shkole')
    expect(slugify('Эхо')).toBe('ekho')
  })

  it('collapses punctuation and spaces into single dashes and trims them', () => {
    expect(slugify('  Hello,   World!!! — «test» (2024)  ')).toBe('hello-world-test-2024')
    expect(slugify('--a--b--')).toBe('a-b')
    expect(slugify('a_b.c/d')).toBe('a-b-c-d')
  })

  it('strips Latin diacritics and keeps digits', () => {
    expect(slugify('Café Zürich 2026')).toBe('cafe-zurich-2026')
  })

  it('gives only [a-z0-9-] output', () => {
    const s = slugify('Семинар-тренинг «Медиация» — ҚХА, 2023 ж. & co.')
    expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(s).toBe('seminar-trening-mediatsiya-qkha-2023-zh-co')
  })

  it('does not mangle the number sign № (common in school and office names)', () => {
    // '№' decomposes (NFKD) to 'No'. Either keeping it as 'no' or dropping it is fine;
    // keeping only the 'o' is not.
    expect(['shkola-no5', 'shkola-5', 'shkola-no-5']).toContain(slugify('Школа №5'))
    expect(['mektep-no12', 'mektep-12', 'mektep-no-12']).toContain(slugify('Мектеп №12'))
  })

  it('returns an empty string when nothing is left', () => {
    expect(slugify('')).toBe('')
    expect(slugify('!!! ... ---')).toBe('')
  })

  it('cuts at maxLength without leaving a trailing dash', () => {
    expect(slugify('abc def ghi', 8)).toBe('abc-def') // 'abc-def-' cut, dash dropped
    expect(slugify('abc def ghi', 7)).toBe('abc-def')
    expect(slugify('abc def ghi', 4)).toBe('abc')
    expect(slugify('abc def ghi', 5)).toBe('abc-d')
  })

  it('defaults to at most 80 characters', () => {
    const long = slugify('медиация '.repeat(30))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long.length).toBeGreaterThan(70)
    expect(long.endsWith('-')).toBe(false)
    expect(long.startsWith('mediatsiya-mediatsiya')).toBe(true)
  })

  it('is idempotent on its own output', () => {
    for (const t of ['Достық үйі', 'Круглый стол', 'Hello, World']) {
      const once = slugify(t)
      expect(slugify(once)).toBe(once)
    }
  })
})

describe('databaseKind', () => {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.DATABASE_URI
    delete process.env.DATABASE_URI
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_URI
    else process.env.DATABASE_URI = saved
  })

  it('recognizes MongoDB URIs', () => {
    expect(databaseKind('mongodb://localhost:27017/kelisim')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://user:pass@cluster0.example.net/kelisim')).toBe('mongodb')
  })

  it('uses SQLite for file: URLs, plain paths and nothing', () => {
    expect(databaseKind('file:./data/kelisim.db')).toBe('sqlite')
    expect(databaseKind('/var/lib/kelisim.db')).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind()).toBe('sqlite')
  })

  it('does not take a URI that merely contains "mongodb://" for MongoDB', () => {
    expect(databaseKind('file:/tmp/mongodb://x.db')).toBe('sqlite')
    expect(databaseKind('mongodb:/localhost')).toBe('sqlite')
  })

  it('reads DATABASE_URI when no argument is given', () => {
    process.env.DATABASE_URI = 'mongodb://db:27017/kelisim'
    expect(databaseKind()).toBe('mongodb')
    process.env.DATABASE_URI = 'file:kelisim.db'
    expect(databaseKind()).toBe('sqlite')
  })
})

describe('sqliteUrl', () => {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.DATABASE_URI
    delete process.env.DATABASE_URI
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_URI
    else process.env.DATABASE_URI = saved
  })

  function fileOf(url: string): string {
    expect(url.startsWith('file:')).toBe(true)
    return url.slice('file:'.length)
  }

  it('finds the repository root (this repo)', () => {
    expect(path.isAbsolute(repoRoot)).toBe(true)
    expect(path.resolve(repoRoot)).toBe(path.resolve(__dirname, '..', '..'))
  })

  it('resolves a relative file: path against the repository root', () => {
    const file = fileOf(sqliteUrl('file:data/test.db'))
    expect(path.isAbsolute(file)).toBe(true)
    expect(file).toBe(path.resolve(repoRoot, 'data/test.db'))
  })

  it('resolves ./ and ../ relative paths', () => {
    expect(fileOf(sqliteUrl('file:./x.db'))).toBe(path.join(repoRoot, 'x.db'))
    expect(fileOf(sqliteUrl('file:../x.db'))).toBe(path.resolve(repoRoot, '..', 'x.db'))
  })

  it('keeps absolute paths, with or without file://', () => {
    expect(sqliteUrl('file:/tmp/kelisim-test.db')).toBe('file:/tmp/kelisim-test.db')
    expect(sqliteUrl('file:///tmp/kelisim-test.db')).toBe('file:/tmp/kelisim-test.db')
  })

  it('accepts a bare path', () => {
    expect(sqliteUrl('/tmp/k.db')).toBe('file:/tmp/k.db')
    expect(fileOf(sqliteUrl('k.db'))).toBe(path.join(repoRoot, 'k.db'))
  })

  it('defaults to an absolute path ending in kelisim.db', () => {
    for (const url of [sqliteUrl(undefined), sqliteUrl()]) {
      const file = fileOf(url)
      expect(path.isAbsolute(file)).toBe(true)
      expect(path.basename(file)).toBe('kelisim.db')
    }
  })

  it('reads DATABASE_URI when no argument is given', () => {
    process.env.DATABASE_URI = 'file:from-env.db'
    expect(sqliteUrl()).toBe(`file:${path.join(repoRoot, 'from-env.db')}`)
  })
})
