/**
 * The code table of Vietnamese official document numbers: which letters may stand for a document
 * TYPE (`KL` in `177-KL/TW`) and which for an ISSUER (`TW`, `CP`, `TU`), with their Vietnamese
 * full names and their meaning in the other UI languages.
 *
 * Why a closed table: a type code is what tells a document number from any other `12-AB/CD`
 * token, so the recogniser only accepts types listed here. Issuers are open-ended (every
 * provincial committee coins its own), but the ones listed here get a label on document pages and
 * a known scope: a local issuer (`TU`, `UBND`) reuses its numbers in every province, which the
 * document identity must know.
 *
 * Lookups ignore letter case and the Đ/D difference, because both vary in the wild
 * (`204-qd/tw`, `02-KH/BCDTW`); canonical spellings are the Vietnamese ones below.
 */
import type { Lang } from '../lang.ts';
import { foldDiacritics } from '../text/normalize.ts';

/** A text in each UI language; `vi` is the Vietnamese full name. */
export type Label = Record<Lang, string>;

/** Party documents are numbered `177-KL/TW`, State documents `179/2024/NĐ-CP` or `759/QĐ-TTg`. */
export type DocumentSystem = 'party' | 'state';

/** A central issuer's numbers are unique nationwide; a local one's repeat in every province. */
export type IssuerScope = 'central' | 'local';

export interface DocumentTypeCode {
  /** Canonical Vietnamese spelling, e.g. `QĐ`. */
  code: string;
  /** Meaning of the code (for QĐ: in State documents). */
  name: Label;
  /** Meaning in Party documents when it differs (QĐ is mostly a Regulation there). */
  partyName?: Label;
  /** The numbering systems that use this type. */
  systems: readonly DocumentSystem[];
  /** Only these issuers use the type (L = Lệnh is only issued by the State President). */
  onlyIssuers?: readonly string[];
}

export interface IssuerCode {
  /** Canonical Vietnamese spelling, e.g. `BCĐTW`, `TTg`, `QH15`. */
  code: string;
  name: Label;
  /** Meaning in State document numbers when it differs (BCT: Ministry of Industry and Trade). */
  stateName?: Label;
  system: DocumentSystem;
  scope: IssuerScope;
}

const BOTH: readonly DocumentSystem[] = ['party', 'state'];
const STATE: readonly DocumentSystem[] = ['state'];

function label(vi: string, en: string, de: string, ru: string, ar: string): Label {
  return { vi, en, de, ru, ar };
}

export const DOCUMENT_TYPES: readonly DocumentTypeCode[] = [
  { code: 'NQ', systems: BOTH, name: label('Nghị quyết', 'Resolution', 'Resolution', 'Резолюция', 'قرار') },
  {
    code: 'QĐ',
    systems: BOTH,
    name: label('Quyết định', 'Decision', 'Entscheidung', 'Решение', 'مقرر'),
    // Party numbering writes both Quy định (Regulation, e.g. 253-QĐ/TW) and Quyết định
    // (Decision, e.g. 204-QĐ/TW) as QĐ; the number alone cannot tell them apart.
    partyName: label(
      'Quy định / Quyết định',
      'Regulation / Decision',
      'Vorschrift / Entscheidung',
      'Положение / Решение',
      'لائحة / مقرر',
    ),
  },
  { code: 'KL', systems: BOTH, name: label('Kết luận', 'Conclusion', 'Schlussfolgerung', 'Заключение', 'استنتاج') },
  { code: 'CT', systems: BOTH, name: label('Chỉ thị', 'Directive', 'Direktive', 'Директива', 'توجيه') },
  { code: 'KH', systems: BOTH, name: label('Kế hoạch', 'Plan', 'Plan', 'План', 'خطة') },
  {
    code: 'CV',
    systems: BOTH,
    name: label('Công văn', 'Official letter', 'Dienstschreiben', 'Официальное письмо', 'رسالة رسمية'),
  },
  { code: 'TB', systems: BOTH, name: label('Thông báo', 'Notice', 'Mitteilung', 'Уведомление', 'إشعار') },
  { code: 'HD', systems: BOTH, name: label('Hướng dẫn', 'Guidelines', 'Leitlinien', 'Инструкция', 'إرشادات') },
  { code: 'QC', systems: BOTH, name: label('Quy chế', 'Rules', 'Ordnung', 'Регламент', 'نظام') },
  { code: 'ĐA', systems: BOTH, name: label('Đề án', 'Project', 'Projekt', 'Проект', 'مشروع') },
  { code: 'BC', systems: BOTH, name: label('Báo cáo', 'Report', 'Bericht', 'Доклад', 'تقرير') },
  { code: 'TTr', systems: BOTH, name: label('Tờ trình', 'Submission', 'Vorlage', 'Представление', 'مذكرة عرض') },
  { code: 'CTr', systems: BOTH, name: label('Chương trình', 'Programme', 'Programm', 'Программа', 'برنامج') },
  { code: 'BB', systems: BOTH, name: label('Biên bản', 'Minutes', 'Protokoll', 'Протокол', 'محضر') },
  { code: 'NĐ', systems: STATE, name: label('Nghị định', 'Decree', 'Dekret', 'Декрет', 'مرسوم') },
  { code: 'TT', systems: STATE, name: label('Thông tư', 'Circular', 'Rundschreiben', 'Циркуляр', 'تعميم') },
  {
    code: 'TTLT',
    systems: STATE,
    name: label(
      'Thông tư liên tịch',
      'Joint circular',
      'Gemeinsames Rundschreiben',
      'Совместный циркуляр',
      'تعميم مشترك',
    ),
  },
  {
    code: 'NQLT',
    systems: STATE,
    name: label(
      'Nghị quyết liên tịch',
      'Joint resolution',
      'Gemeinsame Resolution',
      'Совместная резолюция',
      'قرار مشترك',
    ),
  },
  {
    code: 'CĐ',
    systems: STATE,
    name: label('Công điện', 'Official telegram', 'Amtliches Telegramm', 'Официальная телеграмма', 'برقية رسمية'),
  },
  { code: 'PL', systems: STATE, name: label('Pháp lệnh', 'Ordinance', 'Verordnung', 'Ордонанс', 'مرسوم تشريعي') },
  // A one-letter type is only safe with its one issuer (`12/2024/L-CTN`); `3/L-XL` is a size.
  { code: 'L', systems: STATE, onlyIssuers: ['CTN'], name: label('Lệnh', 'Order', 'Anordnung', 'Указ', 'أمر') },
  {
    code: 'VBHN',
    systems: STATE,
    name: label('Văn bản hợp nhất', 'Consolidated text', 'Konsolidierte Fassung', 'Сводный текст', 'نص موحد'),
  },
];

function partyIssuer(code: string, scope: IssuerScope, name: Label): IssuerCode {
  return { code, name, system: 'party', scope };
}

function stateIssuer(code: string, scope: IssuerScope, name: Label): IssuerCode {
  return { code, name, system: 'state', scope };
}

export const ISSUERS: readonly IssuerCode[] = [
  // Central Party bodies.
  partyIssuer(
    'TW',
    'central',
    label(
      'Trung ương Đảng',
      'Party Central Committee',
      'Zentralkomitee der Partei',
      'Центральный комитет партии',
      'اللجنة المركزية للحزب',
    ),
  ),
  partyIssuer(
    'BCHTW',
    'central',
    label(
      'Ban Chấp hành Trung ương Đảng',
      'Central Committee of the Party',
      'Zentralkomitee der Partei',
      'Центральный комитет партии',
      'اللجنة المركزية للحزب',
    ),
  ),
  {
    ...partyIssuer('BCT', 'central', label('Bộ Chính trị', 'Politburo', 'Politbüro', 'Политбюро', 'المكتب السياسي')),
    // In State numbers (`12/2024/TT-BCT`) the same letters are the Ministry of Industry and Trade.
    stateName: label(
      'Bộ Công Thương',
      'Ministry of Industry and Trade',
      'Ministerium für Industrie und Handel',
      'Министерство промышленности и торговли',
      'وزارة الصناعة والتجارة',
    ),
  },
  partyIssuer(
    'BBT',
    'central',
    label(
      'Ban Bí thư',
      'Secretariat of the Party Central Committee',
      'Sekretariat des Zentralkomitees',
      'Секретариат ЦК партии',
      'أمانة اللجنة المركزية للحزب',
    ),
  ),
  partyIssuer(
    'BTCTW',
    'central',
    label(
      'Ban Tổ chức Trung ương',
      'Central Organisation Commission',
      'Zentrale Organisationskommission',
      'Организационная комиссия ЦК',
      'لجنة التنظيم المركزية',
    ),
  ),
  partyIssuer(
    'BTGTW',
    'central',
    label(
      'Ban Tuyên giáo Trung ương',
      'Central Propaganda and Education Commission',
      'Zentrale Kommission für Propaganda und Bildung',
      'Комиссия ЦК по пропаганде и воспитанию',
      'لجنة الدعاية والتثقيف المركزية',
    ),
  ),
  partyIssuer(
    'BDVTW',
    'central',
    label(
      'Ban Dân vận Trung ương',
      'Central Mass Mobilisation Commission',
      'Zentrale Kommission für Massenmobilisierung',
      'Комиссия ЦК по работе с массами',
      'لجنة التعبئة الجماهيرية المركزية',
    ),
  ),
  partyIssuer(
    'BTGDVTW',
    'central',
    label(
      'Ban Tuyên giáo và Dân vận Trung ương',
      'Central Commission for Propaganda and Mass Mobilisation',
      'Zentrale Kommission für Propaganda und Massenmobilisierung',
      'Комиссия ЦК по пропаганде и работе с массами',
      'اللجنة المركزية للدعاية والتعبئة الجماهيرية',
    ),
  ),
  partyIssuer(
    'UBKTTW',
    'central',
    label(
      'Ủy ban Kiểm tra Trung ương',
      'Central Inspection Commission',
      'Zentrale Inspektionskommission',
      'Центральная инспекционная комиссия',
      'لجنة التفتيش المركزية',
    ),
  ),
  partyIssuer(
    'VPTW',
    'central',
    label(
      'Văn phòng Trung ương Đảng',
      'Party Central Office',
      'Zentralbüro der Partei',
      'Канцелярия ЦК партии',
      'مكتب اللجنة المركزية للحزب',
    ),
  ),
  partyIssuer(
    'BCĐTW',
    'central',
    label(
      'Ban Chỉ đạo Trung ương',
      'Central Steering Committee',
      'Zentraler Lenkungsausschuss',
      'Центральный руководящий комитет',
      'اللجنة التوجيهية المركزية',
    ),
  ),
  partyIssuer(
    'BNCTW',
    'central',
    label(
      'Ban Nội chính Trung ương',
      'Central Internal Affairs Commission',
      'Zentrale Kommission für innere Angelegenheiten',
      'Комиссия ЦК по внутренним делам',
      'لجنة الشؤون الداخلية المركزية',
    ),
  ),
  partyIssuer(
    'BKTTW',
    'central',
    label(
      'Ban Kinh tế Trung ương',
      'Central Economic Commission',
      'Zentrale Wirtschaftskommission',
      'Экономическая комиссия ЦК',
      'اللجنة الاقتصادية المركزية',
    ),
  ),
  partyIssuer(
    'BĐNTW',
    'central',
    label(
      'Ban Đối ngoại Trung ương',
      'Central External Relations Commission',
      'Zentrale Kommission für Außenbeziehungen',
      'Комиссия ЦК по внешним связям',
      'لجنة العلاقات الخارجية المركزية',
    ),
  ),
  partyIssuer(
    'QUTW',
    'central',
    label(
      'Quân ủy Trung ương',
      'Central Military Commission',
      'Zentrale Militärkommission',
      'Центральная военная комиссия',
      'اللجنة العسكرية المركزية',
    ),
  ),
  partyIssuer(
    'ĐUCA',
    'central',
    label(
      'Đảng ủy Công an Trung ương',
      'Central Public Security Party Committee',
      'Zentrales Parteikomitee der Öffentlichen Sicherheit',
      'Центральный партийный комитет общественной безопасности',
      'اللجنة الحزبية المركزية للأمن العام',
    ),
  ),
  partyIssuer(
    'ĐUCP',
    'central',
    label(
      'Đảng ủy Chính phủ',
      'Government Party Committee',
      'Parteikomitee der Regierung',
      'Партийный комитет правительства',
      'اللجنة الحزبية للحكومة',
    ),
  ),
  partyIssuer(
    'ĐUQH',
    'central',
    label(
      'Đảng ủy Quốc hội',
      'National Assembly Party Committee',
      'Parteikomitee der Nationalversammlung',
      'Партийный комитет Национального собрания',
      'اللجنة الحزبية للجمعية الوطنية',
    ),
  ),
  partyIssuer(
    'ĐUCQĐTW',
    'central',
    label(
      'Đảng ủy các cơ quan Đảng Trung ương',
      'Party Committee of Central Party Agencies',
      'Parteikomitee der zentralen Parteiorgane',
      'Партийный комитет центральных партийных органов',
      'اللجنة الحزبية للهيئات الحزبية المركزية',
    ),
  ),
  partyIssuer(
    'ĐUKCQTW',
    'central',
    label(
      'Đảng ủy Khối các cơ quan Trung ương',
      'Party Committee of the Central Agencies Bloc',
      'Parteikomitee des Blocks der Zentralbehörden',
      'Партийный комитет блока центральных органов',
      'اللجنة الحزبية لكتلة الهيئات المركزية',
    ),
  ),
  partyIssuer(
    'ĐUKDNTW',
    'central',
    label(
      'Đảng ủy Khối Doanh nghiệp Trung ương',
      'Party Committee of the Central Enterprises Bloc',
      'Parteikomitee des Blocks der zentralen Unternehmen',
      'Партийный комитет блока центральных предприятий',
      'اللجنة الحزبية لكتلة المؤسسات المركزية',
    ),
  ),

  // Central State bodies. QH15, UBTVQH15 (legislature numbers) are patterns, see findIssuer.
  stateIssuer('CP', 'central', label('Chính phủ', 'Government', 'Regierung', 'Правительство', 'الحكومة')),
  stateIssuer(
    'TTg',
    'central',
    label('Thủ tướng Chính phủ', 'Prime Minister', 'Premierminister', 'Премьер-министр', 'رئيس الوزراء'),
  ),
  stateIssuer(
    'CTN',
    'central',
    label('Chủ tịch nước', 'State President', 'Staatspräsident', 'Президент страны', 'رئيس الدولة'),
  ),
  stateIssuer(
    'VPCP',
    'central',
    label('Văn phòng Chính phủ', 'Government Office', 'Regierungsbüro', 'Канцелярия правительства', 'مكتب الحكومة'),
  ),
  stateIssuer(
    'VPQH',
    'central',
    label(
      'Văn phòng Quốc hội',
      'Office of the National Assembly',
      'Büro der Nationalversammlung',
      'Аппарат Национального собрания',
      'مكتب الجمعية الوطنية',
    ),
  ),
  stateIssuer(
    'BNV',
    'central',
    label('Bộ Nội vụ', 'Ministry of Home Affairs', 'Innenministerium', 'Министерство внутренних дел', 'وزارة الداخلية'),
  ),
  stateIssuer(
    'BTC',
    'central',
    label('Bộ Tài chính', 'Ministry of Finance', 'Finanzministerium', 'Министерство финансов', 'وزارة المالية'),
  ),
  stateIssuer(
    'BCA',
    'central',
    label(
      'Bộ Công an',
      'Ministry of Public Security',
      'Ministerium für Öffentliche Sicherheit',
      'Министерство общественной безопасности',
      'وزارة الأمن العام',
    ),
  ),
  stateIssuer(
    'BQP',
    'central',
    label(
      'Bộ Quốc phòng',
      'Ministry of National Defence',
      'Verteidigungsministerium',
      'Министерство национальной обороны',
      'وزارة الدفاع الوطني',
    ),
  ),
  stateIssuer(
    'BYT',
    'central',
    label('Bộ Y tế', 'Ministry of Health', 'Gesundheitsministerium', 'Министерство здравоохранения', 'وزارة الصحة'),
  ),
  stateIssuer(
    'BGDĐT',
    'central',
    label(
      'Bộ Giáo dục và Đào tạo',
      'Ministry of Education and Training',
      'Ministerium für Bildung und Ausbildung',
      'Министерство образования и профессиональной подготовки',
      'وزارة التعليم والتدريب',
    ),
  ),
  stateIssuer(
    'BKHĐT',
    'central',
    label(
      'Bộ Kế hoạch và Đầu tư',
      'Ministry of Planning and Investment',
      'Ministerium für Planung und Investitionen',
      'Министерство планирования и инвестиций',
      'وزارة التخطيط والاستثمار',
    ),
  ),
  stateIssuer(
    'BKHCN',
    'central',
    label(
      'Bộ Khoa học và Công nghệ',
      'Ministry of Science and Technology',
      'Ministerium für Wissenschaft und Technologie',
      'Министерство науки и технологий',
      'وزارة العلوم والتكنولوجيا',
    ),
  ),
  stateIssuer(
    'BTTTT',
    'central',
    label(
      'Bộ Thông tin và Truyền thông',
      'Ministry of Information and Communications',
      'Ministerium für Information und Kommunikation',
      'Министерство информации и коммуникаций',
      'وزارة الإعلام والاتصالات',
    ),
  ),
  stateIssuer(
    'BNNPTNT',
    'central',
    label(
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Ministry of Agriculture and Rural Development',
      'Ministerium für Landwirtschaft und ländliche Entwicklung',
      'Министерство сельского хозяйства и развития села',
      'وزارة الزراعة والتنمية الريفية',
    ),
  ),
  stateIssuer(
    'BNNMT',
    'central',
    label(
      'Bộ Nông nghiệp và Môi trường',
      'Ministry of Agriculture and Environment',
      'Ministerium für Landwirtschaft und Umwelt',
      'Министерство сельского хозяйства и окружающей среды',
      'وزارة الزراعة والبيئة',
    ),
  ),
  stateIssuer(
    'BTNMT',
    'central',
    label(
      'Bộ Tài nguyên và Môi trường',
      'Ministry of Natural Resources and Environment',
      'Ministerium für natürliche Ressourcen und Umwelt',
      'Министерство природных ресурсов и окружающей среды',
      'وزارة الموارد الطبيعية والبيئة',
    ),
  ),
  stateIssuer(
    'BTP',
    'central',
    label('Bộ Tư pháp', 'Ministry of Justice', 'Justizministerium', 'Министерство юстиции', 'وزارة العدل'),
  ),
  stateIssuer(
    'BXD',
    'central',
    label('Bộ Xây dựng', 'Ministry of Construction', 'Bauministerium', 'Министерство строительства', 'وزارة البناء'),
  ),
  stateIssuer(
    'BGTVT',
    'central',
    label(
      'Bộ Giao thông vận tải',
      'Ministry of Transport',
      'Verkehrsministerium',
      'Министерство транспорта',
      'وزارة النقل',
    ),
  ),
  stateIssuer(
    'BLĐTBXH',
    'central',
    label(
      'Bộ Lao động – Thương binh và Xã hội',
      'Ministry of Labour, Invalids and Social Affairs',
      'Ministerium für Arbeit, Kriegsinvaliden und Soziales',
      'Министерство труда, инвалидов войны и социальных дел',
      'وزارة العمل والمعاقين والشؤون الاجتماعية',
    ),
  ),
  stateIssuer(
    'BVHTTDL',
    'central',
    label(
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Ministry of Culture, Sports and Tourism',
      'Ministerium für Kultur, Sport und Tourismus',
      'Министерство культуры, спорта и туризма',
      'وزارة الثقافة والرياضة والسياحة',
    ),
  ),
  stateIssuer(
    'BNG',
    'central',
    label(
      'Bộ Ngoại giao',
      'Ministry of Foreign Affairs',
      'Außenministerium',
      'Министерство иностранных дел',
      'وزارة الخارجية',
    ),
  ),
  stateIssuer(
    'BDTTG',
    'central',
    label(
      'Bộ Dân tộc và Tôn giáo',
      'Ministry of Ethnic and Religious Affairs',
      'Ministerium für ethnische und religiöse Angelegenheiten',
      'Министерство по делам национальностей и религий',
      'وزارة الشؤون العرقية والدينية',
    ),
  ),
  stateIssuer(
    'NHNN',
    'central',
    label(
      'Ngân hàng Nhà nước Việt Nam',
      'State Bank of Vietnam',
      'Staatsbank von Vietnam',
      'Государственный банк Вьетнама',
      'بنك الدولة الفيتنامي',
    ),
  ),
  stateIssuer(
    'TTCP',
    'central',
    label(
      'Thanh tra Chính phủ',
      'Government Inspectorate',
      'Regierungsinspektion',
      'Правительственная инспекция',
      'مفتشية الحكومة',
    ),
  ),
  stateIssuer(
    'KTNN',
    'central',
    label(
      'Kiểm toán Nhà nước',
      'State Audit Office',
      'Staatlicher Rechnungshof',
      'Государственная аудиторская служба',
      'ديوان المحاسبة الحكومي',
    ),
  ),
  stateIssuer(
    'TANDTC',
    'central',
    label(
      'Tòa án nhân dân tối cao',
      "Supreme People's Court",
      'Oberstes Volksgericht',
      'Верховный народный суд',
      'محكمة الشعب العليا',
    ),
  ),
  stateIssuer(
    'VKSNDTC',
    'central',
    label(
      'Viện kiểm sát nhân dân tối cao',
      "Supreme People's Procuracy",
      'Oberste Volksstaatsanwaltschaft',
      'Верховная народная прокуратура',
      'النيابة الشعبية العليا',
    ),
  ),

  // Local Party bodies: their numbers start again in every province (or district, commune).
  partyIssuer(
    'TU',
    'local',
    label(
      'Tỉnh ủy',
      'Provincial Party Committee',
      'Provinzparteikomitee',
      'Провинциальный комитет партии',
      'اللجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'ThU',
    'local',
    label(
      'Thành ủy',
      'Municipal Party Committee',
      'Stadtparteikomitee',
      'Городской комитет партии',
      'اللجنة الحزبية للمدينة',
    ),
  ),
  partyIssuer(
    'HU',
    'local',
    label(
      'Huyện ủy',
      'District Party Committee',
      'Kreisparteikomitee',
      'Районный комитет партии',
      'اللجنة الحزبية للمنطقة',
    ),
  ),
  partyIssuer(
    'QU',
    'local',
    label(
      'Quận ủy',
      'Urban District Party Committee',
      'Stadtbezirksparteikomitee',
      'Комитет партии городского района',
      'اللجنة الحزبية للحي',
    ),
  ),
  partyIssuer(
    'ĐU',
    'local',
    label('Đảng ủy', 'Party Committee', 'Parteikomitee', 'Партийный комитет', 'اللجنة الحزبية'),
  ),
  partyIssuer(
    'ĐUK',
    'local',
    label(
      'Đảng ủy Khối',
      'Bloc Party Committee',
      'Blockparteikomitee',
      'Партийный комитет блока',
      'اللجنة الحزبية للكتلة',
    ),
  ),
  partyIssuer(
    'BTCTU',
    'local',
    label(
      'Ban Tổ chức Tỉnh ủy',
      'Organisation Commission of the Provincial Party Committee',
      'Organisationskommission des Provinzparteikomitees',
      'Организационная комиссия провинциального комитета партии',
      'لجنة التنظيم التابعة للجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'BTGTU',
    'local',
    label(
      'Ban Tuyên giáo Tỉnh ủy',
      'Propaganda and Education Commission of the Provincial Party Committee',
      'Kommission für Propaganda und Bildung des Provinzparteikomitees',
      'Комиссия по пропаганде и воспитанию провинциального комитета партии',
      'لجنة الدعاية والتثقيف التابعة للجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'BDVTU',
    'local',
    label(
      'Ban Dân vận Tỉnh ủy',
      'Mass Mobilisation Commission of the Provincial Party Committee',
      'Kommission für Massenmobilisierung des Provinzparteikomitees',
      'Комиссия по работе с массами провинциального комитета партии',
      'لجنة التعبئة الجماهيرية التابعة للجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'BTGDVTU',
    'local',
    label(
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      'Propaganda and Mass Mobilisation Commission of the Provincial Party Committee',
      'Kommission für Propaganda und Massenmobilisierung des Provinzparteikomitees',
      'Комиссия по пропаганде и работе с массами провинциального комитета партии',
      'لجنة الدعاية والتعبئة الجماهيرية التابعة للجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'UBKTTU',
    'local',
    label(
      'Ủy ban Kiểm tra Tỉnh ủy',
      'Inspection Commission of the Provincial Party Committee',
      'Inspektionskommission des Provinzparteikomitees',
      'Инспекционная комиссия провинциального комитета партии',
      'لجنة التفتيش التابعة للجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'VPTU',
    'local',
    label(
      'Văn phòng Tỉnh ủy',
      'Office of the Provincial Party Committee',
      'Büro des Provinzparteikomitees',
      'Канцелярия провинциального комитета партии',
      'مكتب اللجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'BNCTU',
    'local',
    label(
      'Ban Nội chính Tỉnh ủy',
      'Internal Affairs Commission of the Provincial Party Committee',
      'Kommission für innere Angelegenheiten des Provinzparteikomitees',
      'Комиссия по внутренним делам провинциального комитета партии',
      'لجنة الشؤون الداخلية التابعة للجنة الحزبية الإقليمية',
    ),
  ),
  partyIssuer(
    'BCĐ',
    'local',
    label('Ban Chỉ đạo', 'Steering Committee', 'Lenkungsausschuss', 'Руководящий комитет', 'اللجنة التوجيهية'),
  ),

  // Local State bodies.
  stateIssuer(
    'UBND',
    'local',
    label('Ủy ban nhân dân', "People's Committee", 'Volkskomitee', 'Народный комитет', 'اللجنة الشعبية'),
  ),
  stateIssuer(
    'HĐND',
    'local',
    label('Hội đồng nhân dân', "People's Council", 'Volksrat', 'Народный совет', 'مجلس الشعب'),
  ),
  stateIssuer(
    'ĐĐBQH',
    'local',
    label(
      'Đoàn đại biểu Quốc hội',
      'National Assembly Delegation',
      'Delegation der Nationalversammlung',
      'Делегация депутатов Национального собрания',
      'وفد نواب الجمعية الوطنية',
    ),
  ),
  stateIssuer(
    'SNV',
    'local',
    label(
      'Sở Nội vụ',
      'Department of Home Affairs',
      'Provinzamt für Inneres',
      'Департамент внутренних дел',
      'إدارة الشؤون الداخلية',
    ),
  ),
  stateIssuer(
    'STC',
    'local',
    label('Sở Tài chính', 'Department of Finance', 'Provinzamt für Finanzen', 'Департамент финансов', 'إدارة المالية'),
  ),
  stateIssuer(
    'SYT',
    'local',
    label('Sở Y tế', 'Department of Health', 'Provinzamt für Gesundheit', 'Департамент здравоохранения', 'إدارة الصحة'),
  ),
  stateIssuer(
    'SGDĐT',
    'local',
    label(
      'Sở Giáo dục và Đào tạo',
      'Department of Education and Training',
      'Provinzamt für Bildung und Ausbildung',
      'Департамент образования и профессиональной подготовки',
      'إدارة التعليم والتدريب',
    ),
  ),
];

/** Lookup key: letter case and Đ/D do not matter. */
export function codeKey(code: string): string {
  return foldDiacritics(code).toUpperCase();
}

const TYPES_BY_KEY = new Map(DOCUMENT_TYPES.map((type) => [codeKey(type.code), type]));
const ISSUERS_BY_KEY = new Map(ISSUERS.map((issuer) => [codeKey(issuer.code), issuer]));

export function findDocumentType(code: string): DocumentTypeCode | null {
  return TYPES_BY_KEY.get(codeKey(code)) ?? null;
}

/** The National Assembly and its Standing Committee carry the legislature number: QH15, UBTVQH15. */
const LEGISLATURE_ISSUER = /^(UBTVQH|QH)(\d{1,2})?$/;

/** A known issuer, including the legislature patterns (`qh15` → `QH15`); null for unknown codes. */
export function findIssuer(code: string): IssuerCode | null {
  const key = codeKey(code);
  const known = ISSUERS_BY_KEY.get(key);
  if (known) return known;
  const legislature = LEGISLATURE_ISSUER.exec(key);
  if (!legislature) return null;
  const body = legislature[1] === 'QH' ? 'QH' : 'UBTVQH';
  const term = legislature[2] ? Number(legislature[2]) : null;
  return { code: body + (legislature[2] ?? ''), name: legislatureName(body, term), system: 'state', scope: 'central' };
}

/** True for `QH15`, `UBTVQH15` (and their bare forms): the issuers of `NUMBER/YEAR/ISSUER` laws. */
export function isLegislatureIssuer(code: string): boolean {
  return LEGISLATURE_ISSUER.test(codeKey(code));
}

function legislatureName(body: 'QH' | 'UBTVQH', term: number | null): Label {
  const base =
    body === 'QH'
      ? label('Quốc hội', 'National Assembly', 'Nationalversammlung', 'Национальное собрание', 'الجمعية الوطنية')
      : label(
          'Ủy ban Thường vụ Quốc hội',
          'National Assembly Standing Committee',
          'Ständiger Ausschuss der Nationalversammlung',
          'Постоянный комитет Национального собрания',
          'اللجنة الدائمة للجمعية الوطنية',
        );
  if (term === null || term === 0) return base;
  return {
    vi: `${base.vi} khóa ${romanNumeral(term)}`,
    en: `${base.en} (${englishOrdinal(term)} legislature)`,
    de: `${base.de} (${term}. Legislaturperiode)`,
    ru: `${base.ru} ${term}-го созыва`,
    ar: `${base.ar} (الدورة التشريعية ${term})`,
  };
}

function romanNumeral(n: number): string {
  const numerals: [number, string][] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The name of a document type as it reads in the given numbering system (QĐ differs). */
export function describeDocumentType(code: string, system: DocumentSystem = 'state'): Label | null {
  const type = findDocumentType(code);
  if (!type) return null;
  return system === 'party' && type.partyName ? type.partyName : type.name;
}

/**
 * The name of an issuer, for a page. Joint issuers (`BTC-BNV` of a joint circular) get their
 * names joined; null when any part is unknown. `system` picks the State meaning of BCT.
 */
export function describeIssuer(code: string, system?: DocumentSystem): Label | null {
  const names: Label[] = [];
  for (const part of code.split('-')) {
    const issuer = findIssuer(part);
    if (!issuer) return null;
    names.push(system === 'state' && issuer.stateName ? issuer.stateName : issuer.name);
  }
  const [first, ...others] = names;
  if (!first) return null;
  if (others.length === 0) return first;
  const joined = { ...first };
  for (const name of others) {
    for (const lang of Object.keys(joined) as Lang[]) joined[lang] = `${joined[lang]} – ${name[lang]}`;
  }
  return joined;
}
