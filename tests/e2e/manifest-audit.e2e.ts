/**
 * Manifest and bundle audit of the production build: permissions may not grow beyond the agreed list, and no
 * remote script, eval or inline script may appear; the page gets exactly the MAIN-world reader and two small
 * isolated-world scripts (capture forwarding at document_start, display-only badges at document_idle), and the
 * seller's desk is the side panel. Runs after `wxt build` (npm run test:e2e builds first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const AGREED_PERMISSIONS = ['contextMenus', 'sidePanel', 'storage', 'unlimitedStorage'];
const AGREED_HOSTS = [
  'https://affiliate.tiktok.com/*',
  'https://affiliate.tiktokshopglobalselling.com/*',
  'https://seller-jp.tiktok.com/*',
  'https://seller.tiktokshopglobalselling.com/*',
];

const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, ext);
    return ext.test(entry.name) ? [full] : [];
  });
}

describe('manifest audit', () => {
  it('asks for exactly the agreed permissions and hosts', () => {
    expect([...manifest.permissions].sort()).toEqual(AGREED_PERMISSIONS);
    expect([...manifest.host_permissions].sort()).toEqual([...AGREED_HOSTS].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('structured-clones messages in Chrome as Firefox does (a list answer reaches the background for half the page\'s time)', () => {
    expect(manifest.message_serialization).toBe('structured_clone');
  });

  it('injects content scripts only on the agreed hosts', () => {
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) expect(AGREED_HOSTS).toContain(match);
    }
    for (const resource of manifest.web_accessible_resources ?? []) {
      for (const match of resource.matches) expect(AGREED_HOSTS).toContain(match);
    }
  });

  it('puts exactly three scripts on Seller Center pages: the MAIN-world reader and two isolated-world scripts', () => {
    const scripts = (manifest.content_scripts as Array<{ js: string[]; run_at: string; world?: string; css?: string[] }>)
      .map((s) => ({ js: s.js, runAt: s.run_at, world: s.world ?? 'ISOLATED', css: s.css ?? [] }))
      .sort((a, b) => a.js[0]!.localeCompare(b.js[0]!));
    expect(scripts).toEqual([
      { js: ['content-scripts/badges.js'], runAt: 'document_idle', world: 'ISOLATED', css: [] },
      { js: ['content-scripts/capture.js'], runAt: 'document_start', world: 'ISOLATED', css: [] },
      { js: ['content-scripts/page-reader.js'], runAt: 'document_start', world: 'MAIN', css: [] },
    ]);
    // the desk is the side panel, an extension page the page's scripts cannot reach; nothing of Mitate is web-accessible
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(fs.existsSync(path.join(EXTENSION_DIR, 'sidepanel.html'))).toBe(true);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships no remote code, eval or inline script', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    for (const file of files(EXTENSION_DIR, /\.js$/)) {
      const code = fs.readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/import\s*\(\s*["']https?:/);
      expect(code, file).not.toMatch(/importScripts\s*\(/);
    }
    for (const file of files(EXTENSION_DIR, /\.html$/)) {
      const html = fs.readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).not.toMatch(/<script[^>]+src=["']https?:/);
    }
  });

  it('has Mitate\'s icons at 16, 32, 48 and 128 px, for the extension and the toolbar button', () => {
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
      for (const [size, file] of Object.entries(icons as Record<string, string>)) {
        const png = fs.readFileSync(path.join(EXTENSION_DIR, file));
        expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
        // IHDR: width and height, big-endian, at bytes 16 and 20
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('has the first-run and privacy policy pages', () => {
    for (const page of ['welcome.html', 'privacy.html']) expect(fs.existsSync(path.join(EXTENSION_DIR, page)), page).toBe(true);
  });

  it('ships complete zh_CN, ja and en locales with the same keys', () => {
    const keys = (lang: string) => Object.keys(JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'))).sort();
    expect(keys('zh_CN').length).toBeGreaterThan(20);
    expect(keys('ja')).toEqual(keys('zh_CN'));
    expect(keys('en')).toEqual(keys('zh_CN'));
    expect(manifest.default_locale).toBe('zh_CN');
  });
});
