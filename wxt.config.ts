import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS } from './lib/seller-center/hosts';
import { LANGS, toChromeMessages } from './lib/i18n';

/** Drawn from public/icon/mitate.svg by `npm run icons` (tests/e2e/icons.ts). */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Manifest kept minimal on purpose: see tests/e2e/manifest-audit.e2e.ts for the agreed list.
export default defineConfig({
  imports: false,
  // Parallel e2e runs (and CI) may build into their own folder.
  outDir: process.env.MITATE_OUT_DIR ?? '.output',
  // MV3 everywhere: Firefox 128+ supports MAIN-world content scripts, which the page reader needs.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact({ reactAliasesEnabled: false })], build: { sourcemap: Boolean(process.env.MITATE_SOURCEMAP), minify: process.env.MITATE_NO_MINIFY ? false : undefined } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    host_permissions: [...HOST_PERMISSIONS],
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the first release with data_collection_permissions; it also runs the MAIN-world page reader (128+),
            // without which the isolated side would wait for a "reader ready" any page script could send
            gecko: { id: 'mitate@mitate.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {
          // Chrome 148+: messages are structured-cloned, as Firefox always does, instead of JSON-encoded. Handing a
          // 0.6 MB list answer to the background then costs the page ~5 ms instead of ~10 (older Chrome ignores it).
          message_serialization: 'structured_clone',
        }),
  }),
  hooks: {
    // Seller Center pages get no webextension-polyfill: the content scripts call runtime messaging directly
    // (components/page/messaging.ts) and WXT's own `browser` (globalThis.browser ?? chrome) is enough for the rest.
    // The polyfill's set-up cost each script a few ms of the page's main thread and ~10 kB.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    // _locales is generated from lib/i18n so the manifest, browser.i18n and the in-app language switch share one source.
    'build:publicAssets': (_wxt, files) => {
      for (const lang of LANGS) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(toChromeMessages(lang), null, 1) });
      }
    },
  },
  zip: {
    includeSources: ['entrypoints/**', 'components/**', 'lib/**', 'public/**', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'],
  },
});
