// Offline stand-in for `tsc`: compiles src/**/*.ts to dist/*.js by erasing type
// syntax (the output keeps every line and column of the input), then has node
// syntax-check each output file. It understands the erasable subset this app is
// written in: `import type`, `interface` and `type` declarations, annotations on
// variables, on function and arrow parameters and return types, optional
// parameters, and type arguments written without a space (`new Map<K, V>()`).
// Anything else (enums, namespaces, `as`, class modifiers) is left in place and
// the syntax check fails the build. A real project would run `tsc` instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const options = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions ?? {};
const srcDir = path.join(root, options.rootDir ?? 'src');
const outDir = path.join(root, options.outDir ?? 'dist');

const PUNCT = ['===', '!==', '...', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--',
  '+=', '-=', '*=', '/=', '**'];
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** Splits source into tokens; whitespace and comments are kept as tokens of kind 'trivia'. */
function tokenize(src) {
  const toks = [];
  let i = 0;
  let prev = null;
  const push = (kind, start) => {
    const tok = { kind, start, end: i, value: src.slice(start, i) };
    toks.push(tok);
    if (kind !== 'trivia') prev = tok;
  };
  const regexAllowed = () => !prev || (prev.kind === 'punct' && !CLOSE.has(prev.value))
    || (prev.kind === 'ident' && ['return', 'typeof', 'case', 'of', 'in'].includes(prev.value));
  while (i < src.length) {
    const start = i;
    const c = src[i];
    if (/\s/.test(c)) {
      while (i < src.length && /\s/.test(src[i])) i++;
      push('trivia', start);
    } else if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
      push('trivia', start);
    } else if (src.startsWith('/*', i)) {
      i = src.indexOf('*/', i + 2);
      i = i < 0 ? src.length : i + 2;
      push('trivia', start);
    } else if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
      i++;
      push('string', start);
    } else if (c === '`') {
      i++;
      let depth = 0;
      while (i < src.length && !(src[i] === '`' && depth === 0)) {
        if (src[i] === '\\') i++;
        else if (src.startsWith('${', i)) { depth++; i++; }
        else if (src[i] === '}' && depth > 0) depth--;
        i++;
      }
      i++;
      push('string', start);
    } else if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < src.length && (inClass || src[i] !== '/')) {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        i++;
      }
      i++;
      while (i < src.length && /[a-z]/.test(src[i])) i++;
      push('regex', start);
    } else if (/[A-Za-z_$]/.test(c)) {
      while (i < src.length && /[\w$]/.test(src[i])) i++;
      push('ident', start);
    } else if (/[0-9]/.test(c)) {
      while (i < src.length && /[\w.]/.test(src[i])) i++;
      push('number', start);
    } else {
      const p = PUNCT.find((q) => src.startsWith(q, i)) ?? c;
      i += p.length;
      push('punct', start);
    }
  }
  return toks.filter((t) => t.kind !== 'trivia');
}

/** Compiles one TypeScript source text to JavaScript by blanking its type syntax. */
export function eraseTypes(src) {
  const toks = tokenize(src);
  const out = src.split('');
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  const is = (k, value) => k < toks.length && toks[k].value === value;

  // Index of the token that ends the type starting at k (the first stop token at depth 0).
  const skipType = (k, stops) => {
    let depth = 0;
    let operand = true;
    for (; k < toks.length; k++) {
      const v = toks[k].value;
      if (depth === 0 && stops.has(v) && !(v === '{' && operand)) return k;
      if (OPEN.has(v) || v === '<') { depth++; operand = true; }
      else if (CLOSE.has(v) || v === '>') {
        if (depth === 0) return k;
        depth--;
        operand = false;
      } else operand = ['|', '&', ',', ':', '?', '=>', 'keyof', 'typeof'].includes(v);
    }
    return k;
  };
  const matching = (k) => {
    let depth = 0;
    for (; k < toks.length; k++) {
      if (OPEN.has(toks[k].value)) depth++;
      else if (CLOSE.has(toks[k].value) && --depth === 0) return k;
    }
    return k;
  };
  // Blank from token a up to (not including) token b.
  const blankTokens = (a, b) => blank(toks[a].start, toks[b - 1].end);

  const stack = [];          // open brackets: { params, arrow, fn }
  let fnPending = false;     // saw `function`, the next `(` opens its parameters
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const v = t.value;
    const top = stack[stack.length - 1];
    const prevValue = k > 0 ? toks[k - 1].value : ';';
    const statementStart = [';', '{', '}'].includes(prevValue) || k === 0;

    if (statementStart && v === 'import' && is(k + 1, 'type')) {
      let e = k; while (e < toks.length && toks[e].value !== ';') e++;
      blankTokens(k, e + 1); k = e; continue;
    }
    const decl = statementStart && v === 'export' ? k + 1 : k;
    if (statementStart && toks[decl]?.kind === 'ident' && toks[decl + 1]?.kind === 'ident') {
      if (toks[decl].value === 'interface') {
        let e = decl; while (e < toks.length && toks[e].value !== '{') e++;
        e = matching(e);
        blankTokens(k, e + 1); k = e; continue;
      }
      if (toks[decl].value === 'type' && (is(decl + 2, '=') || is(decl + 2, '<'))) {
        const e = skipType(decl + 3, new Set([';']));
        blankTokens(k, e + 1); k = e; continue;
      }
    }
    if (v === 'function') { fnPending = true; continue; }
    if (t.kind === 'ident' && is(k + 1, '<') && toks[k + 1].start === t.end) {
      const e = skipType(k + 2, new Set());
      if (is(e, '>') && is(e + 1, '(')) { blankTokens(k + 1, e + 1); k = e; continue; }
    }
    if ((v === 'const' || v === 'let' || v === 'var') && toks[k + 1]?.kind === 'ident' && is(k + 2, ':')) {
      const e = skipType(k + 3, new Set(['=', ';']));
      blankTokens(k + 2, e); k = e - 1; continue;
    }
    if (v === '(') {
      const close = matching(k);
      let arrow = is(close + 1, '=>');
      if (!arrow && is(close + 1, ':')) arrow = is(skipType(close + 2, new Set(['=>'])), '=>');
      stack.push({ params: fnPending || arrow, fn: fnPending });
      fnPending = false;
      continue;
    }
    if (OPEN.has(v)) { stack.push({ params: false }); continue; }
    if (CLOSE.has(v)) {
      stack.pop();
      if (v === ')' && top?.params && is(k + 1, ':')) {
        const e = skipType(k + 2, new Set([top.fn ? '{' : '=>']));
        blankTokens(k + 1, e); k = e - 1;
      }
      continue;
    }
    if (top?.params && v === '?' && is(k + 1, ':')) { blank(t.start, t.end); continue; }
    if (top?.params && v === ':') {
      const e = skipType(k + 1, new Set([',', ')', '=']));
      blankTokens(k, e); k = e - 1;
    }
  }
  return out.join('');
}

function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const files = sources(srcDir).sort();
  for (const file of files) {
    const target = path.join(outDir, path.relative(srcDir, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, eraseTypes(fs.readFileSync(file, 'utf8')));
    const check = spawnSync(process.execPath, ['--check', target], { encoding: 'utf8' });
    if (check.status !== 0) {
      process.stderr.write(`${path.relative(root, file)}: syntax this build does not erase\n${check.stderr}`);
      process.exit(1);
    }
  }
  console.log(`compiled ${files.length} files from ${path.relative(root, srcDir)}/ to ${path.relative(root, outDir)}/`);
}
