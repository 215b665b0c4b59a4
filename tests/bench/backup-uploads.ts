/** Uploads N generated photos into the media collection of KELISIM_DATA_DIR (for bench:backup). */
import sharp from 'sharp'

import { withoutSideEffects } from '../../cms/core/context'

const count = Number(process.argv[2] ?? 20)
const { openPayload, closePayload } = await import('../../cms/scripts/open-payload')
const payload = await openPayload()
for (let i = 0; i < count; i++) {
  const photo = await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: 80 }).toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: `Bench photo ${i}` } as never,
    file: { data: photo, mimetype: 'image/jpeg', name: `bench-${i}.jpg`, size: photo.length },
    overrideAccess: true,
    context: withoutSideEffects,
  })
}
await closePayload(payload)
process.exit(0)
