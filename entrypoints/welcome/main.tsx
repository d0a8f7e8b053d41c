import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient } from '../../lib/protocol';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { browserLang, sendToBackground } from '../../components/app/runtime';

render(
  <WelcomeApp client={createClient(sendToBackground)} initialLang={browserLang()}
    openDashboard={() => void browser.runtime.openOptionsPage()} privacyUrl={browser.runtime.getURL('/privacy.html')} />,
  document.getElementById('app')!,
);
