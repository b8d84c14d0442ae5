import { pick } from '../../domain/text';
import { defineView } from './define';

/** The framework on one slide: its name, the 4 principles and the 8 components, with the source. */
export const frameworkView = defineView({
  kind: 'framework',
  label: { th: 'กรอบแนวคิด', en: 'Framework' },
  choosable: true,
  build: ({ workshop, language }) => {
    const { framework } = workshop;
    return {
      kind: 'framework',
      language,
      name: pick(framework.name, language),
      source: pick(framework.source, language),
      principles: framework.principles.map((principle) => ({ number: principle.number, name: pick(principle.name, language) })),
      components: framework.components.map((component) => ({ code: component.code, name: pick(component.name, language) })),
    };
  },
});
