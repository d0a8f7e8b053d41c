import { browser } from 'wxt/browser';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { mountPage } from '../../components/app/mount-page';

mountPage((start) => (
  <WelcomeApp {...start} openDashboard={() => void browser.runtime.openOptionsPage()} privacyUrl={browser.runtime.getURL('/privacy.html')} />
));
