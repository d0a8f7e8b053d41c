import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS } from './lib/seller-center/hosts';

// Manifest kept minimal on purpose: see tests/security/manifest-audit.test.ts for the agreed list.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact({ reactAliasesEnabled: false })] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    host_permissions: [...HOST_PERMISSIONS],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'mitate@mitate.local', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  zip: {
    includeSources: ['entrypoints/**', 'components/**', 'lib/**', 'public/**', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'],
  },
});
