/**
 * Prepared statements are reused per connection (cms/db.ts): the same text gives the same answers
 * with new arguments, and a schema change is seen by the next statement (its result columns too).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { reusePreparedStatements } from '../../cms/db'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-statements-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('reused prepared statements', () => {
  it('answer each execution with its own arguments, and follow schema changes', async () => {
    reusePreparedStatements()
    const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    await client.execute('create table t (id integer primary key, name text)')
    const insert = 'insert into t (name) values (?) returning id, name'
    expect((await client.execute({ sql: insert, args: ['бір'] })).rows[0]).toMatchObject({ id: 1, name: 'бір' })
    expect((await client.execute({ sql: insert, args: ['екі'] })).rows[0]).toMatchObject({ id: 2, name: 'екі' })
    const byName = 'select id from t where name = ?'
    expect((await client.execute({ sql: byName, args: ['екі'] })).rows.map((r) => r.id)).toEqual([2])
    expect((await client.execute({ sql: byName, args: ['үш'] })).rows).toEqual([])
    expect((await client.execute('select * from t order by id')).columns).toEqual(['id', 'name'])
    await client.execute('alter table t add column note text')
    await client.execute({ sql: 'update t set note = ? where id = ?', args: ['ескертпе', 1] })
    const all = await client.execute('select * from t order by id')
    expect(all.columns).toEqual(['id', 'name', 'note'])
    expect(all.rows[0]).toMatchObject({ id: 1, name: 'бір', note: 'ескертпе' })
    client.close()
  })
})
