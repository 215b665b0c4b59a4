import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app lives in cms/, but node_modules and tsconfig are at the repository root.
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  typescript: { tsconfigPath: '../tsconfig.json' },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
