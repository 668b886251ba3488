import { describe, expect, it } from 'vitest';
import { inlineScripts, scriptHash } from '../../../src/lib/csp/inline-scripts.ts';
import { cspDirectives, cspMeta, cspString } from '../../../src/lib/csp/policy.ts';
import { withCspMeta } from '../../../src/integrations/csp.ts';

describe('inline scripts and their hashes', () => {
  it('finds the scripts that run, not files or data blocks', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
      '<script type="application/ld+json">{}</script><SCRIPT type=text/javascript>c()</SCRIPT>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });

  it('hashes as the browser does (SHA-256 over UTF-8, base64)', () => {
    // Known value: echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('the policy', () => {
  const directives = cspDirectives(["'sha256-b='", "'sha256-a='", "'sha256-a='"], 'https://example.org');

  it('allows scripts only from the site and by hash, never inline or eval', () => {
    expect(directives['script-src']).toBe("'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='");
    expect(cspString(directives, 'header')).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(directives['object-src']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
  });

  it('leaves frame-ancestors out of the <meta> copy, where browsers ignore it', () => {
    expect(cspString(directives, 'header')).toMatch(/frame-ancestors 'self' https:$/);
    expect(cspMeta(directives)).not.toContain('frame-ancestors');
  });

  it('lets loopback http pages frame only a build for a loopback SITE', () => {
    expect(cspDirectives([], 'https://example.org')['frame-ancestors']).toBe("'self' https:");
    expect(cspDirectives([], 'http://127.0.0.1:4321')['frame-ancestors']).toContain('http://127.0.0.1:*');
  });

  it('puts the <meta> right after the charset, before any script', () => {
    const page = withCspMeta('<head><meta charset="utf-8"/><script>a()</script></head>', directives);
    expect(page.indexOf('http-equiv')).toBeLessThan(page.indexOf('<script>'));
    expect(page.startsWith('<head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy"')).toBe(
      true,
    );
  });
});
