/**
 * The renderer's Content-Security-Policy, as the shells send it (electron/security/csp.ts) and as
 * the page itself declares it (renderer/index.html, and the built dist/renderer/index.html when
 * present): no remote origin anywhere, no inline or eval'd script, no plugins, no framing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../electron/security/csp';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Sources that name nothing outside the app: its own origin, none, and inline data it creates. */
const LOCAL = new Set(["'self'", "'none'", 'data:', 'blob:']);

function expectStrict(policy: Policy, where: string): void {
  for (const [directive, sources] of policy) {
    for (const source of sources) {
      const allowed = LOCAL.has(source) || (directive === 'style-src' && source === "'unsafe-inline'");
      expect(allowed, `${where}: ${directive} ${source}`).toBe(true);
    }
  }
  expect(policy.get('default-src'), where).toEqual(["'self'"]);
  expect(policy.get('script-src'), where).toEqual(["'self'"]);
  expect(policy.get('object-src'), where).toEqual(["'none'"]);
  expect(policy.get('base-uri'), where).toEqual(["'none'"]);
  expect(policy.get('connect-src'), where).toEqual(["'self'"]);
}

function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
}

function expectNoInlineScript(html: string, where: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length, where).toBeGreaterThan(0);
  for (const [, attributes = '', body = ''] of scripts) {
    expect(attributes, where).toMatch(/\bsrc="\.?\/[^"]+"/); // loaded from the app, relative
    expect(body.trim(), where).toBe('');
  }
  expect(html, where).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
  expect(html, where).not.toMatch(/(src|href)="(https?:)?\/\//i); // nothing remote
}

describe('Content-Security-Policy', () => {
  it('sent by both shells: only the app’s own origin, no inline script, no framing', () => {
    const policy = parsePolicy(CONTENT_SECURITY_POLICY);
    expectStrict(policy, 'header');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it.each([
    ['renderer/index.html', true],
    ['dist/renderer/index.html', false],
  ])('declared by %s (meta), with no inline script', (file, required) => {
    if (!required && !existsSync(file)) return; // the built page exists only after `npm run build`
    const html = readFileSync(path.resolve(file), 'utf8');
    const meta = metaPolicy(html);
    expect(meta, `${file} has no CSP meta`).toBeDefined();
    expectStrict(parsePolicy(meta!), file);
    expectNoInlineScript(html, file);
  });

  it('the checker itself catches remote origins and inline script', () => {
    expect(() =>
      expectStrict(parsePolicy("default-src 'self'; script-src 'self' https://cdn.example"), 't'),
    ).toThrow();
    expect(() =>
      expectStrict(parsePolicy("default-src 'self'; script-src 'self' 'unsafe-inline'"), 't'),
    ).toThrow();
    expect(() => expectNoInlineScript('<script>alert(1)</script>', 't')).toThrow();
    expect(() => expectNoInlineScript('<script src="https://cdn.example/x.js"></script>', 't')).toThrow();
  });
});
