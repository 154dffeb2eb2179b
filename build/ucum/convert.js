'use strict';
// Copies the UCUM definitions that npm @lhncbc/ucum-lhc ships (data/ucumDefs.min.json) into the gzip-compressed
// file the build embeds in Trialdex.Core, read by src/Trialdex.Core/Eligibility/Units/UnitVocabulary.cs. The JSON
// is unchanged; this only checks that it has the prefixes and units tables the reader needs, so that a release
// that moved them fails the build rather than a screening.
// Usage: node convert.js <node_modules folder> <output .json.gz>
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error('usage: node convert.js <node_modules folder> <output .json.gz>');
  process.exit(2);
}

const source = path.join(modules, '@lhncbc', 'ucum-lhc', 'data', 'ucumDefs.min.json');
const text = fs.readFileSync(source, 'utf8');
const definitions = JSON.parse(text);
for (const table of ['prefixes', 'units']) {
  const section = definitions[table];
  if (!section || !Array.isArray(section.config) || !Array.isArray(section.data) || section.data.length === 0) {
    console.error(`${source}: no "${table}" table with "config" and "data"`);
    process.exit(1);
  }
}

fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
fs.writeFileSync(output, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.log(`${output}: ${definitions.prefixes.data.length} prefixes, ${definitions.units.data.length} units`);
