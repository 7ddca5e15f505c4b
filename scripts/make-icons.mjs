// Draws the toolbar icons (a calendar page with a shield-green check) as PNGs without any
// image dependency. Run once: node scripts/make-icons.mjs; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges at 16 px.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          r += pr * pa;
          g += pg * pa;
          b += pb * pa;
          a += pa;
        }
      const o = 1 + x * 4;
      row[o] = a ? r / a : 0;
      row[o + 1] = a ? g / a : 0;
      row[o + 2] = a ? b / a : 0;
      row[o + 3] = (a / 16) * 255;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (x, y, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
};

const NAVY = [30, 58, 95],
  WHITE = [255, 255, 255],
  GREEN = [22, 128, 84];
const pixel = (x, y) => {
  if (!inRoundRect(x, y, 0.06, 0.1, 0.94, 0.94, 0.14)) return [0, 0, 0, 0];
  if (y < 0.32) return [...NAVY, 1];
  const check = Math.min(
    distToSegment(x, y, 0.3, 0.62, 0.45, 0.77),
    distToSegment(x, y, 0.45, 0.77, 0.72, 0.46),
  );
  if (check < 0.07) return [...GREEN, 1];
  return inRoundRect(x, y, 0.06, 0.1, 0.94, 0.94, 0.14) && (x < 0.12 || x > 0.88 || y > 0.88)
    ? [...NAVY, 1]
    : [...WHITE, 1];
};

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size, pixel));
