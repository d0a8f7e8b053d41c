import { render } from 'preact';
import { createClient } from '../../lib/protocol';
import { OptionsApp } from '../../components/options/OptionsApp';
import { browserLang, sendToBackground } from '../../components/app/runtime';

render(<OptionsApp client={createClient(sendToBackground)} initialLang={browserLang()} />, document.getElementById('app')!);
