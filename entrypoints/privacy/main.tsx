import { render } from 'preact';
import { createClient } from '../../lib/protocol';
import { PrivacyApp } from '../../components/welcome/WelcomeApp';
import { browserLang, sendToBackground } from '../../components/app/runtime';

render(<PrivacyApp client={createClient(sendToBackground)} initialLang={browserLang()} />, document.getElementById('app')!);
