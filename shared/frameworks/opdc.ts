import type { Framework, FrameworkComponent } from '../domain/framework';
import { defaultLevels } from './maturity-levels';

type ComponentText = Omit<FrameworkComponent, 'levels'>;

/**
 * The built-in framework: OPDC's "Open Government and Meaningful Participation".
 * Thai wording is verbatim from the OPDC knowledge-management sheet (../shared/seeds/ beside the
 * project), joined where the sheet wrapped lines. The English is a working gloss, not an official
 * translation (../shared/docs/framework.md); component names in English are as printed on the sheet.
 */
export const OPDC_FRAMEWORK: Framework = {
  id: 'opdc-open-government-meaningful-participation',
  name: {
    th: 'การส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย',
    en: 'Open Government and Meaningful Participation',
  },
  definition: {
    th:
      'การเปิดเผยและส่งเสริมให้ใช้ประโยชน์จากข้อมูลร่วมกัน เพื่อขับเคลื่อนให้เกิดการพัฒนานวัตกรรมเพื่อคุณภาพชีวิตที่ดีขึ้นของประชาชน ' +
      'หน่วยงานของรัฐมีความรับผิดชอบและมีความพร้อมในการถูกตรวจสอบ รวมถึงเปิดให้ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมพัฒนาต่าง ๆ ' +
      'ในทุกกระบวนการอย่างต่อเนื่อง เพื่อให้เกิดความผูกพันต่อประเด็นสาธารณะ และเข้ามามีส่วนร่วมในการพัฒนาประเทศอย่างมีความหมาย ' +
      'โดยคำนึงถึงความเท่าเทียมของกลุ่มทางสังคม',
    en:
      'The state discloses data and promotes its shared use, to drive innovation for a better quality of life; ' +
      'agencies are accountable and ready to be scrutinised; stakeholders are invited, continuously and in every process, ' +
      'to take part in development, so that they engage with public issues and take part in developing the country ' +
      'meaningfully, with regard for the equality of social groups.',
  },
  source: {
    th: 'ที่มา: คู่มือการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย (สำนักงาน ก.พ.ร.) — เอกสารการจัดการความรู้ จัดทำโดยกลุ่มพัฒนาระบบบริหาร',
    en: 'Source: Handbook on Promoting Open Government and Meaningful Participation (Office of the Public Sector Development Commission, OPDC) — knowledge-management sheet by the Public Sector Development Group',
  },
  principles: [
    { id: 'P1', number: 1, name: { th: 'ความโปร่งใส', en: 'Transparency' } },
    {
      id: 'P2',
      number: 2,
      name: { th: 'การเปิดให้ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วม', en: 'Opening to stakeholder participation' },
    },
    { id: 'P3', number: 3, name: { th: 'การมีความรับผิดชอบ', en: 'Accountability' } },
    { id: 'P4', number: 4, name: { th: 'ความเท่าเทียมของกลุ่มทางสังคม', en: 'Equality of social groups' } },
  ],
  components: withDefaultLevels([
    {
      id: 'C01',
      code: '01',
      name: { th: 'การเปิดเผยข้อมูลของภาครัฐ', en: 'Open Government Data' },
      definition: {
        th: 'การเปิดเผยข้อมูลที่สำคัญเพื่อสร้างการรับรู้และความเข้าใจ อันจะนำไปสู่การสร้างการมีส่วนร่วมและการบูรณาการการทำงานในการแก้ไขปัญหาร่วมกัน',
        en: 'Disclosing important data to build awareness and understanding, leading to participation and joined-up work on solving problems together.',
      },
    },
    {
      id: 'C02',
      code: '02',
      name: { th: 'การมีนโยบายและกฎหมายที่เอื้อต่อการเปิดระบบราชการ', en: 'Policy/Legal Framework' },
      definition: {
        th: 'การมีนโยบายและกฎหมายที่ส่งเสริมการมีส่วนร่วมของภาคประชาชน และส่งเสริมให้ประชาชนได้เข้ามามีบทบาทหน้าที่ในการเป็นพลเมืองที่มุ่งเน้นการมีส่วนร่วมในการพัฒนาสังคมและประเทศชาติ',
        en: "Policies and laws that promote public participation and let people take up an active citizen's role in developing society and the nation.",
      },
    },
    {
      id: 'C03',
      code: '03',
      name: { th: 'การสร้างภาคีเครือข่าย', en: 'Partnership' },
      definition: {
        th: 'การปรับรูปแบบการทำงานของภาครัฐที่เน้นการมีส่วนร่วมและความร่วมมือจากภายในองค์กรและภาคส่วนอื่น อันจะก่อให้เกิดความร่วมมือในการทำงานระหว่างกัน',
        en: 'Reshaping how government works toward participation and cooperation, inside the organisation and with other sectors, so that they work together.',
      },
    },
    {
      id: 'C04',
      code: '04',
      name: { th: 'การสร้างแรงจูงใจ', en: 'Motivation' },
      definition: {
        th: 'การกระตุ้น จูงใจ เพื่อโน้มน้าวให้เกิดการเปิดเผยข้อมูลและเข้ามามีส่วนร่วมในการพัฒนาสิ่งต่าง ๆ ร่วมกัน',
        en: 'Stimulating and motivating, to persuade toward disclosing data and taking part in developing things together.',
      },
    },
    {
      id: 'C05',
      code: '05',
      name: { th: 'การสนับสนุนองค์ความรู้ และทรัพยากร', en: 'Knowledge and Resource' },
      definition: {
        th: 'การให้ความรู้เกี่ยวกับการมีส่วนร่วมผ่านช่องทางสื่อสารต่าง ๆ เพื่อเพิ่มโอกาสของภาคประชาสังคมและชุมชนในการเข้ามามีส่วนร่วมเป็นภาคีเครือข่ายกับภาครัฐ',
        en: 'Teaching about participation through many channels, so that civil society and communities have more chances to become partners of the state.',
      },
    },
    {
      id: 'C06',
      code: '06',
      name: {
        th: 'การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน โดยมีประชาชนเป็นศูนย์กลาง',
        en: 'Technology Innovation and Infrastructure Citizen Center',
      },
      definition: {
        th: 'การอำนวยความสะดวกในด้านเทคโนโลยีและนวัตกรรมในการเข้าถึงข้อมูลและมีส่วนร่วมได้อย่างเสรี โดยไม่เสียค่าใช้จ่าย',
        en: 'Technology and innovation that let people access data and take part freely, at no cost.',
      },
    },
    {
      id: 'C07',
      code: '07',
      name: { th: 'การติดตามนโยบายของภาครัฐ', en: 'Monitor Policies' },
      definition: {
        th: 'การร่วมติดตามประเมินผล และรายงานความคืบหน้าของการดำเนินนโยบายให้เป็นไปตามแผนการที่กำหนดไว้',
        en: 'Jointly monitoring, evaluating and reporting the progress of policy against its plan.',
      },
    },
    {
      id: 'C08',
      code: '08',
      name: { th: 'การสร้างวัฒนธรรมองค์กร', en: 'Culture' },
      definition: {
        th: 'การปรับเปลี่ยนทัศนคติและสร้างวัฒนธรรมการเปิดเผยข้อมูลและการมีส่วนร่วมของทุกภาคส่วนให้เกิดขึ้นในสังคม',
        en: 'Changing attitudes and building a culture of openness and participation across all sectors of society.',
      },
    },
  ]),
};

function withDefaultLevels(components: ComponentText[]): FrameworkComponent[] {
  return components.map((component) => ({ ...component, levels: defaultLevels(component.code) }));
}
