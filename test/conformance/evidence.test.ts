/**
 * The evidence register against the checks and the sources it names: every check rests on
 * evidence, every id exists and is used, every recording and model member cited is really in the
 * fixtures, and the tier rule holds (a required assertion rests only on recorded replies, AWS
 * documentation or the model).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../conformance/checks/index.js';
import { evidence, STRONG_KINDS, type EvidenceId } from '../../conformance/evidence/index.js';

const root = new URL('../../', import.meta.url);
/** Names of notes kept outside the repository, which nothing in it may cite (spelt in parts). */
const OUTSIDE = new RegExp(
  [
    'kms' + '-facts',
    'tooling' + '-findings',
    'DESIGN' + '\\.md',
    '\\/work\\/',
    '\\.\\.\\/shared',
  ].join('|'),
);
const ids = Object.keys(evidence) as EvidenceId[];
const entries = Object.entries(evidence) as Array<[EvidenceId, (typeof evidence)[EvidenceId]]>;

const snapshot = JSON.parse(
  readFileSync(
    new URL('test/fixtures/aws-recorded/localstack-test_kms.snapshot.json', root),
    'utf8',
  ),
) as Record<string, { 'recorded-content': Record<string, unknown> }>;
const model = JSON.parse(
  readFileSync(new URL('test/fixtures/kms-2014-11-01.botocore-service-2.json', root), 'utf8'),
) as {
  metadata: Record<string, unknown>;
  operations: Record<string, unknown>;
  shapes: Record<string, { members?: Record<string, unknown> }>;
};

/** The recording a `recorded-aws` source names: `Class::test[params]`, optionally `→ name`. */
function recording(source: string): unknown {
  const [test = '', name] = source.split('→').map((s) => s.trim());
  const key = Object.keys(snapshot).find((k) => k.endsWith(`::${test}`));
  if (key === undefined) return undefined;
  const content = snapshot[key]?.['recorded-content'];
  return name === undefined ? content : content?.[name];
}

/** Whether an `aws-model` source names something in the model. */
function inModel(source: string): boolean {
  const [head = '', member] = source.split('.');
  if (head === 'metadata') return member !== undefined && member in model.metadata;
  if (member === undefined) return head in model.shapes || head in model.operations;
  return model.shapes[head]?.members?.[member] !== undefined;
}

/** Text of the project outside the register, where an id may be cited (`evidence \`id\``). */
function projectText(): string {
  const skip = new Set(['node_modules', 'dist', 'generated', '.git', 'reports', 'coverage']);
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (skip.has(name)) continue;
      const path = join(dir, name);
      if (path.includes(join('conformance', 'evidence'))) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|md|yaml|js)$/.test(name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['conformance', 'src', 'test', 'docs', 'spec', 'scripts'])
    try {
      walk(join(root.pathname, dir));
    } catch {
      // a folder the tree does not have
    }
  return texts.join('\n');
}

describe('the evidence register', () => {
  it('gives every check at least one piece of evidence, all of them in the register', () => {
    for (const check of allChecks) {
      expect(check.evidence.length, check.id).toBeGreaterThan(0);
      for (const id of [...check.evidence, ...(check.tolerates ?? [])])
        expect(ids, `${check.id} cites ${id}`).toContain(id);
    }
  });

  it('has no entry that nothing uses', () => {
    const cited = new Set(allChecks.flatMap((c) => [...c.evidence, ...(c.tolerates ?? [])]));
    const text = projectText();
    const unused = ids.filter((id) => !cited.has(id) && !text.includes(`\`${id}\``));
    expect(unused).toEqual([]);
  });

  it('has every id the project cites in prose (evidence `id`) in the register', () => {
    const cited = [...projectText().matchAll(/evidence `([a-z]+\.[\w.-]+)`/g)].map((m) => m[1]);
    expect(cited.filter((id) => !ids.includes(id as EvidenceId))).toEqual([]);
  });

  it('applies the tier rule: required assertions rest on recorded replies, AWS docs or the model', () => {
    // Auth probes count as required: they are with --auth-enforced.
    const weak = allChecks
      .filter((c) => c.severity === 'required')
      .flatMap((c) =>
        c.evidence
          .filter((id) => !STRONG_KINDS.has(evidence[id].kind))
          .map((id) => `${c.id} rests on ${id} (${evidence[id].kind})`),
      );
    expect(weak).toEqual([]);
  });

  it('names recordings that exist in test/fixtures/aws-recorded/', () => {
    const missing = entries
      .filter(([, e]) => e.kind === 'recorded-aws' && recording(e.source) === undefined)
      .map(([id, e]) => `${id}: ${e.source}`);
    expect(missing).toEqual([]);
  });

  it('names model shapes and members that exist in the committed model', () => {
    const missing = entries
      .filter(([, e]) => e.kind === 'aws-model' && !inModel(e.source))
      .map(([id, e]) => `${id}: ${e.source}`);
    expect(missing).toEqual([]);
  });

  it('cites AWS documentation by its URL', () => {
    for (const [id, e] of entries)
      if (e.kind === 'aws-docs')
        expect(e.source, id).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|smithy\.io)\//);
  });

  it('points at nothing outside the repository and states each fact in a sentence', () => {
    for (const [id, e] of entries) {
      expect(`${e.source} ${e.fact}`, id).not.toMatch(OUTSIDE);
      expect(e.fact.length, id).toBeGreaterThan(20);
    }
  });

  it('keeps every check rule in the project’s words, with no citation of an outside file', () => {
    for (const check of allChecks)
      expect(check.rule, check.id).not.toMatch(new RegExp(`${OUTSIDE.source}|§`));
  });
});

describe('the checks the tier rule widened', () => {
  const byId = new Map(allChecks.map((c) => [c.id, c]));
  it.each([
    'keys.dry-run-would-fail',
    'validation.key-spec-xor-number-of-bytes',
    'protocol.empty-body',
    'protocol.missing-target',
  ])('%s stays required and names what it tolerates on weaker evidence', (id) => {
    const check = byId.get(id);
    expect(check?.severity).toBe('required');
    expect(check?.tolerates?.length).toBeGreaterThan(0);
  });
});
