#!/usr/bin/env node
// Syntax check for PowerShell scripts on a machine without PowerShell.
//
// Usage: node check.js FILE.ps1...
// Parses each file with the tree-sitter PowerShell grammar and reports every ERROR and MISSING node
// as "path:line:col: syntax error near '<text>'", plus encoding problems (see decode.js) as
// "path:line:1: encoding: ...". Prints "OK path" for each clean file.
// Exit 0: every file clean; 1: at least one problem; 2: the checker itself cannot run (the parser
// does not load, a file cannot be read, no file given). Never exits 0 without having parsed.
//
// What this proves: the file parses (the grammar agrees with PowerShell's on structure: braces,
// quotes, here-strings, param blocks, attributes...). What it cannot prove: that cmdlets exist, that
// parameters bind, or anything that happens at run time (see docs/platform.md).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import { decodePowerShellSource } from './decode.js';

const require = createRequire(import.meta.url);

// The grammar's WebAssembly is one large parse table; V8's optimising tier spends ~9 s of CPU on
// it per run for no gain on a few small files. The baseline compiler (Liftoff) alone loads it in
// well under a second. Set before anything compiles WebAssembly; an unknown flag is ignored.
v8.setFlagsFromString('--liftoff-only');

function fail(message) {
  process.stderr.write(`ps-syntax: ${message}\n`);
  process.exit(2);
}

// web-tree-sitter (WebAssembly) rather than the native `tree-sitter` addon: the addon's linux-x64
// prebuild needs a newer libstdc++ (GLIBCXX_3.4.31) than Debian 12 has, so npm would compile it,
// which needs a compiler and Node headers a clean CI machine does not have. The grammar package ships
// its own .wasm; nothing here is native or compiled at install time.
async function loadParser() {
  let Parser;
  let Language;
  let grammarPath;
  try {
    ({ Parser, Language } = await import('web-tree-sitter'));
    grammarPath = require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
  } catch (e) {
    fail(`cannot load web-tree-sitter or the PowerShell grammar (run 'npm ci' in tools/ps-syntax): ${e.message}`);
  }
  try {
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(readFileSync(grammarPath)));
    return parser;
  } catch (e) {
    fail(`the PowerShell grammar does not load into this web-tree-sitter: ${e.message}`);
  }
}

// One line of source text for a message: first line only, long text cut, ' doubled as in PowerShell.
function snippet(text) {
  const firstLine = text.split(/\r?\n/)[0].trim();
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}...` : firstLine;
  return shown.replace(/'/g, "''");
}

// Every ERROR and MISSING node, in document order, one per position (an ERROR node's first child
// often starts where it does; reporting both would say the same thing twice).
function syntaxErrors(tree, lines) {
  const found = [];
  const seen = new Set();
  const visit = (node) => {
    if (!node.hasError && !node.isMissing) return;
    const { row, column } = node.startPosition;
    const key = `${row}:${column}`;
    if (node.isMissing) {
      if (!seen.has(key)) {
        seen.add(key);
        const near = snippet((lines[row] ?? '').slice(Math.max(0, column - 20)));
        found.push({ row, column, message: `syntax error near '${near}' (missing '${node.type}')` });
      }
      return;
    }
    if (node.isError && !seen.has(key)) {
      seen.add(key);
      const text = node.text || (lines[row] ?? '').slice(column);
      found.push({ row, column, message: `syntax error near '${snippet(text)}'` });
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return found;
}

function checkFile(parser, path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`cannot read ${path}: ${e.message}`);
  }
  const decoded = decodePowerShellSource(bytes);
  const problems = decoded.problems.map((p) => `${path}:${p.line}:1: encoding: ${p.message}`);
  if (decoded.text !== null) {
    const tree = parser.parse(decoded.text);
    if (!tree) fail(`the parser returned no tree for ${path}`);
    const lines = decoded.text.split('\n');
    for (const e of syntaxErrors(tree, lines)) {
      problems.push(`${path}:${e.row + 1}:${e.column + 1}: ${e.message}`);
    }
  }
  return problems;
}

async function main(files) {
  if (files.length === 0) fail('usage: node check.js FILE.ps1...');
  const parser = await loadParser();
  let bad = 0;
  for (const path of files) {
    const problems = checkFile(parser, path);
    if (problems.length === 0) {
      process.stdout.write(`OK ${path}\n`);
    } else {
      bad++;
      for (const p of problems) process.stdout.write(`${p}\n`);
    }
  }
  if (bad > 0) {
    process.stdout.write(`ps-syntax: ${bad} of ${files.length} file(s) have problems\n`);
    process.exit(1);
  }
}

await main(process.argv.slice(2));
