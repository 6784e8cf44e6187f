// Renders the placeholder illustrations that content/ references into content/images/.
// Each image is an SVG scene (no text) seeded by its file name, so reruns produce the same files.
//   npx tsx scripts/generate-content-images.ts           render missing images
//   npx tsx scripts/generate-content-images.ts --force   re-render every image
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

type Palette = { sky: [string, string]; ground: string; accent: string; ink: string; light: string };
type Rng = () => number;
type Opts = Record<string, string | boolean>;
type SceneFn = (r: Rng, p: Palette, o: Opts) => string;

const W = 2000;
const H = 1333;
const outDir = path.join(process.cwd(), 'content', 'images');

const palettes = {
  dawn: { sky: ['#e9b89a', '#fbe9d7'], ground: '#5b6470', accent: '#e07a5f', ink: '#2f3b4a', light: '#fff3e0' },
  dusk: { sky: ['#2b3a67', '#f2a65a'], ground: '#1f2533', accent: '#f28f3b', ink: '#161b2a', light: '#ffd89b' },
  night: { sky: ['#0b1026', '#2c3566'], ground: '#0d1020', accent: '#ffcf5c', ink: '#05070f', light: '#ffe9a8' },
  noon: { sky: ['#6fa8dc', '#dceefb'], ground: '#6b8f71', accent: '#e94f37', ink: '#2e4052', light: '#ffffff' },
  haze: { sky: ['#b9b6ad', '#e9e4d8'], ground: '#8a8a80', accent: '#b85c38', ink: '#56574f', light: '#fffaf0' },
  winter: { sky: ['#8fb0cc', '#eef2f5'], ground: '#d8dee5', accent: '#3d6b8c', ink: '#34495e', light: '#ffffff' },
  autumn: { sky: ['#6fa6d6', '#f4e3c1'], ground: '#6d4c2f', accent: '#d94f1e', ink: '#3b2a1a', light: '#fff4d6' },
  stage: { sky: ['#120d1f', '#42205a'], ground: '#0a0710', accent: '#e0b65a', ink: '#07050b', light: '#ffe8b0' },
  studio: { sky: ['#1d2b45', '#44618a'], ground: '#2a2f3a', accent: '#c8a96a', ink: '#0f1623', light: '#dfe9ff' },
  teal: { sky: ['#1f4e5f', '#7fb7be'], ground: '#143642', accent: '#f4a259', ink: '#0b2530', light: '#e8f6f3' },
  slate: { sky: ['#7f95a8', '#d5dde3'], ground: '#5c6f7e', accent: '#c44536', ink: '#2c3e50', light: '#f5f7f8' },
  warm: { sky: ['#cdb48f', '#f3e7d3'], ground: '#8c6e4f', accent: '#b5523b', ink: '#4a3b2e', light: '#fffaf0' },
  clinic: { sky: ['#d3dee2', '#f7fafb'], ground: '#b8c4c9', accent: '#5aa3a8', ink: '#5f6f76', light: '#ffffff' },
  paper: { sky: ['#efe3c8', '#e2cda0'], ground: '#c9a978', accent: '#c0392b', ink: '#2b2b2b', light: '#fff8e8' },
} satisfies Record<string, Palette>;
type PaletteName = keyof typeof palettes;

function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

function rngFor(name: string): Rng {
  let a = hash(name);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (r: Rng, lo: number, hi: number) => lo + r() * (hi - lo);
const pick = <T,>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  return `#${[0, 1, 2].map((i) => Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * t).toString(16).padStart(2, '0')).join('')}`;
}

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}" ${extra}/>`;
const circle = (x: number, y: number, rad: number, fill: string, extra = '') =>
  `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${rad.toFixed(1)}" fill="${fill}" ${extra}/>`;

function ridge(r: Rng, base: number, amp: number, fill: string): string {
  let d = `M0 ${H} L0 ${base}`;
  for (let x = 0; x <= W; x += 250) d += ` Q${x + 125} ${base - between(r, 0.2, 1) * amp} ${x + 250} ${base - between(r, 0, 0.6) * amp}`;
  return `<path d="${d} L${W} ${H} Z" fill="${fill}"/>`;
}

function person(x: number, y: number, s: number, fill: string): string {
  return circle(x, y - s * 1.1, s * 0.45, fill) + rect(x - s * 0.7, y - s * 0.6, s * 1.4, s * 2, fill, `rx="${(s * 0.5).toFixed(1)}"`);
}

function people(r: Rng, n: number, y: number, size: number, fill: string): string {
  return times(n, () => {
    const s = size * between(r, 0.8, 1.2);
    return person(between(r, 0, W), y + between(r, -s, s), s, fill);
  });
}

function buildings(r: Rng, p: Palette, layer: number, base: number, windows: boolean): string {
  const fill = mix(p.ink, p.sky[1], 0.55 - layer * 0.22);
  let x = between(r, -80, 0);
  let out = '';
  while (x < W) {
    const w = between(r, 70, 190);
    const h = between(r, 120, 380) * (1 + layer * 0.5);
    out += rect(x, base - h, w, h + 5, fill);
    if (windows && layer > 0) {
      for (let wy = base - h + 24; wy < base - 20; wy += 34)
        for (let wx = x + 14; wx < x + w - 18; wx += 28) if (r() < 0.35) out += rect(wx, wy, 10, 14, p.light, 'opacity="0.55"');
    }
    x += w + between(r, 4, 30);
  }
  return out;
}

const scenes: Record<string, SceneFn> = {
  skyline: (r, p, o) => {
    const base = o.river ? H * 0.7 : H * 0.82;
    let out = '';
    if (o.tower) out += ridge(r, H * 0.62, 120, mix(p.ink, p.sky[1], 0.3)) + rect(W * 0.62, H * 0.2, 18, H * 0.32, p.ink) + circle(W * 0.62 + 9, H * 0.24, 34, p.light, 'opacity="0.9"');
    if (o.pyramid) out += `<path d="M${W * 0.7} ${base} L${W * 0.76} ${H * 0.18} L${W * 0.82} ${base} Z" fill="${mix(p.ink, p.sky[1], 0.45)}"/>`;
    const layers = o.lowrise ? [2] : [0, 1, 2];
    for (const l of layers) out += buildings(r, p, l, base + l * 20, o.windows !== false);
    if (o.lowrise) out += times(14, (i) => rect(i * 150 + between(r, -20, 20), H * 0.55 + between(r, 0, 90), 135, H, mix(p.accent, p.ink, between(r, 0.3, 0.6))));
    if (o.river) out += rect(0, base + 40, W, H, mix(p.sky[0], p.ground, 0.5)) + times(8, (i) => rect(between(r, 0, W), base + 70 + i * 28, between(r, 200, 600), 4, p.light, 'opacity="0.35"'));
    else out += rect(0, base + 40, W, H, p.ground);
    if (o.crosswalk) out += times(9, (i) => rect(i * 230 + 30, H * 0.9, 130, 70, p.light, 'opacity="0.8"')) + people(r, 26, H * 0.86, 34, p.ink);
    if (o.signs) out += times(20, () => rect(between(r, 0, W), between(r, H * 0.45, H * 0.8), 24, between(r, 60, 160), pick(r, [p.accent, p.light, '#e85d75', '#5dade2']), 'opacity="0.85"'));
    return out;
  },
  mountains: (r, p, o) => {
    let out = '';
    for (let i = 0; i < 4; i++) out += ridge(r, H * (0.45 + i * 0.12), 160 - i * 20, mix(p.sky[1], p.ground, 0.35 + i * 0.2));
    if (o.smoke) out += `<g filter="url(#soft)">${times(9, (i) => circle(W * 0.55 + between(r, -40, 40) + i * 12, H * 0.62 - i * 70, 60 + i * 14, '#6b6b6b', 'opacity="0.55"'))}</g>` + times(6, (i) => rect(W * 0.45 + i * 70, H * 0.6, 50, 80, mix(p.ink, p.sky[1], 0.4)));
    if (o.fence) out += rect(0, H * 0.86, W, 6, p.ink) + times(40, (i) => rect(i * 52, H * 0.8, 6, 110, p.ink)) + times(4, (i) => rect(W * 0.3 + i * 130, H * 0.62, 110, 80, p.ink) + rect(W * 0.3 + i * 130 + 50, H * 0.7, 10, 110, p.ink));
    if (o.fields) out += times(10, (i) => `<path d="M${W * 0.5} ${H * 0.62} L${i * 220 - 100} ${H} L${i * 220 + 10} ${H} Z" fill="${i % 2 ? mix(p.ground, p.accent, 0.2) : p.ground}"/>`) + times(60, () => circle(between(r, 0, W), between(r, H * 0.7, H), between(r, 6, 14), '#2f5d3a'));
    if (o.foliage) out += times(220, () => circle(between(r, -50, W + 50), between(r, H * 0.58, H), between(r, 18, 55), pick(r, ['#c0392b', '#e67e22', '#d35400', '#f1c40f', '#a93226']), 'opacity="0.85"'));
    if (o.trail) out += `<path d="M${W * 0.1} ${H} Q${W * 0.45} ${H * 0.75} ${W * 0.6} ${H * 0.62}" stroke="${p.light}" stroke-width="60" fill="none" opacity="0.6"/>` + people(r, 14, H * 0.8, 18, p.ink);
    return out;
  },
  sea: (r, p, o) => {
    const horizon = H * between(r, 0.52, 0.6);
    let out = `<g filter="url(#soft)">${circle(between(r, W * 0.15, W * 0.85), horizon - between(r, 60, 260), between(r, 70, 130), p.light, 'opacity="0.8"')}</g>`;
    out += rect(0, horizon, W, H, mix(p.sky[0], p.ground, 0.55));
    out += times(10, (i) => rect(between(r, 0, W), horizon + 30 + i * 45, between(r, 150, 500), 3, p.light, 'opacity="0.3"'));
    if (o.trail) out += `<path d="M${W * 0.3} ${horizon} C${W * 0.35} ${H * 0.3} ${W * 0.5} ${H * 0.12} ${W * 0.72} ${H * 0.05}" stroke="#ffffff" stroke-width="10" fill="none" opacity="0.85" filter="url(#soft)"/>`;
    if (o.tanks) out += times(12, (i) => { const x = 120 + i * 150; const y = horizon - 40; return rect(x, y - 90, 120, 110, '#b9c2c9') + `<ellipse cx="${x + 60}" cy="${y - 90}" rx="60" ry="14" fill="#d9dfe3"/>`; }) + rect(0, horizon - 20, W, 40, p.ground);
    if (o.stacks) out += rect(W * 0.45, horizon - 160, 520, 160, p.ink) + times(3, (i) => rect(W * 0.5 + i * 140, horizon - 520, 44, 380, p.ink) + `<g filter="url(#soft)">${circle(W * 0.5 + i * 140 + 22, horizon - 560, 50, '#ffffff', 'opacity="0.35"')}</g>`);
    if (o.containers) out += times(40, (i) => rect(60 + (i % 20) * 95, horizon - 40 - Math.floor(i / 20) * 45, 90, 42, pick(r, ['#c0392b', '#2e86c1', '#f39c12', '#1e8449', '#7f8c8d']))) + times(3, (i) => rect(300 + i * 600, horizon - 420, 24, 380, p.ink) + rect(200 + i * 600, horizon - 420, 300, 24, p.ink));
    if (o.hull) out += `<path d="M${W * 0.15} ${horizon + 120} Q${W * 0.2} ${horizon + 40} ${W * 0.4} ${horizon + 40} L${W * 0.85} ${horizon + 50} L${W * 0.85} ${horizon + 130} Z" fill="${p.ink}"/>` + rect(W * 0.38, horizon - 60, 110, 110, p.ink) + rect(0, horizon + 150, W, 40, mix(p.ground, p.ink, 0.4));
    if (o.villa) out += ridge(r, horizon + 20, 60, mix(p.ground, p.ink, 0.3)) + rect(W * 0.55, horizon - 120, 300, 130, '#e9e2d0') + `<path d="M${W * 0.55 - 20} ${horizon - 120} L${W * 0.55 + 150} ${horizon - 210} L${W * 0.55 + 320} ${horizon - 120} Z" fill="#8e3b2e"/>` + times(30, () => circle(between(r, 0, W), horizon - between(r, 0, 80), between(r, 30, 70), '#2e4a3a'));
    return out;
  },
  podium: (r, p, o) => {
    let out = times(24, (i) => rect(i * 84, 0, 84, H, mix(p.sky[0], p.sky[1], (i % 2) * 0.15 + 0.2), 'opacity="0.6"'));
    const flags = [pick(r, ['#c0392b', '#2e86c1', '#f5f5f5']), pick(r, ['#1a5276', '#f5f5f5', '#b03a2e'])];
    if (o.flags !== false) flags.forEach((f, i) => { const x = i ? W * 0.78 : W * 0.18; out += rect(x, H * 0.12, 8, H * 0.7, p.accent) + `<path d="M${x + 8} ${H * 0.16} q120 40 0 ${H * 0.4} q-60 -150 0 -${H * 0.4}Z" fill="${f}" opacity="0.9"/>`; });
    out += rect(0, H * 0.82, W, H, p.ground) + `<path d="M${W * 0.42} ${H * 0.48} L${W * 0.58} ${H * 0.48} L${W * 0.56} ${H} L${W * 0.44} ${H} Z" fill="${mix(p.ink, p.accent, 0.25)}"/>`;
    out += person(W * 0.5, H * 0.42, 70, p.ink) + circle(W * 0.5, H * 0.58, 38, p.accent, 'opacity="0.8"');
    return out + `<g filter="url(#soft)">${circle(W * 0.5, H * 0.3, 260, p.light, 'opacity="0.18"')}</g>`;
  },
  dome: (r, p, o) => {
    const cx = W * 0.5;
    const base = H * 0.72;
    const stone = o.night ? mix(p.light, p.ink, 0.55) : mix('#f2efe6', p.sky[0], 0.15);
    let out = o.flat ? '' : `<path d="M${cx - 230} ${base - 400} A230 200 0 0 1 ${cx + 230} ${base - 400} Z" fill="${o.green ? '#5f8f7a' : stone}"/>` + rect(cx - 250, base - 420, 500, 40, stone);
    out += rect(cx - 620, base - 380, 1240, 380, stone) + times(14, (i) => rect(cx - 580 + i * 86, base - 340, 30, 330, mix(stone, p.ink, 0.12)));
    out += rect(cx - 680, base - 20, 1360, 40, mix(stone, p.ink, 0.2)) + rect(0, base + 20, W, H, p.ground);
    if (o.pool) out += rect(W * 0.15, base + 90, W * 0.7, 120, mix(p.sky[0], p.sky[1], 0.5), 'opacity="0.8"');
    if (o.night) out += times(30, () => rect(cx - 560 + r() * 1100, base - 320 + r() * 280, 14, 22, p.light, 'opacity="0.7"')) + people(r, 120, H * 0.93, 26, p.ink);
    if (o.crowd) out += people(r, 30, H * 0.9, 30, p.ink) + times(8, () => rect(between(r, 0, W), H * 0.8, 120, 40, pick(r, [p.accent, '#f5f5f5', '#27ae60'])));
    return out;
  },
  chamber: (r, p) => {
    let out = rect(W * 0.3, H * 0.08, W * 0.4, H * 0.18, p.light, 'opacity="0.15"') + times(30, (i) => rect(W * 0.31 + (i % 10) * 78, H * 0.1 + Math.floor(i / 10) * 70, 60, 50, r() < 0.75 ? '#3fa34d' : '#d64541', 'opacity="0.8"'));
    for (let i = 0; i < 8; i++) out += `<path d="M${W * 0.5 - 300 - i * 130} ${H} A${300 + i * 130} ${220 + i * 90} 0 0 1 ${W * 0.5 + 300 + i * 130} ${H}" stroke="${mix(p.accent, p.ink, 0.4 + i * 0.05)}" stroke-width="46" fill="none"/>`;
    return out + people(r, 70, H * 0.72, 18, p.ink);
  },
  stadium: (r, p, o) => {
    let out = rect(0, H * 0.25, W, H * 0.3, mix(p.ink, p.sky[1], 0.25)) + times(500, () => circle(between(r, 0, W), between(r, H * 0.27, H * 0.52), 6, pick(r, [p.accent, p.light, '#c0392b', '#888888']), 'opacity="0.6"'));
    out += times(4, (i) => rect(160 + i * 560, H * 0.02, 16, H * 0.3, p.ink) + `<g filter="url(#soft)">${circle(168 + i * 560, H * 0.04, 70, p.light, 'opacity="0.7"')}</g>`);
    const field = o.field === 'court' ? '#2c5aa0' : '#3f8f4a';
    out += `<path d="M${W * 0.08} ${H} L${W * 0.22} ${H * 0.55} L${W * 0.78} ${H * 0.55} L${W * 0.92} ${H} Z" fill="${field}"/>`;
    if (o.field === 'baseball') out += `<path d="M${W * 0.5} ${H * 0.95} L${W * 0.66} ${H * 0.75} L${W * 0.5} ${H * 0.6} L${W * 0.34} ${H * 0.75} Z" fill="#c49a6c"/>` + circle(W * 0.5, H * 0.76, 40, '#d9b38c');
    else if (o.field === 'court') out += rect(W * 0.3, H * 0.62, W * 0.4, H * 0.3, 'none', `stroke="#ffffff" stroke-width="6"`) + rect(W * 0.3, H * 0.74, W * 0.4, 10, '#f5f5f5');
    else out += `<ellipse cx="${W * 0.5}" cy="${H * 0.75}" rx="200" ry="70" stroke="#ffffff" stroke-width="6" fill="none" opacity="0.8"/>` + rect(W * 0.49, H * 0.55, 6, H * 0.45, '#ffffff', 'opacity="0.7"');
    return out + people(r, Number(o.players ?? 6), H * 0.8, 42, pick(r, [p.accent, '#c0392b', '#f5f5f5']));
  },
  crowd: (r, p, o) => {
    let out = '';
    if (o.stage) out += rect(W * 0.15, H * 0.45, W * 0.7, H * 0.2, mix(p.ink, p.accent, 0.3)) + times(5, (i) => `<path d="M${W * (0.2 + i * 0.15)} 0 L${W * (0.16 + i * 0.15)} ${H * 0.6} L${W * (0.26 + i * 0.15)} ${H * 0.6} Z" fill="${p.light}" opacity="0.12"/>`) + people(r, 6, H * 0.42, 40, p.accent);
    if (o.screen) out += rect(W * 0.32, H * 0.12, W * 0.36, H * 0.3, p.light, 'opacity="0.85"') + rect(W * 0.34, H * 0.15, W * 0.32, H * 0.24, mix(p.sky[0], p.accent, 0.4));
    if (o.tent) out += `<path d="M${W * 0.2} ${H * 0.5} L${W * 0.5} ${H * 0.3} L${W * 0.8} ${H * 0.5} Z" fill="${p.accent}"/>` + rect(W * 0.25, H * 0.62, W * 0.5, 40, p.light, 'opacity="0.8"');
    if (o.indoor) out += rect(0, H * 0.55, W, H, p.ground) + times(6, (i) => rect(W * 0.1 + i * 290, H * 0.2, 180, 220, p.light, 'opacity="0.5"'));
    else out += rect(0, H * 0.7, W, H, p.ground);
    if (!o.indoor && !o.stage) out += times(5, (i) => rect(W * (0.08 + i * 0.21), H * 0.3, 10, H * 0.4, p.ink)) + `<g filter="url(#soft)">${times(5, (i) => circle(W * (0.08 + i * 0.21) + 5, H * 0.3, 40, p.light, 'opacity="0.6"'))}</g>`;
    const n = o.sparse ? 40 : 260;
    for (let row = 0; row < 5; row++) out += people(r, n / 5, H * (0.62 + row * 0.08), 22 + row * 8, mix(p.ink, p.sky[1], 0.25 - row * 0.05));
    if (o.lights) out += `<g filter="url(#soft)">${times(220, () => circle(between(r, 0, W), between(r, H * 0.5, H * 0.95), between(r, 6, 14), pick(r, String(o.lights).split(','))))}</g>`;
    return out;
  },
  chip: (r, p, o) => {
    let out = '';
    if (o.wafer) {
      out += `<defs><clipPath id="wafer"><circle cx="${W * 0.5}" cy="${H * 0.5}" r="560"/></clipPath><linearGradient id="iri" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="#8e44ad"/><stop offset="0.5" stop-color="#48c9b0"/><stop offset="1" stop-color="#f5b041"/></linearGradient></defs>`;
      out += circle(W * 0.5, H * 0.5, 560, 'url(#iri)', 'opacity="0.85"') + `<g clip-path="url(#wafer)" opacity="0.5">${times(24, (i) => rect(W * 0.5 - 600 + i * 50, 0, 3, H, p.ink) + rect(0, H * 0.5 - 600 + i * 50, W, 3, p.ink))}</g>`;
      return out;
    }
    for (let i = 0; i < 70; i++) {
      const x = Math.round(between(r, 0, W) / 40) * 40;
      const y = Math.round(between(r, 0, H) / 40) * 40;
      out += `<path d="M${x} ${y} h${pick(r, [-1, 1]) * between(r, 80, 400)} v${pick(r, [-1, 1]) * between(r, 60, 300)}" stroke="${p.accent}" stroke-width="6" fill="none" opacity="0.6"/>` + circle(x, y, 12, p.light, 'opacity="0.8"');
    }
    return out + rect(W * 0.35, H * 0.3, W * 0.3, H * 0.4, mix(p.ink, p.sky[1], 0.2), `rx="20" stroke="${p.accent}" stroke-width="8"`);
  },
  interior: (r, p, o) => {
    let out = rect(0, H * 0.68, W, H, p.ground) + rect(W * 0.62, H * 0.1, W * 0.28, H * 0.45, p.light, 'opacity="0.7"');
    const spines = (x: number, y: number, w: number, h: number) => { let s = ''; for (let bx = x; bx < x + w - 20;) { const bw = between(r, 18, 44); s += rect(bx, y + between(r, 0, h * 0.25), bw, h, pick(r, ['#a93226', '#1f618d', '#d4ac0d', '#117a65', '#6c3483', '#dc7633', '#f2f3f4'])); bx += bw + 2; } return s; };
    if (o.kind === 'shelves') out += times(4, (i) => rect(80, 140 + i * 270, W - 160, 14, p.ink) + spines(90, 140 + i * 270 - 170, W - 180, 170));
    if (o.kind === 'books' || o.kind === 'desk') out += rect(W * 0.1, H * 0.66, W * 0.8, 40, p.ink) + times(5, (i) => times(6, (j) => rect(W * 0.14 + i * 260 + between(r, -8, 8), H * 0.66 - (j + 1) * 42, 220, 38, pick(r, ['#a93226', '#1f618d', '#f2f3f4', '#d4ac0d', '#117a65']))));
    if (o.kind === 'desk') out += rect(W * 0.6, H * 0.5, 300, 190, '#2c3e50') + circle(W * 0.3, H * 0.58, 50, p.accent);
    if (o.kind === 'corridor') out += `<path d="M0 0 L${W * 0.42} ${H * 0.35} L${W * 0.42} ${H * 0.65} L0 ${H} Z" fill="${mix(p.sky[0], p.ink, 0.15)}"/><path d="M${W} 0 L${W * 0.58} ${H * 0.35} L${W * 0.58} ${H * 0.65} L${W} ${H} Z" fill="${mix(p.sky[0], p.ink, 0.1)}"/>` + times(3, (i) => rect(W * (0.08 + i * 0.1), H * (0.2 + i * 0.05), 60, H * (0.5 - i * 0.1), p.accent, 'opacity="0.6"'));
    if (o.kind === 'hall') out += times(7, (i) => rect(W * 0.08 + i * 280, H * 0.05, 60, H * 0.7, mix(p.sky[0], p.ink, 0.12))) + `<g filter="url(#soft)">${rect(W * 0.3, 0, W * 0.4, H * 0.08, p.light)}</g>` + people(r, 18, H * 0.78, 16, p.ink);
    if (o.kind === 'table') out += rect(W * 0.1, H * 0.62, W * 0.8, 60, '#b08d57') + people(r, 8, H * 0.58, 40, p.ink) + times(8, () => circle(between(r, W * 0.15, W * 0.85), H * 0.64, 28, '#f5f5f5'));
    if (o.kind === 'screen') out += rect(W * 0.2, H * 0.12, W * 0.6, H * 0.42, p.ink) + rect(W * 0.22, H * 0.15, W * 0.56, H * 0.36, mix(p.sky[0], p.accent, 0.35)) + people(r, 20, H * 0.82, 40, p.ink);
    return out;
  },
  school: (r, p, o) => {
    let out = rect(0, H * 0.72, W, H, mix(p.ground, '#d8c3a5', 0.5));
    if (o.apartments) out += buildings(r, p, 1, H * 0.72, true);
    else out += ridge(r, H * 0.55, 90, mix(p.sky[1], '#4e7a55', 0.5)) + rect(W * 0.45, H * 0.38, W * 0.45, H * 0.34, '#efe8dc') + times(12, (i) => rect(W * 0.47 + (i % 6) * 140, H * 0.42 + Math.floor(i / 6) * 110, 90, 70, '#8fb3c9'));
    out += rect(W * 0.1, H * 0.6, 12, H * 0.2, p.ink) + rect(W * 0.28, H * 0.6, 12, H * 0.2, p.ink) + rect(W * 0.1, H * 0.6, W * 0.18 + 12, 12, p.ink) + rect(W * 0.15, H * 0.6, 4, 120, p.ink) + rect(W * 0.13, H * 0.69, 90, 12, p.accent);
    out += rect(W * 0.33, H * 0.5, 30, H * 0.25, '#5d4037') + times(14, () => circle(W * 0.34 + between(r, -140, 140), H * 0.42 + between(r, -100, 80), between(r, 60, 110), pick(r, ['#f4d03f', '#f7dc6f', '#e9b824']), 'opacity="0.9"'));
    return out;
  },
  temple: (r, p, o) => {
    const roof = (x: number, y: number, w: number) => `<path d="M${x - 60} ${y} Q${x + w / 2} ${y - 40} ${x + w + 60} ${y} L${x + w + 90} ${y - 50} Q${x + w / 2} ${y - 150} ${x - 90} ${y - 50} Z" fill="#3b3b3b"/>` + rect(x, y, w, 150, '#8e3b2e') + times(5, (i) => rect(x + 20 + i * (w - 40) / 4, y, 16, 150, '#c0a060'));
    let out = ridge(r, H * 0.55, 120, mix(p.sky[1], '#8a5a2b', 0.5)) + roof(W * 0.3, H * 0.5, 520) + (o.reflection ? '' : roof(W * 0.62, H * 0.58, 300));
    if (o.reflection) out += rect(0, H * 0.66, W, H, mix(p.sky[0], p.ground, 0.35)) + `<g transform="translate(0 ${H * 1.33}) scale(1 -1)" opacity="0.35">${roof(W * 0.3, H * 0.5, 520)}</g>`;
    else out += rect(0, H * 0.78, W, H, p.ground);
    return out + times(110, () => circle(pick(r, [between(r, -50, W * 0.28), between(r, W * 0.8, W + 50), between(r, 0, W)]), pick(r, [between(r, 0, H * 0.22), between(r, H * 0.72, H)]), between(r, 22, 60), pick(r, ['#c0392b', '#e67e22', '#f1c40f', '#a93226']), 'opacity="0.85"'));
  },
  painting: (r, p) =>
    circle(W * 0.75, H * 0.25, 140, p.accent, 'opacity="0.8"') +
    `<path d="M${W * 0.1} ${H} C${W * 0.15} ${H * 0.6} ${W * 0.1} ${H * 0.3} ${W * 0.2} ${H * 0.1}" stroke="#4a3426" stroke-width="40" fill="none"/>` +
    times(7, (i) => `<ellipse cx="${W * 0.2 + i * 90}" cy="${H * 0.2 + (i % 3) * 70}" rx="150" ry="40" fill="#2e5e3e" opacity="0.85"/>`) +
    `<path d="M${W * 0.32} ${H * 0.26} q40 -40 90 -10 l60 -10 l-50 30 q-40 30 -100 -10 Z" fill="#1c2833"/>` +
    `<path d="M${W * 0.35} ${H * 0.95} Q${W * 0.38} ${H * 0.5} ${W * 0.6} ${H * 0.48} Q${W * 0.8} ${H * 0.48} ${W * 0.82} ${H * 0.95} Z" fill="#e08e2b"/>` +
    times(9, (i) => `<path d="M${W * 0.42 + i * 45} ${H * 0.55 + (i % 2) * 20} q20 80 -5 160" stroke="#1c1c1c" stroke-width="16" fill="none"/>`) +
    circle(W * 0.55, H * 0.58, 26, '#f7f1e1') + circle(W * 0.65, H * 0.58, 26, '#f7f1e1') + circle(W * 0.55, H * 0.58, 10, '#1c1c1c') + circle(W * 0.65, H * 0.58, 10, '#1c1c1c'),
};

function portrait(r: Rng, p: Palette): string {
  const shade = mix(p.ink, p.sky[0], between(r, 0.1, 0.3));
  const head = between(r, 88, 104);
  const hair = r() < 0.5 ? `<ellipse cx="300" cy="${(236 - between(r, 0, 20)).toFixed(1)}" rx="${(head + between(r, 4, 22)).toFixed(1)}" ry="${(head * 0.9).toFixed(1)}" fill="${shade}"/>` : '';
  return `<g filter="url(#soft)">${circle(300, 250, 190, p.light, 'opacity="0.25"')}</g>` + hair +
    `<path d="M${between(r, 70, 110).toFixed(1)} 600 Q${between(r, 100, 130).toFixed(1)} 440 300 430 Q${between(r, 470, 500).toFixed(1)} 440 ${between(r, 490, 530).toFixed(1)} 600 Z" fill="${shade}"/>` +
    rect(262, 320, 76, 130, shade) + `<ellipse cx="300" cy="265" rx="${head.toFixed(1)}" ry="${(head * 1.18).toFixed(1)}" fill="${shade}"/>`;
}

function svgFor(name: string, width: number, height: number, body: string, p: Palette, seed: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient>
<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient>
<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${width / 120}"/></filter>
<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.006" numOctaves="3" seed="${seed % 1000}"/><feColorMatrix type="saturate" values="0"/></filter></defs>
<rect width="100%" height="100%" fill="url(#sky)"/>${body}
<rect width="100%" height="100%" filter="url(#grain)" opacity="0.12" style="mix-blend-mode:overlay"/>
<rect width="100%" height="100%" fill="url(#vignette)"/><!-- ${name} --></svg>`;
}

type ImageSpec = { name: string; scene: keyof typeof scenes | 'portrait'; palette: PaletteName; opts?: Opts };

const images: ImageSpec[] = [
  { name: 'trump-white-house-reporters', scene: 'podium', palette: 'studio' },
  { name: 'blue-house-nsc-briefing', scene: 'podium', palette: 'teal' },
  { name: 'foreign-ministry-briefing-forced-labor', scene: 'podium', palette: 'slate' },
  { name: 'state-department-briefing-room', scene: 'podium', palette: 'studio', opts: { flags: true } },
  { name: 'stockholm-villa-talks', scene: 'sea', palette: 'slate', opts: { villa: true } },
  { name: 'kaesong-liaison-office-smoke', scene: 'mountains', palette: 'haze', opts: { smoke: true } },
  { name: 'dmz-loudspeakers-border', scene: 'mountains', palette: 'dawn', opts: { fence: true } },
  { name: 'gwangmyeong-farmland-saplings', scene: 'mountains', palette: 'noon', opts: { fields: true } },
  { name: 'naejangsan-maple-valley', scene: 'mountains', palette: 'autumn', opts: { foliage: true } },
  { name: 'naejangsan-hikers-trail', scene: 'mountains', palette: 'autumn', opts: { foliage: true, trail: true } },
  { name: 'east-sea-dawn-missile-trail', scene: 'sea', palette: 'dawn', opts: { trail: true } },
  { name: 'fukushima-coast-tanks', scene: 'sea', palette: 'slate', opts: { tanks: true } },
  { name: 'coal-power-plant-coast', scene: 'sea', palette: 'dusk', opts: { stacks: true } },
  { name: 'busan-port-containers', scene: 'sea', palette: 'noon', opts: { containers: true } },
  { name: 'navy-submarine-harbor', scene: 'sea', palette: 'slate', opts: { hull: true } },
  { name: 'japan-export-chip-materials', scene: 'chip', palette: 'teal' },
  { name: 'wafer-circuit-closeup', scene: 'chip', palette: 'studio', opts: { wafer: true } },
  { name: 'ryu-hyun-jin-pitching', scene: 'stadium', palette: 'noon', opts: { field: 'baseball', players: '2' } },
  { name: 'world-cup-2022-celebration', scene: 'stadium', palette: 'night', opts: { field: 'football', players: '9' } },
  { name: 'world-cup-2022-phones-waiting', scene: 'stadium', palette: 'night', opts: { field: 'football', players: '14' } },
  { name: 'paris-badminton-arena', scene: 'stadium', palette: 'stage', opts: { field: 'court', players: '1' } },
  { name: 'parasite-oscars-stage', scene: 'crowd', palette: 'stage', opts: { stage: true } },
  { name: 'election-2020-polling-station', scene: 'crowd', palette: 'noon', opts: { sparse: true, tent: true } },
  { name: 'world-cup-2022-fans-gwanghwamun', scene: 'crowd', palette: 'night', opts: { screen: true, lights: '#e74c3c,#ff6f61,#ffffff' } },
  { name: 'yeouido-rally-light-sticks', scene: 'crowd', palette: 'night', opts: { lights: '#f5b7b1,#aed6f1,#f9e79f,#d2b4de,#a3e4d7' } },
  { name: 'yeouido-rally-vote-screen', scene: 'crowd', palette: 'dusk', opts: { screen: true, lights: '#f9e79f,#ffffff' } },
  { name: 'yeouido-rally-hot-packs', scene: 'crowd', palette: 'night', opts: { tent: true, sparse: true } },
  { name: 'yeouido-rally-cleanup', scene: 'crowd', palette: 'night', opts: { sparse: true } },
  { name: 'election-night-2025-supporters', scene: 'crowd', palette: 'night', opts: { stage: true, lights: '#2e86c1,#5dade2,#ffffff' } },
  { name: 'jeonse-victims-meeting', scene: 'crowd', palette: 'warm', opts: { indoor: true, sparse: true } },
  { name: 'national-assembly-night-martial-law', scene: 'dome', palette: 'night', opts: { night: true, green: true } },
  { name: 'assembly-dome-winter-morning', scene: 'dome', palette: 'winter', opts: { green: true } },
  { name: 'washington-capitol-dusk', scene: 'dome', palette: 'dusk', opts: { pool: true } },
  { name: 'constitutional-court-climate-plaintiffs', scene: 'dome', palette: 'noon', opts: { flat: true, crowd: true } },
  { name: 'assembly-plenary-vote', scene: 'chamber', palette: 'studio' },
  { name: 'seoul-apartment-blocks-dusk', scene: 'skyline', palette: 'dusk', opts: { river: true } },
  { name: 'seoul-apartment-towers-han-river', scene: 'skyline', palette: 'autumn', opts: { river: true } },
  { name: 'pyongyang-skyline-haze', scene: 'skyline', palette: 'haze', opts: { pyramid: true, windows: false } },
  { name: 'namsan-tower-night-city', scene: 'skyline', palette: 'night', opts: { tower: true } },
  { name: 'tokyo-street-evening', scene: 'skyline', palette: 'dusk', opts: { signs: true } },
  { name: 'seoul-winter-commuters', scene: 'skyline', palette: 'winter', opts: { crosswalk: true, windows: false } },
  { name: 'incheon-villa-blocks', scene: 'skyline', palette: 'haze', opts: { lowrise: true } },
  { name: 'missile-launch-news-screen', scene: 'interior', palette: 'studio', opts: { kind: 'screen' } },
  { name: 'han-kang-bookstore-shelves', scene: 'interior', palette: 'warm', opts: { kind: 'shelves' } },
  { name: 'han-kang-novels-stack', scene: 'interior', palette: 'warm', opts: { kind: 'books' } },
  { name: 'translator-desk-books', scene: 'interior', palette: 'warm', opts: { kind: 'desk' } },
  { name: 'maternity-ward-corridor', scene: 'interior', palette: 'clinic', opts: { kind: 'corridor' } },
  { name: 'national-museum-great-hall', scene: 'interior', palette: 'clinic', opts: { kind: 'hall' } },
  { name: 'rural-school-lunch-table', scene: 'interior', palette: 'warm', opts: { kind: 'table' } },
  { name: 'empty-playground-apartment', scene: 'school', palette: 'noon', opts: { apartments: true } },
  { name: 'rural-school-playground-autumn', scene: 'school', palette: 'autumn' },
  { name: 'naejangsan-temple-roofs', scene: 'temple', palette: 'autumn' },
  { name: 'naejangsan-bridge-reflection', scene: 'temple', palette: 'autumn', opts: { reflection: true } },
  { name: 'minhwa-tiger-magpie', scene: 'painting', palette: 'paper' },
  ...(
    [
      ['hwang-joon-bum', 'slate'], ['choi-hye-rin', 'dawn'], ['seo-dong-hyun', 'teal'], ['yoon-ga-young', 'autumn'],
      ['oh-ji-hoon', 'noon'], ['han-seo-yeon', 'paper'], ['baek-jae-min', 'winter'], ['kang-eun-jung', 'warm'], ['lim-tae-sung', 'studio'],
    ] as const
  ).map(([slug, palette]): ImageSpec => ({ name: `portrait-${slug}`, scene: 'portrait', palette })),
];

async function render(spec: ImageSpec, force: boolean): Promise<string> {
  const file = path.join(outDir, `${spec.name}.jpg`);
  if (!force && existsSync(file)) return 'skipped';
  const r = rngFor(spec.name);
  const p: Palette = palettes[spec.palette];
  const isPortrait = spec.scene === 'portrait';
  const body = isPortrait ? portrait(r, p) : (scenes[spec.scene] as SceneFn)(r, p, spec.opts ?? {});
  const svg = svgFor(spec.name, isPortrait ? 600 : W, isPortrait ? 600 : H, body, p, hash(spec.name));
  await sharp(Buffer.from(svg)).jpeg({ quality: 78, progressive: true, mozjpeg: true }).toFile(file);
  return 'rendered';
}

async function main() {
  const force = process.argv.includes('--force');
  mkdirSync(outDir, { recursive: true });
  for (const spec of images) console.log(`${await render(spec, force)} ${spec.name}.jpg`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
