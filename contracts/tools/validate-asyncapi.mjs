// Parses contracts/asyncapi.yaml with the official AsyncAPI parser (@asyncapi/parser), resolving the
// JSON Schema files it references, and fails on any error or warning. Run by the build (contracts/pom.xml).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';

const document = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'asyncapi.yaml');
const parser = new Parser();
const { document: parsed, diagnostics } = await fromFile(parser, document).parse();
const names = ['error', 'warning', 'information', 'hint'];
const serious = diagnostics.filter((d) => d.severity <= 1);
for (const d of diagnostics) {
  console.log(`${names[d.severity]} ${d.code} at ${d.path.join('.')}: ${d.message}`);
}
if (!parsed || serious.length > 0) {
  console.error(`asyncapi.yaml: ${serious.length} error(s) or warning(s)`);
  process.exit(1);
}
console.log(`asyncapi.yaml ${parsed.version()}: ${parsed.channels().length} channels, ${parsed.messages().length} messages, no errors or warnings`);
