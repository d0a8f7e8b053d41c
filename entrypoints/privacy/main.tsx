import { PrivacyApp } from '../../components/welcome/WelcomeApp';
import { mountPage } from '../../components/app/mount-page';

mountPage((start) => <PrivacyApp {...start} />);
