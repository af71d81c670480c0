import type { PublicLanguage, PublicServiceCategory } from '@vardflata/domain';
import type { Db } from '../database.ts';
import {
  insertService,
  linkServices,
  upsertText,
} from '../../modules/public-services/repositories/public-service.repository.ts';

/**
 * The demo county's public service directory (F17, seed 000): each principal's services, in
 * Swedish, English, Arabic, Finnish and Somali (one service in Swedish and English only, so the
 * page shows how a missing translation reads). The region's and the municipality's services
 * for the same need link each other.
 */
type Texts = Partial<Record<PublicLanguage, [name: string, description: string, howTo: string]>>;

const SERVICES: {
  key: string;
  organisation: 'region' | 'exempelby';
  category: PublicServiceCategory;
  phone: string;
  address: string;
  /** Opening hours as written so far: Swedish and English (other languages: none yet). */
  hours: Partial<Record<PublicLanguage, string>>;
  texts: Texts;
}[] = [
  {
    key: 'beroendecentrum',
    organisation: 'region',
    category: 'reception',
    phone: '010-123 45 00',
    address: 'Sjukhusvägen 1, Exempelstad',
    hours: { sv: 'Mån–fre 8–16', en: 'Mon–Fri 8–16' },
    texts: {
      sv: [
        'Beroendecentrum',
        'Vård för dig som har problem med alkohol, narkotika, läkemedel eller spel.',
        'Ring eller kom till mottagningen. Du behöver ingen remiss.',
      ],
      en: [
        'Addiction Centre',
        'Care for you who have problems with alcohol, drugs, medicines or gambling.',
        'Call or come to the reception. You do not need a referral.',
      ],
      ar: [
        'مركز علاج الإدمان',
        'رعاية لمن يعاني من مشاكل مع الكحول أو المخدرات أو الأدوية أو القمار.',
        'اتصل أو تعال إلى الاستقبال. لا تحتاج إلى إحالة.',
      ],
      fi: [
        'Riippuvuuskeskus',
        'Hoitoa sinulle, jolla on ongelmia alkoholin, huumeiden, lääkkeiden tai pelaamisen kanssa.',
        'Soita tai tule vastaanotolle. Et tarvitse lähetettä.',
      ],
      so: [
        'Xarunta Qabatinka',
        'Daryeel adiga oo dhibaato kala kulma khamriga, daroogada, daawooyinka ama khamaarka.',
        'Wac ama u imow qaybta soo dhaweynta. Uma baahnid gudbin.',
      ],
    },
  },
  {
    key: 'socialtjanst',
    organisation: 'exempelby',
    category: 'reception',
    phone: '0123-456 00',
    address: 'Stadshuset, Storgatan 5, Exempelby',
    hours: { sv: 'Mån–fre 9–15', en: 'Mon–Fri 9–15' },
    texts: {
      sv: [
        'Socialtjänsten Vuxen, Exempelby',
        'Stöd och behandling för vuxna med missbruk, boende och sysselsättning.',
        'Ring mottagningen och be att få prata med en socialsekreterare.',
      ],
      en: [
        'Adult Social Services, Exempelby',
        'Support and treatment for adults with substance use, housing and occupation.',
        'Call the reception and ask to speak to a social worker.',
      ],
      ar: [
        'الخدمات الاجتماعية للبالغين، إكسمبلبي',
        'دعم وعلاج للبالغين في مجال الإدمان والسكن والعمل.',
        'اتصل بالاستقبال واطلب التحدث مع أخصائي اجتماعي.',
      ],
      fi: [
        'Aikuissosiaalityö, Exempelby',
        'Tukea ja hoitoa aikuisille päihteiden, asumisen ja toimeentulon kysymyksissä.',
        'Soita vastaanottoon ja pyydä saada puhua sosiaalityöntekijän kanssa.',
      ],
      so: [
        'Adeegga Bulshada ee Dadka Waaweyn, Exempelby',
        'Taageero iyo daaweyn dadka waaweyn ee leh qabatin, guri iyo shaqo.',
        'Wac qaybta soo dhaweynta oo codso inaad la hadasho shaqaale bulsho.',
      ],
    },
  },
  {
    key: 'laro',
    organisation: 'region',
    category: 'laro',
    phone: '010-123 45 10',
    address: 'Sjukhusvägen 1, Exempelstad',
    hours: { sv: 'Mån–sön 8–11', en: 'Mon–Sun 8–11' },
    texts: {
      sv: [
        'LARO-mottagningen',
        'Behandling med läkemedel för dig som är beroende av opioider.',
        'Kontakta Beroendecentrum för en bedömning.',
      ],
      en: [
        'LARO clinic',
        'Treatment with medication for you who are dependent on opioids.',
        'Contact the Addiction Centre for an assessment.',
      ],
      ar: [
        'عيادة العلاج الدوائي (LARO)',
        'علاج بالأدوية لمن يعاني من الاعتماد على المواد الأفيونية.',
        'تواصل مع مركز علاج الإدمان لإجراء تقييم.',
      ],
      fi: [
        'LARO-vastaanotto',
        'Lääkehoitoa sinulle, joka olet riippuvainen opioideista.',
        'Ota yhteyttä riippuvuuskeskukseen arviota varten.',
      ],
      so: [
        'Rugta LARO',
        'Daaweyn daawo ah adiga oo ku tiirsan opioids.',
        'La xiriir Xarunta Qabatinka si laguu qiimeeyo.',
      ],
    },
  },
  {
    key: 'sprutbyte',
    organisation: 'region',
    category: 'needle-exchange',
    phone: '010-123 45 20',
    address: 'Hamngatan 3, Exempelstad',
    hours: { sv: 'Mån, ons, fre 10–14', en: 'Mon, Wed, Fri 10–14' },
    texts: {
      sv: [
        'Sprututbytet',
        'Rena sprutor och kanyler, samtal och hjälp vidare till vård.',
        'Kom under öppettiderna. Du kan vara anonym vid första besöket.',
      ],
      en: [
        'Needle exchange',
        'Clean syringes and needles, someone to talk to, and help on to care.',
        'Come during opening hours. You may stay anonymous on your first visit.',
      ],
      ar: [
        'برنامج تبادل الحقن',
        'حقن وإبر نظيفة، ومحادثة، ومساعدة للوصول إلى الرعاية.',
        'تعال خلال ساعات العمل. يمكنك البقاء مجهول الهوية في الزيارة الأولى.',
      ],
      fi: [
        'Neulanvaihto',
        'Puhtaita ruiskuja ja neuloja, keskusteluapua ja ohjausta hoitoon.',
        'Tule aukioloaikoina. Voit asioida nimettömänä ensimmäisellä käynnillä.',
      ],
      so: [
        'Isweydaarsiga irbadaha',
        'Irbado nadiif ah, wada hadal iyo caawimaad aad ku hesho daryeel.',
        'Imow saacadaha furan. Waxaad noqon kartaa qof aan la aqoon booqashada koowaad.',
      ],
    },
  },
  {
    key: 'anhoriga',
    organisation: 'exempelby',
    category: 'relatives-support',
    phone: '0123-456 30',
    address: 'Familjens hus, Parkvägen 2, Exempelby',
    hours: { sv: 'Tis och tor 13–17', en: 'Tue and Thu 13–17' },
    texts: {
      sv: [
        'Anhörigstödet',
        'Samtal och grupper för dig som står nära någon med missbruk.',
        'Ring och boka ett första samtal. Stödet är kostnadsfritt.',
      ],
      en: [
        'Support for relatives',
        'Talks and groups for you who are close to someone with a substance use problem.',
        'Call to book a first talk. The support is free of charge.',
      ],
      ar: [
        'دعم الأقارب',
        'محادثات ومجموعات لمن هو قريب من شخص يعاني من الإدمان.',
        'اتصل لحجز محادثة أولى. الدعم مجاني.',
      ],
      fi: [
        'Läheisten tuki',
        'Keskusteluja ja ryhmiä sinulle, jonka läheisellä on päihdeongelma.',
        'Soita ja varaa ensimmäinen keskustelu. Tuki on maksutonta.',
      ],
      so: [
        'Taageerada qaraabada',
        'Wada hadal iyo kooxo adiga oo u dhow qof qabatin leh.',
        'Wac si aad u ballansato wada hadalka koowaad. Taageeradu waa lacag la’aan.',
      ],
    },
  },
  {
    key: 'barn',
    organisation: 'exempelby',
    category: 'children-support',
    phone: '0123-456 40',
    address: 'Familjens hus, Parkvägen 2, Exempelby',
    hours: { sv: 'Mån–fre 9–16', en: 'Mon–Fri 9–16' },
    texts: {
      sv: [
        'Stödgrupp för barn',
        'Grupper för barn och unga som lever med en förälder som har missbruk.',
        'Barnet, en förälder eller skolan kan ringa oss.',
      ],
      en: [
        'Support group for children',
        'Groups for children and young people living with a parent who has a substance use problem.',
        'The child, a parent or the school can call us.',
      ],
    },
  },
];

export async function seedDemoPublicServices(
  trx: Db,
  c: { region: string; exempelby: string },
): Promise<void> {
  const ids = new Map<string, string>();
  for (const [position, s] of SERVICES.entries()) {
    const id = await insertService(trx, {
      organisationId: c[s.organisation],
      category: s.category,
      phone: s.phone,
      address: s.address,
      url: '',
      position,
    });
    ids.set(s.key, id);
    for (const [lang, [name, description, howTo]] of Object.entries(s.texts)) {
      await upsertText(trx, {
        serviceId: id,
        lang: lang as PublicLanguage,
        name,
        description,
        howTo,
        openingHours: s.hours[lang as PublicLanguage] ?? '',
        by: null,
      });
    }
  }
  // Each principal links the other's service for the same need.
  await linkServices(trx, ids.get('beroendecentrum')!, ids.get('socialtjanst')!);
  await linkServices(trx, ids.get('laro')!, ids.get('socialtjanst')!);
  await linkServices(trx, ids.get('sprutbyte')!, ids.get('beroendecentrum')!);
  await linkServices(trx, ids.get('anhoriga')!, ids.get('beroendecentrum')!);
}
