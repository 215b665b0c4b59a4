/**
 * Writes brotli (.br) and gzip (.gz) copies beside the text files of a built site, so that
 * site/serve.ts (sirv) and nginx (brotli_static, gzip_static) send compressed bytes without
 * compressing anything per request. Runs on a finished build folder, before it goes live.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Text formats the site ships. Pagefind's .pf_* and .pagefind files are gzip already. */
export const compressibleExtensions = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.ics', '.webmanifest'])
/** Below about one packet compression saves no round trip, and the copies would only cost disk. */
export const minBytes = 1024

/**
 * Brotli's top quality takes ~80× longer than quality 5 for ~13% fewer bytes. Scripts and styles
 * are few, shared by every page and cached for a year: worth it. Pages, feeds and sitemaps grow
 * with the content (tens of thousands of files) and are rebuilt on every publish: quality 5.
 */
function brotliQuality(file: string): number {
  return /\.(m?js|css)$/.test(file) ? 11 : 5
}

async function compressFile(file: string): Promise<boolean> {
  return writeCompressedCopies(file, await fs.readFile(file))
}

/** Whether a file of the site gets compressed copies, by its name. */
export const isCompressible = (file: string) => compressibleExtensions.has(path.extname(file).toLowerCase())

/**
 * Writes `file.br` and `file.gz` for the contents `original` (the file itself may not be written
 * yet: a full build compresses each page as it is rendered, see site/middleware.ts).
 */
export async function writeCompressedCopies(file: string, original: Uint8Array): Promise<boolean> {
  if (original.length < minBytes) return false
  const { constants } = zlib
  const [br, gz] = await Promise.all([
    brotli(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzip(original, { level: 9 }),
  ])
  // A copy that is not smaller would only make the servers send more.
  const copies = ([['.br', br], ['.gz', gz]] as const).filter(([, bytes]) => bytes.length < original.length)
  if (copies.length) await fs.mkdir(path.dirname(file), { recursive: true })
  await Promise.all(copies.map(([suffix, bytes]) => fs.writeFile(file + suffix, bytes)))
  return copies.length > 0
}

/** Compresses every eligible file under `dir`; returns how many files got compressed copies. */
export async function precompressTree(dir: string, skip: (relativePath: string) => boolean = () => false): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile() && !path.relative(dir, e.parentPath).split(path.sep).some((part) => part.startsWith('.')))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((file) => !skip(file))
  return precompressFiles(dir, files)
}

/** Compresses the eligible files among `files` (relative to `dir`); an incremental build passes only what changed. */
export async function precompressFiles(dir: string, files: string[]): Promise<number> {
  const queue = files.filter(isCompressible).map((f) => path.join(dir, f))
  let compressed = 0
  // zlib's async calls run on libuv's thread pool: keep it busy without queueing every file at once.
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      // A file an incremental build linked from the live build keeps its copies; a fresh one gets its own.
      await Promise.all(['.br', '.gz'].map((suffix) => fs.rm(file + suffix, { force: true })))
      if ((await fs.stat(file).catch(() => null)) && (await compressFile(file))) compressed++
    }
  }
  await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism()) }, worker))
  return compressed
}
