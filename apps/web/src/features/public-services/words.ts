import type { PublicLanguage } from '@vardflata/domain';

/**
 * The public directory's own words in its five languages (the services' texts come from the
 * server, written by staff). Outside the app's sv/en files: the public pages speak more.
 */
export const LANGUAGES: { code: PublicLanguage; name: string }[] = [
  { code: 'sv', name: 'Svenska' },
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'fi', name: 'Suomi' },
  { code: 'so', name: 'Soomaali' },
];

interface Words {
  title: string;
  intro: string;
  languages: string;
  emergency: string;
  phone: string;
  address: string;
  hours: string;
  how: string;
  related: string;
  notTranslated: string;
  print: string;
  loading: string;
  failed: string;
  staffSignIn: string;
}

export const WORDS: Record<PublicLanguage, Words> = {
  sv: {
    title: 'Här får du hjälp',
    intro:
      'Vart du kan vända dig om du eller någon nära dig har problem med alkohol, narkotika, läkemedel eller spel. Regionen och kommunen hjälper dig – du kan börja var som helst.',
    languages: 'Språk',
    emergency: 'Vid akut fara för liv: ring 112.',
    phone: 'Telefon',
    address: 'Adress',
    hours: 'Öppettider',
    how: 'Så får du hjälp',
    related: 'Se också',
    notTranslated: 'Texten finns ännu inte på ditt språk och visas på svenska.',
    print: 'Skriv ut sidan',
    loading: 'Hämtar …',
    failed: 'Sidan kunde inte hämtas. Försök igen om en stund.',
    staffSignIn: 'Inloggning för personal',
  },
  en: {
    title: 'Where to get help',
    intro:
      'Where to turn if you or someone close to you has problems with alcohol, drugs, medicines or gambling. The region and the municipality help you – you can start anywhere.',
    languages: 'Language',
    emergency: 'If a life is in danger: call 112.',
    phone: 'Phone',
    address: 'Address',
    hours: 'Opening hours',
    how: 'How to get help',
    related: 'See also',
    notTranslated: 'This text is not yet available in your language and is shown in Swedish.',
    print: 'Print this page',
    loading: 'Loading …',
    failed: 'The page could not be loaded. Please try again shortly.',
    staffSignIn: 'Staff sign-in',
  },
  ar: {
    title: 'أين تجد المساعدة',
    intro:
      'إلى أين تتوجه إذا كنت أنت أو أحد المقربين منك تعاني من مشاكل مع الكحول أو المخدرات أو الأدوية أو القمار. المنطقة والبلدية تساعدانك – يمكنك البدء من أي مكان.',
    languages: 'اللغة',
    emergency: 'في حالة الخطر على الحياة: اتصل بالرقم 112.',
    phone: 'الهاتف',
    address: 'العنوان',
    hours: 'ساعات العمل',
    how: 'كيف تحصل على المساعدة',
    related: 'انظر أيضاً',
    notTranslated: 'هذا النص غير متوفر بعد بلغتك ويُعرض باللغة السويدية.',
    print: 'اطبع هذه الصفحة',
    loading: 'جارٍ التحميل …',
    failed: 'تعذّر تحميل الصفحة. حاول مرة أخرى بعد قليل.',
    staffSignIn: 'تسجيل دخول الموظفين',
  },
  fi: {
    title: 'Mistä saat apua',
    intro:
      'Minne voit kääntyä, jos sinulla tai läheiselläsi on ongelmia alkoholin, huumeiden, lääkkeiden tai pelaamisen kanssa. Alue ja kunta auttavat sinua – voit aloittaa mistä tahansa.',
    languages: 'Kieli',
    emergency: 'Jos henki on vaarassa: soita 112.',
    phone: 'Puhelin',
    address: 'Osoite',
    hours: 'Aukioloajat',
    how: 'Näin saat apua',
    related: 'Katso myös',
    notTranslated: 'Tekstiä ei vielä ole kielelläsi, ja se näytetään ruotsiksi.',
    print: 'Tulosta sivu',
    loading: 'Haetaan …',
    failed: 'Sivua ei voitu hakea. Yritä hetken kuluttua uudelleen.',
    staffSignIn: 'Henkilökunnan kirjautuminen',
  },
  so: {
    title: 'Halka aad ka heli karto caawimaad',
    intro:
      'Halka aad u jeesan karto haddii adiga ama qof kuu dhow uu dhibaato kala kulmo khamriga, daroogada, daawooyinka ama khamaarka. Gobolka iyo degmadu way ku caawiyaan – meel kasta waad ka bilaabi kartaa.',
    languages: 'Luqadda',
    emergency: 'Haddii nolol khatar ku jirto: wac 112.',
    phone: 'Telefoon',
    address: 'Cinwaan',
    hours: 'Saacadaha furan',
    how: 'Sida aad caawimaad u heli karto',
    related: 'Sidoo kale eeg',
    notTranslated: 'Qoraalkan weli laguma hayo luqaddaada, waxaana lagu muujiyay iswiidhish.',
    print: 'Daabac boggan',
    loading: 'Waa la soo rarayaa …',
    failed: 'Bogga lama soo rari karin. Isku day mar kale waxyar kadib.',
    staffSignIn: 'Galitaanka shaqaalaha',
  },
};
