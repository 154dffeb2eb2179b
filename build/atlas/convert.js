'use strict';
// Turns Natural Earth's 1:110m country outlines (npm world-atlas, TopoJSON) into Trialdex's atlas file, a UTF-8
// text file read by src/Trialdex.Web/Features/Locations/WorldAtlas.cs. Format (documented in README.md):
//   #trialdex-atlas<TAB>1                                   header, first line
//   # free text                                             comments (attribution)
//   W<TAB>width<TAB>height<TAB>north<TAB>scale              the projection: x = (lon + 180) * scale, y = (north - lat) * scale
//   C<TAB>iso2<TAB>display name<TAB>alias|alias<TAB>path    one country: an SVG path in those coordinates
//   E<TAB>countries                                         the last line: how many C records came before
// Usage: node convert.js <node_modules folder> <output .tsv>
const fs = require('fs');
const path = require('path');

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error('usage: node convert.js <node_modules folder> <output .tsv>');
  process.exit(2);
}

const { feature } = require(path.join(path.resolve(modules), 'topojson-client'));
const topology = JSON.parse(fs.readFileSync(path.join(modules, 'world-atlas', 'countries-110m.json'), 'utf8'));
const isoRoot = path.join(modules, 'i18n-iso-countries');
const codes = JSON.parse(fs.readFileSync(path.join(isoRoot, 'codes.json'), 'utf8'));
const english = JSON.parse(fs.readFileSync(path.join(isoRoot, 'langs', 'en.json'), 'utf8')).countries;
// The gazetteer's spellings of countries as ClinicalTrials.gov writes them, so map shapes and records meet.
const gazetteerAliases = require('../gazetteer/country-aliases.json');

// Equirectangular, Antarctica left out: 720 × 286 units from 84° N to 59° S.
const SCALE = 2;
const NORTH = 84;
const SOUTH = -59;
const WIDTH = 360 * SCALE;
const HEIGHT = (NORTH - SOUTH) * SCALE;
// Shapes Natural Earth gives no ISO numeric code.
const byName = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };
const extraNames = { XK: ['Kosovo'] };

const clean = (text) => String(text ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
const round = (value) => Math.round(value * 10) / 10;
const numericToAlpha2 = new Map(codes.map(([iso2, , numeric]) => [numeric, iso2]));

// A ring that crosses the antimeridian (Russia's Chukotka, Fiji) would draw a line across the whole map: its
// western-hemisphere points move east by 360°, beyond the map's right edge, which the SVG viewBox clips.
function unwrap(ring) {
  const lons = ring.map(([lon]) => lon);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}

function ringPath(ring) {
  ring = unwrap(ring);
  let out = '';
  let px = 0;
  let py = 0;
  ring.forEach(([lon, lat], i) => {
    const x = round((lon + 180) * SCALE);
    const y = round((NORTH - lat) * SCALE);
    if (i === 0) {
      out += `M${x} ${y}`;
    } else {
      const dx = round(x - px);
      const dy = round(y - py);
      if (dx === 0 && dy === 0) return;
      out += `l${dx} ${dy}`;
    }
    px = x;
    py = y;
  });
  return out + 'z';
}

function geometryPath(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.flatMap((polygon) => polygon.map(ringPath)).join('');
}

const shapes = new Map();
for (const country of feature(topology, topology.objects.countries).features) {
  const name = clean(country.properties.name);
  const iso2 = country.id !== undefined ? numericToAlpha2.get(String(country.id).padStart(3, '0')) : byName[name];
  if (!iso2 || iso2 === 'AQ') continue;
  const d = geometryPath(country.geometry);
  const shape = shapes.get(iso2) ?? { names: new Set(), d: '' };
  shape.names.add(name);
  shape.d += d;
  shapes.set(iso2, shape);
}

const lines = [
  '#trialdex-atlas\t1',
  '# Country outlines: Natural Earth 1:110m (public domain, https://www.naturalearthdata.com), via npm world-atlas (ISC);',
  '# ISO 3166-1 codes and English names: npm i18n-iso-countries (MIT), with build/gazetteer/country-aliases.json.',
  ['W', WIDTH, HEIGHT, NORTH, SCALE].join('\t'),
];
for (const [iso2, shape] of [...shapes].sort(([a], [b]) => a.localeCompare(b))) {
  const names = [english[iso2], extraNames[iso2], gazetteerAliases.aliases[iso2], [...shape.names]].flat().filter(Boolean).map(clean);
  const display = clean(gazetteerAliases.display[iso2] ?? names[0]);
  const aliases = [...new Set(names.filter((n) => n && n !== display))];
  lines.push(['C', iso2, display, aliases.join('|'), shape.d].join('\t'));
}
lines.push(['E', shapes.size].join('\t'));

fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
fs.writeFileSync(output + '.tmp', lines.join('\n') + '\n');
fs.renameSync(output + '.tmp', output);
console.log(`atlas: ${shapes.size} countries, ${fs.statSync(output).size} bytes → ${output}`);
