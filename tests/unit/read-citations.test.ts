/**
 * read-citations: what each citing sentence says about the documents it cites. Every citing
 * sentence of the seeds (de, en, ar) with its exact expected metadata and relations; fixtures
 * in ru and vi; and the traps: a date of another document in the same sentence, a list sharing
 * one date, a meeting's date, numeric date order per language.
 */
import { describe, expect, it } from 'vitest';
import { readCitations } from '../../src/lib/documents/read-citations.ts';
import type { Lang } from '../../src/lib/lang.ts';

interface Case {
  lang: Lang;
  sentence: string;
  citations: { number: string; date: string | null; issuer: string | null; subject: string | null }[];
  relations: { from: string; to: string; type: string }[];
}

const read = (sentence: string, lang: Lang) => {
  const { citations, relations } = readCitations(sentence, lang);
  return {
    citations: citations.map(({ number, date, issuer, subject }) => ({ number, date, issuer, subject })),
    relations,
  };
};

/** Every sentence of the seeds that cites a document number (tests/fixtures/seeds, as ingested in content/). */
const SEEDS: Case[] = [
  {
    lang: 'ar',
    sentence:
      'وفي الاجتماع، قدمت لجان الحزب في المناطق والمدن تقاريرها بشأن تنفيذ استنتاجات لجنتي الحزب المركزية ' +
      'والإقليمية بشأن إعادة هيكلة الجهاز بروح القرار 18-NQ/TW؛ مشاركة الخبرات أثناء التنفيذ؛ وفي الوقت ' +
      'نفسه، قم بالتفكير والتوصية بالحلول للصعوبات والعقبات.',
    citations: [{ number: '18-NQ/TW', date: null, issuer: null, subject: null }],
    relations: [],
  },
  {
    lang: 'ar',
    sentence:
      'وبناء على ذلك، أوصت اللجان الدائمة للجان الحزب في المقاطعات والمدن بأن تقدم اللجنة التوجيهية ' +
      'الإقليمية إرشادات محددة بشأن أسماء ووظائف ومهام الإدارات والمكاتب على مستوى المقاطعات بعد الاندماج ' +
      'لضمان استيفائها لشروط الموافقة وفقًا للوائح وأن تكون متسقة وموحدة في جميع أنحاء المقاطعة؛ الاهتمام ' +
      'بتوجيه الهيكل التنظيمي الداخلي وعدد الوظائف والوظائف والأنظمة والسياسات وفقا للمرسوم الحكومي 177، ' +
      '178، 179/2024/ND-CP؛',
    citations: [
      { number: '177/2024/NĐ-CP', date: null, issuer: null, subject: null },
      { number: '178/2024/NĐ-CP', date: null, issuer: null, subject: null },
      { number: '179/2024/NĐ-CP', date: null, issuer: null, subject: null },
    ],
    relations: [],
  },
  {
    lang: 'de',
    sentence:
      'Der Ständige Parteiausschuss der Provinz forderte die Parteikomitees auf allen Ebenen, die ' +
      'Parteiorganisationen, Agenturen und Einheiten auf, weiterhin die strikte Umsetzung der ' +
      'Schlussfolgerung Nr. 177-KL/TW vom 11. Juli 2025 des Politbüros und des Sekretariats sowie des Plans ' +
      'Nr. 02-KH/BCĐTW vom 19. Juni 2025 des Zentralen Lenkungsausschusses für Wissenschafts- und ' +
      'Technologieentwicklung, Innovation und digitale Transformation zu fördern.',
    citations: [
      { number: '177-KL/TW', date: '2025-07-11', issuer: 'Politbüros und des Sekretariats', subject: null },
      {
        number: '02-KH/BCĐTW',
        date: '2025-06-19',
        issuer: 'Zentralen Lenkungsausschusses für Wissenschafts- und Technologieentwicklung',
        subject: null,
      },
    ],
    relations: [],
  },
  {
    lang: 'de',
    sentence:
      'Plan Nr. 04-KH/TU vom 16. Juli 2025 des Ständigen Ausschusses der Provinzpartei zur Umsetzung des ' +
      'Beschlusses Nr. 204-QD/TW vom 29. November 2024 des Zentralsekretariats der Partei, Plan Nr. 02-KH/TU ' +
      'vom 15. Juli 2025 des Ständigen Ausschusses der Provinzpartei zur weiteren Vervollkommnung des ' +
      'Organisationsapparats des politischen Systems und zur Vorbereitung der Parteitage auf allen Ebenen im ' +
      'Hinblick auf den 14. Nationalen Parteitag, insbesondere die Aufgaben der Sicherstellung des Betriebs ' +
      'des Organisationsapparats der Verwaltungseinheiten auf zwei Ebenen, der Abwicklung von ' +
      'Verwaltungsverfahren und der Bereitstellung von Online-öffentlichen Diensten für Bürger und ' +
      'Unternehmen.',
    citations: [
      {
        number: '04-KH/TU',
        date: '2025-07-16',
        issuer: 'Ständigen Ausschusses der Provinzpartei',
        subject: 'zur Umsetzung des Beschlusses Nr. 204-QD/TW vom 29. November 2024 des Zentralsekretariats der Partei',
      },
      { number: '204-QĐ/TW', date: '2024-11-29', issuer: 'Zentralsekretariats der Partei', subject: null },
      {
        number: '02-KH/TU',
        date: '2025-07-15',
        issuer: 'Ständigen Ausschusses der Provinzpartei',
        subject:
          'zur weiteren Vervollkommnung des Organisationsapparats des politischen Systems und zur ' +
          'Vorbereitung der Parteitage auf allen Ebenen im Hinblick auf den 14. Nationalen Parteitag, ' +
          'insbesondere die…',
      },
    ],
    relations: [{ from: '04-KH/TU', to: '204-QĐ/TW', type: 'implements' }],
  },
  {
    lang: 'de',
    sentence:
      'Konzentrieren Sie sich auf die Umsetzung der im Plan Nr. 02-KH/TU vom 15. Juli 2025 des Ständigen ' +
      'Ausschusses des Provinzparteikomitees zugewiesenen Aufgaben, um die festgelegten Anforderungen und ' +
      'Fortschritte sicherzustellen.',
    citations: [
      {
        number: '02-KH/TU',
        date: '2025-07-15',
        issuer: 'Ständigen Ausschusses des Provinzparteikomitees',
        subject: null,
      },
    ],
    relations: [],
  },
  {
    lang: 'de',
    sentence:
      'Beauftragen Sie das Provinzparteikomitee, sich weiterhin darauf zu konzentrieren, das ' +
      'Provinzvolkskomitee dazu zu bringen, konkrete und wirksame Pläne für die Bereitstellung von ' +
      'Arbeitsbüros, Ausrüstung, Sozialwohnungen und anderen notwendigen Arbeitsbedingungen usw. zu ' +
      'entwickeln, um die Versorgung der folgenden Agenturen gemäß den Anforderungen des Plans Nr. 02-KH/TU ' +
      'vom 15. Juli 2025 des Ständigen Provinzparteikomitees und gemäß den Anweisungen im offiziellen ' +
      'Depeschen Nr. 9068-CV/BTCTW vom 17. Juli 2025 des Zentralen Organisationskomitees sicherzustellen.',
    citations: [
      { number: '02-KH/TU', date: '2025-07-15', issuer: 'Ständigen Provinzparteikomitees', subject: null },
      { number: '9068-CV/BTCTW', date: '2025-07-17', issuer: 'Zentralen Organisationskomitees', subject: null },
    ],
    relations: [],
  },
  {
    lang: 'de',
    sentence:
      'Beauftragen Sie das Provinzparteikomitee der Vaterländischen Front, unmittelbar nachdem das ' +
      'Zentralkomitee konkrete Richtlinien und Beschlüsse erlassen hat, den Ständigen Ausschuss des ' +
      'Provinzparteikomitees federführend bei der Anordnung des Apparats aller von der Partei und dem Staat ' +
      'auf Provinzebene eingesetzten gesellschaftspolitischen Organisationen und Massenorganisationen zu ' +
      'beraten, um eine Grundlage für die Gründung entsprechender und angemessener Parteiorganisationen ' +
      'jeder gesellschaftspolitischen Organisation und Massenorganisation zu schaffen und die umfassende ' +
      'Führung und Leitung der Parteiorganisation mit den gesellschaftspolitischen Organisationen gemäß den ' +
      'Vorschriften Nr. 253-QD/TW und Nr. 255-QD/TW des Sekretariats vom 24. Januar 2025 sicherzustellen.',
    citations: [
      { number: '253-QĐ/TW', date: '2025-01-24', issuer: 'Sekretariats', subject: null },
      { number: '255-QĐ/TW', date: '2025-01-24', issuer: 'Sekretariats', subject: null },
    ],
    relations: [],
  },
  {
    lang: 'de',
    sentence:
      'Der Ständige Parteiausschuss der Provinz fordert die Parteikomitees aller Ebenen, ' +
      'Parteiorganisationen, relevanten Agenturen und Einheiten auf, sich auf die ernsthafte Umsetzung der ' +
      'oben genannten Inhalte und zugewiesenen Aufgaben im Plan Nr. 02-KH/TU vom 15. Juli 2025 des Ständigen ' +
      'Parteiausschusses der Provinz zu konzentrieren, um eine rechtzeitige und wirksame Umsetzung zu ' +
      'gewährleisten.',
    citations: [
      { number: '02-KH/TU', date: '2025-07-15', issuer: 'Ständigen Parteiausschusses der Provinz', subject: null },
    ],
    relations: [],
  },
  {
    lang: 'en',
    sentence:
      'The Standing Committee of the Provincial Party Committee requests that Party committees, Party ' +
      'organizations, agencies, and units continue to strictly implement Conclusion No. 177-KL/TW, dated ' +
      'July 11, 2025, of the Politburo and the Secretariat; and Plan No. 02-KH/BCĐTW, dated June 19, 2025, ' +
      'of the Central Steering Committee on the development of science, technology, innovation, and digital ' +
      'transformation.',
    citations: [
      { number: '177-KL/TW', date: '2025-07-11', issuer: 'Politburo and the Secretariat', subject: null },
      {
        number: '02-KH/BCĐTW',
        date: '2025-06-19',
        issuer: 'Central Steering Committee on the development of science',
        subject: null,
      },
    ],
    relations: [],
  },
  {
    lang: 'en',
    sentence:
      'Plan No. 04-KH/TU dated July 16, 2025, of the Standing Committee of the Provincial Party Committee on ' +
      'implementing Decision No. 204-QĐ/TW dated November 29, 2024, of the Central Party Secretariat, and ' +
      'Plan No. 02-KH/TU dated July 15, 2025, of the Standing Committee of the Provincial Party Committee on ' +
      'continuing to improve the organizational structure of the political system and preparing for Party ' +
      'congresses at all levels leading to the 14th National Congress of the Party, especially tasks ' +
      'ensuring the operation of the two-level administrative unit organizational structure, resolving ' +
      'administrative procedures, and providing online public services for citizens and businesses.',
    citations: [
      {
        number: '04-KH/TU',
        date: '2025-07-16',
        issuer: 'Standing Committee of the Provincial Party Committee',
        subject: 'on implementing Decision No. 204-QĐ/TW dated November 29, 2024, of the Central Party Secretariat',
      },
      { number: '204-QĐ/TW', date: '2024-11-29', issuer: 'Central Party Secretariat', subject: null },
      {
        number: '02-KH/TU',
        date: '2025-07-15',
        issuer: 'Standing Committee of the Provincial Party Committee',
        subject:
          'on continuing to improve the organizational structure of the political system and preparing for ' +
          'Party congresses at all levels leading to the 14th National Congress of the Party, especially ' +
          'tasks…',
      },
    ],
    relations: [{ from: '04-KH/TU', to: '204-QĐ/TW', type: 'implements' }],
  },
  {
    lang: 'en',
    sentence:
      'They must focus on implementing the tasks assigned in Plan No. 02-KH/TU dated July 15, 2025, of the ' +
      'Provincial Party Committee Standing Committee, ensuring that the requirements and deadlines are met.',
    citations: [
      {
        number: '02-KH/TU',
        date: '2025-07-15',
        issuer: 'Provincial Party Committee Standing Committee',
        subject: null,
      },
    ],
    relations: [],
  },
  {
    lang: 'en',
    sentence:
      "The Provincial Party Committee of the People's Committee is tasked with continuing to lead the " +
      "Provincial People's Committee in developing specific and effective plans for the arrangement of " +
      'office buildings, equipment, official residences, and other necessary working conditions, ensuring ' +
      'that the agencies are adequately served after the reorganization, in accordance with the requirements ' +
      'set forth in Plan No. 02-KH/TU dated July 15, 2025, of the Provincial Party Standing Committee and ' +
      'the directives in Document No. 9068-CV/BTCTW dated July 17, 2025, of the Central Organization ' +
      'Committee.',
    citations: [
      { number: '02-KH/TU', date: '2025-07-15', issuer: 'Provincial Party Standing Committee', subject: null },
      { number: '9068-CV/BTCTW', date: '2025-07-17', issuer: 'Central Organization Committee', subject: null },
    ],
    relations: [],
  },
  {
    lang: 'en',
    sentence:
      'This is to establish corresponding and appropriate Party organizations for each political and social ' +
      'organization and mass association, ensuring the comprehensive leadership and guidance role of the ' +
      'Party organization over political and social organizations in accordance with Regulations No. ' +
      '253-QĐ/TW and No. 255-QĐ/TW, dated January 24, 2025, of the Secretariat of the Central Committee.',
    citations: [
      { number: '253-QĐ/TW', date: '2025-01-24', issuer: 'Secretariat of the Central Committee', subject: null },
      { number: '255-QĐ/TW', date: '2025-01-24', issuer: 'Secretariat of the Central Committee', subject: null },
    ],
    relations: [],
  },
  {
    lang: 'en',
    sentence:
      'The Standing Committee of the Provincial Party Committee requests that Party committees, Party ' +
      'organizations, and relevant agencies and units focus on seriously implementing the above-mentioned ' +
      'contents and the assigned tasks in Plan No. 02-KH/TU dated July 15, 2025, of the Standing Committee ' +
      'of the Provincial Party Committee, ensuring timeliness and effectiveness.',
    citations: [
      {
        number: '02-KH/TU',
        date: '2025-07-15',
        issuer: 'Standing Committee of the Provincial Party Committee',
        subject: null,
      },
    ],
    relations: [],
  },
];

describe('readCitations on the seeds', () => {
  it.each(SEEDS.map((c) => [c.lang, c.sentence.slice(0, 50), c] as const))('%s: %s…', (_lang, _start, c) => {
    expect(read(c.sentence, c.lang)).toEqual({ citations: c.citations, relations: c.relations });
  });
});

describe('readCitations in Russian and Vietnamese', () => {
  it('reads a plan implementing a decision (ru: genitive months, issuer in the genitive)', () => {
    expect(
      read(
        'План № 04-KH/TU от 16 июля 2025 года Постоянного комитета провинциального партийного комитета о ' +
          'реализации Решения № 204-QĐ/TW от 29 ноября 2024 года Секретариата ЦК партии.',
        'ru',
      ),
    ).toEqual({
      citations: [
        {
          number: '04-KH/TU',
          date: '2025-07-16',
          issuer: 'Постоянного комитета провинциального партийного комитета',
          subject: 'о реализации Решения № 204-QĐ/TW от 29 ноября 2024 года Секретариата ЦК партии',
        },
        { number: '204-QĐ/TW', date: '2024-11-29', issuer: 'Секретариата ЦК партии', subject: null },
      ],
      relations: [{ from: '04-KH/TU', to: '204-QĐ/TW', type: 'implements' }],
    });
  });

  it('takes the issuer before the date and not the meeting date after (ru, 11.07.2025 day first)', () => {
    expect(
      read('Заключение № 177-KL/TW Политбюро от 11.07.2025 было обсуждено на заседании 14 июля 2025 года.', 'ru')
        .citations,
    ).toEqual([{ number: '177-KL/TW', date: '2025-07-11', issuer: 'Политбюро', subject: null }]);
  });

  it('reads the Vietnamese original form', () => {
    expect(
      read(
        'Kế hoạch số 04-KH/TU ngày 16/7/2025 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Quyết định ' +
          'số 204-QĐ/TW ngày 29/11/2024 của Ban Bí thư.',
        'vi',
      ),
    ).toEqual({
      citations: [
        {
          number: '04-KH/TU',
          date: '2025-07-16',
          issuer: 'Ban Thường vụ Tỉnh ủy',
          subject: 'về triển khai thực hiện Quyết định số 204-QĐ/TW ngày 29/11/2024 của Ban Bí thư',
        },
        { number: '204-QĐ/TW', date: '2024-11-29', issuer: 'Ban Bí thư', subject: null },
      ],
      relations: [{ from: '04-KH/TU', to: '204-QĐ/TW', type: 'implements' }],
    });
  });

  it('gives a shared date and issuer to every member of a list (vi)', () => {
    expect(read('Nghị định số 177, 178, 179/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.', 'vi').citations).toEqual([
      { number: '177/2024/NĐ-CP', date: '2024-12-31', issuer: 'Chính phủ', subject: null },
      { number: '178/2024/NĐ-CP', date: '2024-12-31', issuer: 'Chính phủ', subject: null },
      { number: '179/2024/NĐ-CP', date: '2024-12-31', issuer: 'Chính phủ', subject: null },
    ]);
  });

  it('reads "ngày 11 tháng 7 năm 2025" and keeps each date with its own number', () => {
    expect(
      read(
        'Thực hiện Kết luận số 177-KL/TW ngày 11 tháng 7 năm 2025 của Bộ Chính trị và Kế hoạch 02-KH/BCĐTW ' +
          'ngày 19/6/2025.',
        'vi',
      ).citations,
    ).toEqual([
      { number: '177-KL/TW', date: '2025-07-11', issuer: 'Bộ Chính trị', subject: null },
      { number: '02-KH/BCĐTW', date: '2025-06-19', issuer: null, subject: null },
    ]);
  });
});

describe('traps', () => {
  it('a meeting date is not the document date (vi, de, ar)', () => {
    expect(
      read('Tại Hội nghị ngày 11/7/2025, Bộ Chính trị đã ban hành Kết luận số 177-KL/TW.', 'vi').citations[0]?.date,
    ).toBeNull();
    expect(
      read('Der Beschluss Nr. 204-QD/TW wurde auf der Sitzung am 29. November 2024 erörtert.', 'de').citations[0]?.date,
    ).toBeNull();
    expect(read('ناقش الاجتماع في 29 تشرين الثاني 2024 القرار 204-QĐ/TW.', 'ar').citations[0]?.date).toBeNull();
    expect(
      read('Conclusion No. 177-KL/TW was discussed at the conference on July 11, 2025.', 'en').citations[0]?.date,
    ).toBeNull();
  });

  it('a date after the next number belongs to that number', () => {
    const { citations } = read(
      'Plan No. 04-KH/TU on implementing Decision No. 204-QĐ/TW dated November 29, 2024.',
      'en',
    );
    expect(citations.map((c) => [c.number, c.date])).toEqual([
      ['04-KH/TU', null],
      ['204-QĐ/TW', '2024-11-29'],
    ]);
  });

  it('a date of an unnumbered document in the same sentence is not taken', () => {
    expect(
      read('Decision No. 204-QĐ/TW of the Secretariat and Directive dated May 5, 2024 of the Politburo.', 'en')
        .citations,
    ).toEqual([{ number: '204-QĐ/TW', date: null, issuer: 'Secretariat', subject: null }]);
  });

  it('a list of numbers shares the date after it (de)', () => {
    expect(
      read(
        'Plan Nr. 04-KH/TU vom 16.07.2025 zur Umsetzung der Beschlüsse Nr. 253-QĐ/TW und Nr. 255-QĐ/TW vom ' +
          '24. Januar 2025.',
        'de',
      ),
    ).toEqual({
      citations: [
        {
          number: '04-KH/TU',
          date: '2025-07-16',
          issuer: null,
          subject: 'zur Umsetzung der Beschlüsse Nr. 253-QĐ/TW und Nr. 255-QĐ/TW vom 24. Januar 2025',
        },
        { number: '253-QĐ/TW', date: '2025-01-24', issuer: null, subject: null },
        { number: '255-QĐ/TW', date: '2025-01-24', issuer: null, subject: null },
      ],
      relations: [
        { from: '04-KH/TU', to: '253-QĐ/TW', type: 'implements' },
        { from: '04-KH/TU', to: '255-QĐ/TW', type: 'implements' },
      ],
    });
  });

  it('11/7/2025 is 11 July where the day comes first, and no date in English', () => {
    expect(read('Conclusion No. 177-KL/TW, dated 11/7/2025, of the Politburo.', 'en').citations[0]?.date).toBeNull();
    expect(read('Conclusion No. 177-KL/TW, dated 22/7/2025, of the Politburo.', 'en').citations[0]?.date).toBe(
      '2025-07-22',
    );
    expect(read('Conclusion No. 177-KL/TW, dated 7/22/2025, of the Politburo.', 'en').citations[0]?.date).toBe(
      '2025-07-22',
    );
    expect(read('Kết luận số 177-KL/TW ngày 11/7/2025 của Bộ Chính trị.', 'vi').citations[0]?.date).toBe('2025-07-11');
    expect(read('Schlussfolgerung Nr. 177-KL/TW vom 11.7.2025.', 'de').citations[0]?.date).toBe('2025-07-11');
    expect(read('Заключение № 177-KL/TW от 7/11/2025.', 'ru').citations[0]?.date).toBe('2025-11-07');
  });

  it('Arabic: Arabic-Indic digits, an issuer after الصادرة عن, a relation by لتنفيذ', () => {
    expect(
      read(
        'الخطة رقم 04-KH/TU بتاريخ ١٦ يوليو ٢٠٢٥ الصادرة عن اللجنة الدائمة للحزب الإقليمي لتنفيذ القرار ' +
          'رقم 204-QĐ/TW بتاريخ 29 نوفمبر 2024 الصادر عن الأمانة المركزية للحزب.',
        'ar',
      ),
    ).toEqual({
      citations: [
        {
          number: '04-KH/TU',
          date: '2025-07-16',
          issuer: 'اللجنة الدائمة للحزب الإقليمي',
          subject: 'لتنفيذ القرار رقم 204-QĐ/TW بتاريخ 29 نوفمبر 2024 الصادر عن الأمانة المركزية للحزب',
        },
        { number: '204-QĐ/TW', date: '2024-11-29', issuer: 'الأمانة المركزية للحزب', subject: null },
      ],
      relations: [{ from: '04-KH/TU', to: '204-QĐ/TW', type: 'implements' }],
    });
  });

  it('a sentence without a number reads nothing', () => {
    expect(readCitations('Am Morgen des 4. August 2025 tagte der Ausschuss.', 'de')).toEqual({
      mentions: [],
      citations: [],
      relations: [],
    });
  });
});
