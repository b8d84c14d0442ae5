import type { ComponentType } from 'react';
import type { ViewKind, ViewOf } from '../../../shared/projector/types';
import { ActionPlanSlide } from './ActionPlan';
import { FrameworkSlide } from './Framework';
import { JoinSlide } from './Join';
import { OpenTextSlide } from './OpenText';
import { PrioritiesSlide } from './Priorities';
import { QuestionSlide } from './Question';
import { RepresentationSlide } from './Representation';
import { ResultsSlide } from './Results';
import { StakeholdersSlide } from './Stakeholders';
import { TimerSlide } from './Timer';
import { BlankSlide, WaitingSlide, WelcomeSlide } from './Welcome';
import { WordCloudSlide } from './WordCloud';

/**
 * One component per kind of slide, beside shared/projector's registry of view data. The mapped
 * type makes a kind without a component a compile error. A slide renders its data object and
 * nothing else: it queries nothing and changes nothing.
 */
export const SLIDES: { readonly [K in ViewKind]: ComponentType<{ view: ViewOf<K> }> } = {
  welcome: WelcomeSlide,
  framework: FrameworkSlide,
  join: JoinSlide,
  question: QuestionSlide,
  results: ResultsSlide,
  stakeholders: StakeholdersSlide,
  representation: RepresentationSlide,
  openText: OpenTextSlide,
  wordCloud: WordCloudSlide,
  priorities: PrioritiesSlide,
  actionPlan: ActionPlanSlide,
  timer: TimerSlide,
  blank: BlankSlide,
  waiting: WaitingSlide,
};
