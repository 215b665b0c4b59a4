import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { databaseKind, sqliteUrl } from '../../cms/db'
import { repoRoot } from '../../cms/lib/paths'

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
