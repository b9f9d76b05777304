// Checks Parley's JSON Schemas with ajv, a JavaScript implementation independent of the Java one
// (networknt) used by SchemaTest, against what Parley's Java reader accepts and refuses:
//   - every version's schema compiles in ajv's strict mode;
//   - every document and JSON Lines line that the Java writer produced (the seed dataset and the
//     random datasets exported by SchemaCorpusExportTest) is valid;
//   - every document of the bad corpus that expected.tsv marks "rejects" is invalid under the
//     schema of the version it declares (the documented beyond-schema cases are left out).
// Usage: node check.mjs SCHEMA_DIR CORPUS_DIR BAD_DIR VALID_DIR SEEDS_DIR
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

const [schemaDir, corpusDir, badDir, validDir, seedsDir] = process.argv.slice(2);
const failures = [];
let checked = 0;

const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemas = {};
for (const version of ["1.0", "1.1", "1.2"]) {
  const schema = JSON.parse(readFileSync(join(schemaDir, `parley-${version}.schema.json`), "utf8"));
  ajv.addSchema(schema);
  schemas[version] = {
    document: ajv.getSchema(schema.$id),
    line: ajv.getSchema(`${schema.$id}#/$defs/line`),
  };
}

function expectValid(name, validate, text) {
  checked++;
  if (!validate(JSON.parse(text))) {
    failures.push(`${name} should be valid: ${ajv.errorsText(validate.errors)}`);
  }
}

function expectInvalid(name, validate, text) {
  checked++;
  let value;
  try {
    value = JSON.parse(text);
  } catch (unparseable) {
    return; // not JSON at all: refused before any schema
  }
  if (validate(value)) {
    failures.push(`${name} should be refused by the schema`);
  }
}

function declared(text) {
  const header = /"parley"\s*:\s*"(1\.[0-9])"/.exec(text);
  return header ? header[1] : "1.0";
}

function checkLines(name, text) {
  const lines = text.split("\n").filter((l) => l.length > 0);
  lines.forEach((line, i) => expectValid(`${name}:${i + 1}`, schemas[declared(lines[0])].line, line));
}

// What the Java writer produced.
for (const file of readdirSync(corpusDir).sort()) {
  const text = readFileSync(join(corpusDir, file), "utf8");
  if (file.endsWith(".jsonl")) {
    checkLines(file, text);
  } else if (file.endsWith(".json")) {
    expectValid(file, schemas[declared(text)].document, text);
  }
}
const seedDocument = readFileSync(join(seedsDir, "istanbul-2025.parley.json"), "utf8");
expectValid("seeds/istanbul-2025.parley.json", schemas[declared(seedDocument)].document, seedDocument);
checkLines("seeds/istanbul-2025.parley.jsonl", readFileSync(join(seedsDir, "istanbul-2025.parley.jsonl"), "utf8"));
const everyField = readFileSync(join(validDir, "every-field-once.json"), "utf8");
expectValid("valid/every-field-once.json", schemas[declared(everyField)].document, everyField);

// What the Java reader refuses.
let refused = 0;
for (const row of readFileSync(join(badDir, "expected.tsv"), "utf8").split("\n")) {
  if (row.startsWith("#") || row.trim() === "") {
    continue;
  }
  const [file, , , schema] = row.split("\t");
  if (schema !== "rejects") {
    continue;
  }
  const text = readFileSync(join(badDir, file), "utf8");
  expectInvalid(`bad/${file}`, schemas[declared(text)].document, text);
  refused++;
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  console.error(`ajv: ${failures.length} of ${checked} checks failed`);
  process.exit(1);
}
console.log("ajv (draft 2020-12, strict mode): the schemas of 1.0, 1.1 and 1.2 compile;"
  + ` ${checked - refused} documents and lines the Java writer produced are valid; ${refused} documents the Java`
  + ` reader refuses are refused`);
